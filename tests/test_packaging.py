"""A built wheel, installed without the source tree, carries the built-in content and finds it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCE_PARTS = ("desktop", "resources", "pyproject.toml", "setup.py", "README.md")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Build from a copy so the build leaves no build/ or egg-info behind in the work tree.
    src = tmp_path_factory.mktemp("src")
    for part in SOURCE_PARTS:
        origin = ROOT / part
        if origin.is_dir():
            shutil.copytree(origin, src / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(origin, src / part)
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(src)],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("calmdesk-*.whl")
    return found


@pytest.fixture(scope="module")
def clean_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv holding only the wheel; its dependencies come from this venv's site-packages as a plain
    path entry, so the editable install of the work tree (a .pth hook) is not seen."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.create(env_dir, with_pip=True)  # ensurepip is bundled with Python: no network needed
    python = str(env_dir / "bin" / "python")
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    (Path(purelib) / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    return env_dir


def run_in(venv_dir: Path, program: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run one of the clean venv's programs from inside it, far from the work tree."""
    return subprocess.run(
        [str(venv_dir / "bin" / program), *args], check=True, capture_output=True, text=True, cwd=venv_dir
    )


def test_wheel_installs_package_outside_the_work_tree(clean_venv: Path) -> None:
    where = run_in(clean_venv, "python", "-c", "import calmdesk; print(calmdesk.__file__)").stdout.strip()
    assert Path(where).is_relative_to(clean_venv)


def test_wheel_carries_builtin_content(clean_venv: Path) -> None:
    result = run_in(clean_venv, "calmdesk", "list", "--json")
    assert len(json.loads(result.stdout)) >= 150
    assert result.stderr == ""  # the built-in content loads without a single problem


def test_wheel_cli_search_and_checklist(clean_venv: Path) -> None:
    found = run_in(clean_venv, "calmdesk", "search", "sorry", "--json", "--limit", "3")
    assert json.loads(found.stdout)[0]["category"] == "apology"
    steps = run_in(clean_venv, "calmdesk", "checklist", "--json")
    assert len(json.loads(steps.stdout)) == 12


def test_wheel_cli_speaks_the_locales_language(clean_venv: Path) -> None:
    """The .mo catalogues travel in the wheel (scripts/build-translations built them before the build)."""
    env = {**os.environ, "LANG": "de_DE.UTF-8", "LANGUAGE": "de"}
    done = subprocess.run(
        [str(clean_venv / "bin" / "calmdesk"), "render", "no.such-phrase"],
        capture_output=True,
        text=True,
        cwd=clean_venv,
        env=env,
    )
    assert "keine Phrase mit der ID" in done.stderr


def test_one_version_everywhere() -> None:
    """`calmdesk --version`, the changelog, the Debian changelog and the AppStream release agree."""
    import re

    from calmdesk import __version__

    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(r"^## (\S+)", changelog, re.MULTILINE)[1] == __version__  # type: ignore[index]
    debian = (ROOT / "packaging" / "debian" / "changelog").read_text(encoding="utf-8")
    assert debian.startswith(f"calmdesk ({__version__}) ")
    metainfo = (ROOT / "packaging" / "debian" / "calmdesk.metainfo.xml").read_text(encoding="utf-8")
    assert f'<release version="{__version__}"' in metainfo


def test_wheel_holds_every_package_of_the_tree(wheel: Path) -> None:
    # setup.py finds them: a new ui/<feature>/ folder needs no list to be edited to ship.
    import zipfile

    package = ROOT / "desktop"
    expected = {str(init.parent.relative_to(package)) for init in package.rglob("__init__.py")}
    with zipfile.ZipFile(wheel) as built:
        shipped = {str(Path(name).parent) for name in built.namelist() if name.endswith("/__init__.py")}
    assert expected | {"calmdesk/resources"} <= shipped


FIRST_START = """
import sys, tempfile
from pathlib import Path
from calmdesk.core import library_cache, shipped_library
from calmdesk.core.search import SearchIndex

def refuse(*args, **kwargs):
    raise SystemExit("the packs were parsed")

library_cache.load_library = refuse
cache = Path(tempfile.mkdtemp())
for language in ("en", "de", "es"):
    library = library_cache.load(language, [], user_dir=None, cache_dir=cache)
    index = cache / f"search-index-{language}.bin"
    before = index.read_bytes()
    SearchIndex.for_library(library, cache_dir=cache)
    assert index.read_bytes() == before, f"{language}: index built again"
print(shipped_library.folder())
"""


def test_wheel_first_start_reads_the_library_built_with_it(clean_venv: Path) -> None:
    """setup.py builds the built-in content's library and index into the wheel; installed elsewhere, a
    first load in English, German or Spanish parses no pack and builds no index."""
    where = run_in(clean_venv, "python", "-c", FIRST_START).stdout.strip()
    assert Path(where).is_relative_to(clean_venv)
    assert sorted(p.name for p in Path(where).iterdir()) == sorted(
        f"{kind}-{lang}.{ext}"
        for lang in ("de", "en", "es", "fr", "pt")
        for kind, ext in (("library", "json"), ("search-index", "bin"))
    )
