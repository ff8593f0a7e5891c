"""Make the upgrade fixtures with the real old code: for each earlier schema version, the last commit of main
that wrote it is checked out in a git worktree, and fill_store.py runs there, writing a data file and a
settings file like an agent's, plus expected.json (what that old code saw in them).

usage: python tests/store/upgrade/make_fixtures.py [VERSION ...]   (from the repository; rewrites
tests/store/upgrade/v<VERSION>/, every one when none is named)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
# Schema version -> the last commit on main's first-parent line whose store wrote that version.
COMMITS = {
    1: "5271f38",
    2: "964b8f5",
    3: "e5d319d",
    4: "5092c88",
    5: "cedb7d8",
    6: "fb5e8bd",
    7: "ccd10b7",
}


def make(version: int, commit: str) -> None:
    with tempfile.TemporaryDirectory(prefix=f"calmdesk-v{version}-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), commit], check=True)
        try:
            env = {**os.environ, "PYTHONPATH": str(tree / "desktop"), "HOME": tmp}
            for var in (
                "XDG_CONFIG_HOME",
                "XDG_DATA_HOME",
                "XDG_STATE_HOME",
                "XDG_CACHE_HOME",
                "XDG_RUNTIME_DIR",
            ):
                (Path(tmp) / var).mkdir(mode=0o700)
                env[var] = str(Path(tmp) / var)
            done = subprocess.run(
                [sys.executable, str(HERE / "fill_store.py")],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0 or str(tree) not in done.stderr:
                raise SystemExit(f"v{version} at {commit}: {done.stderr}")
            out = HERE / f"v{version}"
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            data = Path(env["XDG_DATA_HOME"]) / "calmdesk"
            shutil.copy2(data / "calmdesk.sqlite3", out / "calmdesk.sqlite3")
            shutil.copy2(Path(env["XDG_CONFIG_HOME"]) / "calmdesk" / "settings.toml", out / "settings.toml")
            (out / "expected.json").write_text(done.stdout, encoding="utf-8")
            (out / "COMMIT").write_text(f"{commit}\n", encoding="utf-8")
            print(f"v{version}: made by {commit}")
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=True)


if __name__ == "__main__":
    # Versions named on the command line (`make_fixtures.py 7`), else every one: a fixture once made is
    # kept as it is, so adding the newest need not rewrite the others.
    wanted = [int(arg) for arg in sys.argv[1:]] or list(COMMITS)
    for version in wanted:
        make(version, COMMITS[version])
