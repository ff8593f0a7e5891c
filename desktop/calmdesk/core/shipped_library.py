"""The built-in content's library and search index, made when the package is built: a first start then
parses and indexes nothing (docs/decisions/library-caches.md).

`python -m calmdesk.core.shipped_library DIR` writes, for each language with built-in phrases, the library
of the built-in content alone (`library-<lang>.json`, the library cache's format, library_file) and its
search index (`search-index-<lang>.bin`, index_cache's format and key). setup.py runs it into the package's
`resources/prebuilt/` when a wheel is built; the Debian package is built from one.

Its key names no path, so it holds wherever the package is installed: the format, the version, the
language, a CRC-32 of the code that reads the content (every core/*.py module and the vocabulary reader:
a checkout whose code changed without a new version is never served an old reading), and each built-in
file by its name inside the resources, with its size and CRC-32. A file for another key, damaged or cut
short is ignored (library_file), and the packs are read as without it.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

from calmdesk import __version__
from calmdesk.core import library_file
from calmdesk.core.library_model import Library
from calmdesk.core.model import LANGUAGE_CODE
from calmdesk.core.resource_files import RESOURCES, files
from calmdesk.core.safefile import FileRefused, write_atomically

log = logging.getLogger(__name__)

FORMAT = 1
FOLDER = "prebuilt"  # inside calmdesk.resources; built, never committed (.gitignore)
LIBRARY_FILE = "library-{}.json"
INDEX_FILE = "search-index-{}.bin"  # the name index_cache reads a library's index by, in its cache folder
_CONTENT = ("categories.toml", "checklist.toml", "search/vocabulary.toml")


def folder() -> Path | None:
    """Where the package keeps its built library (None for a zip install, which has no such folder)."""
    root = files(RESOURCES)
    return root / FOLDER if isinstance(root, Path) else None


def builtin_entries() -> list[list[Any]]:
    """Each built-in content file (every language's phrases, categories, steps and words) as its name in
    the resources, its size and CRC-32: what the library of the built-in content is made from."""
    root = files(RESOURCES)
    names = list(_CONTENT)
    for top in ("packs", "i18n"):
        if (root / top).is_dir():
            for sub in sorted((root / top).iterdir(), key=lambda e: e.name):
                if sub.is_dir():
                    names += sorted(
                        f"{top}/{sub.name}/{e.name}" for e in sub.iterdir() if e.name.endswith(".toml")
                    )
    found: list[list[Any]] = []
    for name in names:
        try:
            data = root.joinpath(*name.split("/")).read_bytes()
        except OSError:
            found.append([name, None])
        else:
            found.append([name, len(data), zlib.crc32(data)])
    return found


def code_digest() -> int:
    """CRC-32 of the modules that read and shape the content (their names and bytes)."""
    core = Path(__file__).parent
    crc = 0
    for source in [*sorted(core.glob("*.py")), core / "search" / "vocabulary.py"]:
        crc = zlib.crc32(source.read_bytes(), zlib.crc32(source.name.encode(), crc))
    return crc


def key(language: str, builtin: list[list[Any]]) -> list[Any]:
    """The shipped library's key: raises OSError when the code cannot be read."""
    return [FORMAT, __version__, language, code_digest(), builtin]


def take(
    language: str, builtin: list[list[Any]], target: Path, target_key: list[Any], shipped: Path | None
) -> Library | None:
    """The shipped library of `language` when it was built from these very files by this code, else None.

    It is then kept at `target` under `target_key` (the user's library cache: the next start takes the
    usual warm path), and its search index beside it, where the index cache looks; that cache checks the
    index against the phrases it is asked for, so a library the user's phrases join builds its own.
    """
    if shipped is None or not LANGUAGE_CODE.fullmatch(language):
        return None
    source = shipped / LIBRARY_FILE.format(language)
    try:
        expected = key(language, builtin)
    except OSError as exc:
        log.info("Built library not used: %s", exc)
        return None
    library = library_file.read(source, expected)
    if library is None:
        return None
    library_file.copy_with_key(source, target, target_key)
    index = INDEX_FILE.format(language)
    try:
        write_atomically(target.parent / index, (shipped / index).read_bytes(), durable=False)
    except FileNotFoundError:
        pass  # none was built (more distinct weights than the format holds): built at first search
    except (OSError, FileRefused) as exc:
        log.info("Built search index not copied: %s", exc)
    return library


def build(out: Path) -> list[str]:
    """Write the built-in content's library and index of every language with phrases into `out` (what
    was there before goes); the names written."""
    from calmdesk.core.content import builtin_languages
    from calmdesk.core.library import load_library
    from calmdesk.core.search import SearchIndex

    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob(LIBRARY_FILE.format("*")), *out.glob(INDEX_FILE.format("*"))]:
        old.unlink()
    builtin = builtin_entries()
    written: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in builtin_languages():
            library = load_library(language=language)
            name = LIBRARY_FILE.format(language)
            if not library_file.write(out / name, key(language, builtin), library):
                raise OSError(f"cannot write {out / name}")
            written.append(name)
            SearchIndex.for_library(library, cache_dir=Path(tmp))
            index = Path(tmp) / INDEX_FILE.format(language)
            if index.exists():
                index.replace(out / index.name)
                written.append(index.name)
    for name in written:
        (out / name).chmod(0o644)  # installed for every user of the machine (the cache files are 0600)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write("usage: python -m calmdesk.core.shipped_library OUTPUT_FOLDER\n")
        return 2
    try:
        written = build(Path(argv[0]))
    except OSError as exc:
        sys.stderr.write(f"shipped_library: {exc}\n")
        return 1
    sys.stdout.write(f"shipped_library: {', '.join(written)} in {argv[0]}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
