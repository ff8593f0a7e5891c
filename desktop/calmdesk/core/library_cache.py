"""The loaded library kept in the user's cache folder, so a cold `calmdesk search` skips parsing every pack.

JSON only: reading it can never run code (no pickle). The key is every file the library is built from
(built-in content, the user's and the team folders' packs and vocabularies): path, size, mtime and a CRC-32
of its content, plus the language, the format and the CalmDesk version. Any difference, and any file that
cannot be read, parsed or validated, means the library is loaded from the packs again and the cache
rewritten; the cache never decides what the agent sees, it only saves time.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import zlib
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from calmdesk import __version__
from calmdesk.core import cache_rows as rows
from calmdesk.core import library_json, messages
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
from calmdesk.core.resource_files import files
from calmdesk.core.safefile import FileRefused, write_atomically

log = logging.getLogger(__name__)

FORMAT = 6  # 2: phrases carry their language, the library its language and versions; 3: builtin read
# 4: content checked by CRC-32 instead of SHA-256. The check only has to notice an edit that kept a file's
# size and mtime (a copy with `cp -p`, a checkout); CRC-32 does, and it spares the tray app loading OpenSSL's
# libcrypto (hashlib's SHA-256) at every start: 3.5 MB resident.
# 5: JSON lines: the key, the library without its phrases, then one phrase per line. The key is read first
# (a stale cache is not decoded further), and each phrase is decoded on its own: decoding the whole file at
# once held it twice in memory, which the process kept (12 MB more at 10,000 team phrases).
# 6: the categories' English "when" texts of a library in another language (Library.english_hints).
CACHE_FILE = "library.json"
# A cache file larger than this is no cache of ours: refused unread.
MAX_CACHE_BYTES = 64 * 1024 * 1024
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
) -> Library:
    """What `load_library(dirs, user_dir=..., language=..., cache_dir=team_cache)` returns, from the cache
    when it is current. (`team_cache` holds the team folders' last good copies, a different thing.)"""
    if cache_dir is None:
        return load_library(dirs, user_dir=user_dir, language=language, cache_dir=team_cache, memo=memo)
    folders = ([user_dir] if user_dir is not None and user_dir.exists() else []) + list(dirs)
    key = fingerprint(language, folders)
    path = cache_dir / CACHE_FILE
    cached = _read(path, key)
    if cached is not None:
        return cached
    from calmdesk.core import pack_store  # with the pack readers: only when the packs are read

    # Something changed: the pack files that did not are taken as the last run parsed them.
    memo = pack_store.memo_from(cache_dir, memo)
    library = load_library(dirs, user_dir=user_dir, language=language, cache_dir=team_cache, memo=memo)
    _write(path, key, library)
    pack_store.keep(cache_dir, memo)
    return library


def fingerprint(language: str, folders: Iterable[Path]) -> list[Any]:
    """Everything the library depends on, as JSON-ready values; equal lists mean an equal library."""
    # The messages' language too: the problems kept with the library are worded in it.
    entries: list[Any] = [FORMAT, __version__, language, messages.spoken()]
    root = files("calmdesk.resources")
    builtin_files = [root / "categories.toml", root / "checklist.toml", root / "search" / "vocabulary.toml"]
    for top in (root / "packs", root / "i18n"):  # every language's phrases, categories, steps and words
        if top.is_dir():
            for folder in sorted(top.iterdir(), key=lambda e: e.name):
                if folder.is_dir():
                    builtin_files += sorted(
                        (e for e in folder.iterdir() if e.name.endswith(".toml")), key=lambda e: e.name
                    )
    for entry in builtin_files:
        entries.append(_resource_entry(entry))
    for folder in folders:
        problems: list[Problem] = []
        found = pack_files(folder, problems) or []
        vocabulary = folder / VOCABULARY_FILE
        if folder.is_dir() and vocabulary.exists():
            found = [*found, vocabulary]
        entries.append([str(folder), [_file_entry(f) for f in found], [str(p) for p in problems]])
    return entries


def _resource_entry(entry: Any) -> list[Any]:
    try:
        data = entry.read_bytes()
    except OSError:
        return [str(entry), None]
    if isinstance(entry, Path):
        info = entry.stat()
        return [str(entry), info.st_size, info.st_mtime_ns, zlib.crc32(data)]
    return [str(entry), len(data), 0, zlib.crc32(data)]


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


def _read(path: Path, key: list[Any]) -> Library | None:
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_CACHE_BYTES:
            return None
        with path.open("rb") as lines:
            head = json.loads(lines.readline())
            if not isinstance(head, dict) or head.get("key") != key:
                return None
            doc = json.loads(lines.readline())
            phrases = rows.phrases(_rows(lines, _count(doc["phrases"])))
            versions = rows.phrases(_rows(lines, _count(doc["versions"])))
            if len(phrases) != doc["phrases"] or len(versions) != doc["versions"] or lines.read(1):
                raise ValueError("not the phrases it announces")
        return library_json.library(doc, phrases, versions)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, IndexError, RecursionError) as exc:
        log.info("Library cache %s ignored (%s); loading the packs", path, exc)
        return None


def _rows(lines: Iterator[bytes], count: int) -> Iterator[Any]:
    """The next `count` lines' values, decoded a few hundred lines at a time (a call per line costs a
    tenth of a second more at 10,000 phrases); a line that is not one value shows as a wrong count."""
    while count > 0:
        batch = list(islice(lines, min(count, 500)))
        if not batch:
            return
        yield from json.loads(b"[" + b",".join(batch) + b"]")
        count -= len(batch)


def _count(value: object) -> int:
    if type(value) is not int or value < 0:
        raise TypeError("expected a count")
    return value


def _write(path: Path, key: list[Any], library: Library) -> None:
    def line(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"  # never a raw newline

    doc = library_json.plain(library)
    doc["phrases"], doc["versions"] = len(library.phrases), len(library.versions)
    text = "".join(
        [
            line({"key": key}),
            line(doc),
            *(line(rows.phrase_row(p)) for p in library.phrases),
            *(line(rows.phrase_row(p)) for p in library.versions),
        ]
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(path, text)  # another process reads the old cache or the new, never half
    except (OSError, FileRefused) as exc:
        log.info("Library cache %s not written: %s", path, exc)
