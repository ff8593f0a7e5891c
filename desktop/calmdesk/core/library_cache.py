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
from collections.abc import Iterable, Sequence
from importlib.resources import files
from pathlib import Path
from typing import Any

from calmdesk import __version__
from calmdesk.core.languages import resolve
from calmdesk.core.library import (
    VOCABULARY_FILE,
    Library,
    LibrarySettings,
    configured_dirs,
    load_library,
    pack_files,
)
from calmdesk.core.model import Category, ChecklistStep, Instead, PackInfo, Phrase, Problem
from calmdesk.core.pack_memo import PackMemo
from calmdesk.core.safefile import FileRefused, write_atomically
from calmdesk.core.search.vocabulary import Vocabulary, builtin

log = logging.getLogger(__name__)

FORMAT = 4  # 2: phrases carry their language, the library its language and versions; 3: builtin read
# 4: content checked by CRC-32 instead of SHA-256. The check only has to notice an edit that kept a file's
# size and mtime (a copy with `cp -p`, a checkout); CRC-32 does, and it spares the tray app loading OpenSSL's
# libcrypto (hashlib's SHA-256) at every start: 3.5 MB resident.
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
    library = load_library(dirs, user_dir=user_dir, language=language, cache_dir=team_cache, memo=memo)
    _write(path, key, library)
    return library


def fingerprint(language: str, folders: Iterable[Path]) -> list[Any]:
    """Everything the library depends on, as JSON-ready values; equal lists mean an equal library."""
    entries: list[Any] = [FORMAT, __version__, language]
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
        doc = json.loads(path.read_bytes())
        if not isinstance(doc, dict) or doc.get("key") != key:
            return None
        return _library(doc["library"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, IndexError, RecursionError) as exc:
        log.info("Library cache %s ignored (%s); loading the packs", path, exc)
        return None


def _write(path: Path, key: list[Any], library: Library) -> None:
    text = json.dumps({"key": key, "library": _plain(library)}, ensure_ascii=False, separators=(",", ":"))
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(path, text)  # another process reads the old cache or the new, never half
    except (OSError, FileRefused) as exc:
        log.info("Library cache %s not written: %s", path, exc)


def _plain(library: Library) -> dict[str, Any]:
    vocabulary = library.vocabulary if library.vocabulary is not None else builtin()
    return {
        "language": library.language,
        "builtin": list(library.builtin),
        "phrases": [_plain_phrase(p) for p in library.phrases],
        "versions": [_plain_phrase(p) for p in library.versions],
        "packs": [[p.id, p.name, p.language, p.version, p.description, p.source] for p in library.packs],
        "categories": [
            [c.key, c.label, c.description, c.color, c.when, c.on_request]
            for c in library.categories.values()
        ],
        "checklist": [
            [s.key, s.title, s.goal, list(s.do), [[i.avoid, i.say] for i in s.dont], list(s.categories)]
            for s in library.checklist
        ],
        "problems": [[p.file, p.message, p.line, p.phrase_id] for p in library.problems],
        "skipped": list(library.skipped),
        "vocabulary": {
            "optional": sorted(vocabulary.optional),
            "intensifiers": sorted(vocabulary.intensifiers),
            "negations": sorted(vocabulary.negations),
            "opposites": {k: list(v) for k, v in vocabulary.opposites.items()},
            "aliases": [[list(k), list(v)] for k, v in vocabulary.aliases.items()],
            "symbols": dict(vocabulary.symbols),
        },
    }


def _plain_phrase(p: Phrase) -> list[Any]:
    return [p.id, p.category, p.title, p.text, p.pack, list(p.tags), list(p.channels), p.step, p.lang]


def _phrases(rows: list[Any]) -> tuple[Phrase, ...]:
    return tuple(
        Phrase(_s(i), _s(c), _s(t), _s(x), _s(k), _strs(tags), _strs(ch), _opt_s(step), _s(lang))
        for i, c, t, x, k, tags, ch, step, lang in rows
    )


def _library(doc: dict[str, Any]) -> Library:
    """The library from its JSON form; TypeError/ValueError on anything not exactly as written."""
    phrases = _phrases(doc["phrases"])
    packs = tuple(
        PackInfo(_s(i), _s(n), _s(lang), _s(v), _s(d), _s(src)) for i, n, lang, v, d, src in doc["packs"]
    )
    categories = {
        _s(key): Category(_s(key), _s(label), _s(desc), _s(color), _s(when), _bool(on_request))
        for key, label, desc, color, when, on_request in doc["categories"]
    }
    checklist = tuple(
        ChecklistStep(
            _s(key),
            _s(title),
            _s(goal),
            _strs(do),
            tuple(Instead(_s(a), _s(b)) for a, b in dont),
            _strs(cats),
        )
        for key, title, goal, do, dont, cats in doc["checklist"]
    )
    problems = [Problem(_s(f), _s(m), _opt_int(line), _opt_s(pid)) for f, m, line, pid in doc["problems"]]
    skipped = list(_strs(doc["skipped"]))
    vocabulary = _vocabulary(doc["vocabulary"])
    language, versions = _s(doc["language"]), _phrases(doc["versions"])
    builtin = _strs(doc["builtin"])
    return Library(
        phrases, packs, categories, checklist, problems, skipped, vocabulary, language, versions, builtin
    )


def _vocabulary(doc: dict[str, Any]) -> Vocabulary:
    aliases = {_strs(k): _strs(v) for k, v in doc["aliases"]}
    if any(not k or not v for k, v in aliases.items()):
        raise ValueError("an empty alias")
    symbols = {_s(k): _s(v) for k, v in doc["symbols"].items()}
    return Vocabulary(
        frozenset(_strs(doc["optional"])),
        frozenset(_strs(doc["intensifiers"])),
        frozenset(_strs(doc["negations"])),
        {_s(k): _strs(v) for k, v in doc["opposites"].items()},
        aliases,
        symbols,
        tuple(sorted(k[0] for k in aliases if len(k) == 1)),
    )


def _s(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {type(value).__name__}")
    return value


def _opt_s(value: object) -> str | None:
    return None if value is None else _s(value)


def _opt_int(value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("expected a number")
    return value


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError("expected true or false")
    return value


def _strs(values: object) -> tuple[str, ...]:
    if not isinstance(values, list):
        raise TypeError("expected a list")
    return tuple(_s(v) for v in values)
