"""The library cache's file: a key line, the library without its phrases, then one phrase per line.

JSON only: reading it can never run code (no pickle). The first line holds the key and a CRC-32 of every
byte after it, so a file cut short, or changed by a bit, is never read as a library: the caller loads the
packs instead. Written whole and atomically: another process reads the old file or the new, never half.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import zlib
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

from calmdesk.core import cache_rows as rows
from calmdesk.core import library_json
from calmdesk.core.library_model import Library
from calmdesk.core.safefile import FileRefused, write_atomically

log = logging.getLogger(__name__)

# A cache file larger than this is no cache of ours: refused unread.
MAX_CACHE_BYTES = 64 * 1024 * 1024
_CHUNK = 1 << 18


def read(path: Path, key: list[Any]) -> Library | None:
    """The library kept at `path` for `key`; None when there is none, it is for another key, or anything
    about it is not exactly as written (logged)."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_CACHE_BYTES:
            return None
        with path.open("rb") as lines:
            head = json.loads(lines.readline())
            if not isinstance(head, dict) or head.get("key") != key:
                return None
            _check_rest(lines, head.get("crc"))
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


def _check_rest(file: BinaryIO, crc: object) -> None:
    """Raise ValueError unless the CRC-32 of the rest of `file` is `crc`; then back where it was. Read in
    chunks, then decoded line by line as before: the whole file in one piece stayed in the process's memory
    (7 MB more at 10,000 team phrases)."""
    start = file.tell()
    found = 0
    while chunk := file.read(_CHUNK):
        found = zlib.crc32(chunk, found)
    if found != crc:
        raise ValueError("damaged or cut short (checksum)")
    file.seek(start)


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


def _line(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"  # never a raw newline


def write(path: Path, key: list[Any], library: Library) -> bool:
    """Keep `library` at `path` under `key`; False (logged) when it cannot be written."""
    doc = library_json.plain(library)
    doc["phrases"], doc["versions"] = len(library.phrases), len(library.versions)
    text = "".join(
        [
            _line(doc),
            *(_line(rows.phrase_row(p)) for p in library.phrases),
            *(_line(rows.phrase_row(p)) for p in library.versions),
        ]
    )
    body = text.encode("utf-8", "surrogatepass")
    return _put(path, key, zlib.crc32(body), body)


def copy_with_key(source: Path, target: Path, key: list[Any]) -> bool:
    """`source` (a library file just read whole and checked) at `target` under another `key`: the same
    bytes after the key line, so its checksum stands; the library is not encoded again."""
    try:
        with source.open("rb") as whole:
            crc = json.loads(whole.readline())["crc"]
            body = whole.read()
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.info("Library cache %s not copied: %s", source, exc)
        return False
    return _put(target, key, crc, body)


def _put(path: Path, key: list[Any], crc: int, body: bytes) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(path, _line({"key": key, "crc": crc}).encode("utf-8") + body)
    except (OSError, FileRefused) as exc:
        log.info("Library cache %s not written: %s", path, exc)
        return False
    return True
