"""The loaded library kept in the user's cache folder, so a cold `calmdesk search` skips parsing every pack.

JSON only: reading it can never run code (no pickle; the file's form is library_file's). The key is every
file the library is built from: the built-in content by its name in the package, size and CRC-32 (the
package may move), the user's and the team folders' packs and vocabularies by path, size, mtime and CRC-32,
plus the language, the format and the CalmDesk version. Any difference, and any file that cannot be read,
parsed or validated, means the library is loaded from the packs again and the cache rewritten; the cache
never decides what the agent sees, it only saves time.

With no pack folder of the user's or a team's to read, a miss takes the library the package was built
with (shipped_library), when it was built from these very files: a first start parses nothing.
"""

from __future__ import annotations

import os
import stat
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

from calmdesk import __version__
from calmdesk.core import library_file, messages, shipped_library
from calmdesk.core.languages import resolve
from calmdesk.core.library import (
    VOCABULARY_FILE,
    Library,
    LibrarySettings,
    configured_dirs,
    load_library,
    pack_files,
)
from calmdesk.core.model import Problem
from calmdesk.core.pack_memo import PackMemo

# 2: phrases carry their language, the library its language and versions; 3: builtin read
# 4: content checked by CRC-32 instead of SHA-256. The check only has to notice an edit that kept a file's
# size and mtime (a copy with `cp -p`, a checkout); CRC-32 does, and it spares the tray app loading OpenSSL's
# libcrypto (hashlib's SHA-256) at every start: 3.5 MB resident.
# 5: JSON lines: the key, the library without its phrases, then one phrase per line. The key is read first
# (a stale cache is not decoded further), and each phrase is decoded on its own: decoding the whole file at
# once held it twice in memory, which the process kept (12 MB more at 10,000 team phrases).
# 6: the categories' English "when" texts of a library in another language (Library.english_hints).
# 7: the built-in files keyed by their names in the package, not their paths; a CRC-32 of the body in the
# key line (a file cut short or changed is never read as a library); the package's own library (shipped).
# 8: several-word meanings in the vocabulary kept whole ("e-mail", not "e" or "mail").
FORMAT = 8
CACHE_FILE = "library.json"
_FOLDERS = 5  # where the pack folders' entries start in a fingerprint
_HASH_CHUNK = 1 << 20


def load_configured(
    settings: LibrarySettings,
    extra_dirs: Iterable[Path] = (),
    *,
    user_dir: Path | None = None,
    cache_dir: Path,
    team_cache: Path | None = None,
    language: str | None = None,
    memo: PackMemo | None = None,
) -> Library:
    """`core.library.load_configured`, read from the current cache in `cache_dir` when there is one
    (`memo`: the files a parse reads are kept there, see `load_library`)."""
    problems: list[Problem] = []
    dirs = configured_dirs(settings, extra_dirs, problems)
    language = resolve(language, settings.language, os.environ)
    library = load(language, dirs, user_dir=user_dir, cache_dir=cache_dir, team_cache=team_cache, memo=memo)
    library.problems[:0] = problems
    return library


def load(
    language: str,
    dirs: Sequence[Path],
    *,
    user_dir: Path | None,
    cache_dir: Path | None,
    team_cache: Path | None = None,
    memo: PackMemo | None = None,
    shipped: Path | Literal["package"] | None = "package",
) -> Library:
    """What `load_library(dirs, user_dir=..., language=..., cache_dir=team_cache)` returns, from the cache
    when it is current. (`team_cache` holds the team folders' last good copies, a different thing.)
    `shipped`: the folder of the package's built library (shipped_library.folder()); None: not used."""
    if cache_dir is None:
        return load_library(dirs, user_dir=user_dir, language=language, cache_dir=team_cache, memo=memo)
    folders = ([user_dir] if user_dir is not None and user_dir.exists() else []) + list(dirs)
    builtin = shipped_library.builtin_entries()
    key = fingerprint(language, folders, builtin)
    path = cache_dir / CACHE_FILE
    cached = library_file.read(path, key)
    if cached is not None:
        return cached
    # Built-in content alone (no team folder, an own folder without packs): the package's library.
    if not dirs and all(not files and not problems for _, files, problems in key[_FOLDERS:]):
        where = shipped_library.folder() if shipped == "package" else shipped
        built = shipped_library.take(language, builtin, path, key, where)
        if built is not None:
            return built
    from calmdesk.core import pack_store  # with the pack readers: only when the packs are read

    # Something changed: the pack files that did not are taken as the last run parsed them.
    memo = pack_store.memo_from(cache_dir, memo)
    library = load_library(dirs, user_dir=user_dir, language=language, cache_dir=team_cache, memo=memo)
    library_file.write(path, key, library)
    pack_store.keep(cache_dir, memo)
    return library


def fingerprint(language: str, folders: Iterable[Path], builtin: list[list[Any]] | None = None) -> list[Any]:
    """Everything the library depends on, as JSON-ready values; equal lists mean an equal library.
    `builtin`: shipped_library.builtin_entries(), when the caller has them already."""
    builtin = shipped_library.builtin_entries() if builtin is None else builtin
    # The messages' language too: the problems kept with the library are worded in it.
    entries: list[Any] = [FORMAT, __version__, language, messages.spoken(), builtin]
    for folder in folders:
        problems: list[Problem] = []
        found = pack_files(folder, problems) or []
        vocabulary = folder / VOCABULARY_FILE
        if folder.is_dir() and vocabulary.exists():
            found = [*found, vocabulary]
        entries.append([str(folder), [_file_entry(f) for f in found], [str(p) for p in problems]])
    return entries


def _file_entry(path: Path) -> list[Any]:
    """Path, size, mtime and hash of a regular file; a FIFO, a device or a missing file by its kind only
    (never opened here: the pack reader reports it)."""
    try:
        info = os.stat(path)
    except OSError as exc:
        return [str(path), "missing", exc.errno]
    if not stat.S_ISREG(info.st_mode):
        return [str(path), "special", stat.S_IFMT(info.st_mode)]
    digest = 0
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            while chunk := os.read(fd, _HASH_CHUNK):
                digest = zlib.crc32(chunk, digest)
        finally:
            os.close(fd)
    except OSError as exc:
        return [str(path), "unreadable", exc.errno]
    return [str(path), info.st_size, info.st_mtime_ns, digest]
