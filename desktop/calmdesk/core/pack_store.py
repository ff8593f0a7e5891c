"""Pack files parsed by an earlier run, in the cache folder: a start after one file changed parses that one.

The library cache (library_cache) holds the whole library and is used only when nothing changed. This file
holds each pack file's own outcome with the file's signature at the time (device, inode, size, modification
and change times), and fills a PackMemo with them: the memo uses an entry only while the file still has that
signature, so a changed, replaced or removed file is read again, and nothing else is. JSON only (no pickle),
every value checked; a file not exactly as written is ignored whole, which only costs the time it saves.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from pathlib import Path
from typing import Any

from calmdesk import __version__
from calmdesk.core import cache_rows as rows
from calmdesk.core import messages
from calmdesk.core.pack_memo import PackMemo, Signature
from calmdesk.core.packs import LoadedPack
from calmdesk.core.safefile import FileRefused, write_atomically

log = logging.getLogger(__name__)

FORMAT = 1
STORE_FILE = "pack-files.json"
MAX_STORE_BYTES = 256 * 1024 * 1024  # larger is no file of ours: refused unread


def memo_from(cache_dir: Path, memo: PackMemo | None = None) -> PackMemo:
    """`memo` (a new one when None) with what the last run kept in `cache_dir` added (nothing when nothing
    usable is there)."""
    memo = memo if memo is not None else PackMemo()
    path = cache_dir / STORE_FILE
    try:
        info = os.stat(path)
        if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_STORE_BYTES:
            memo.add(_entries(json.loads(path.read_bytes())))
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, TypeError, IndexError, RecursionError) as exc:
        log.info("Pack file cache %s ignored (%s); reading the packs", path, exc)
    return memo


def keep(cache_dir: Path, memo: PackMemo) -> None:
    """Write what `memo` holds to `cache_dir`, atomically: another process reads the old file or the new."""
    doc = {
        "format": FORMAT,
        "version": __version__,
        "messages": messages.spoken(),  # the language its problems are worded in
        "files": [
            [str(path), list(signature), _row(pack)] for path, (signature, pack) in memo.entries().items()
        ],
    }
    path = cache_dir / STORE_FILE
    try:
        cache_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(path, json.dumps(doc, ensure_ascii=False, separators=(",", ":")), durable=False)
    except (OSError, FileRefused) as exc:
        log.info("Pack file cache %s not written: %s", path, exc)


def _row(pack: LoadedPack) -> list[Any]:
    return [
        pack.source,
        rows.pack_info_row(pack.info) if pack.info is not None else None,
        [rows.phrase_row(p) for p in pack.phrases],
        [rows.problem_row(p) for p in pack.problems],
        pack.lines,
    ]


def _entries(doc: dict[str, Any]) -> dict[Path, tuple[Signature, LoadedPack]]:
    """The entries of a store this version of CalmDesk wrote; TypeError/ValueError when not as written."""
    if doc["format"] != FORMAT or doc["version"] != __version__:
        return {}  # an older CalmDesk's packs may read differently now
    if doc.get("messages", "en") != messages.spoken():
        return {}  # its problems are worded in another language than the one spoken now
    found: dict[Path, tuple[Signature, LoadedPack]] = {}
    for path, signature, (source, info, phrases, problems, lines) in doc["files"]:
        numbers = tuple(signature)
        if len(numbers) != 5 or not all(type(n) is int for n in numbers):
            raise TypeError("a file signature is not five numbers")
        if not isinstance(lines, dict):
            raise TypeError("expected the phrases' lines")
        pack = LoadedPack(
            rows.text(source),
            rows.pack_info(info) if info is not None else None,
            list(rows.phrases(phrases)),
            [rows.problem(p) for p in problems],
            {rows.text(k): rows.optional_int(v) for k, v in lines.items()},
        )
        found[Path(rows.text(path))] = (numbers, pack)
    return found
