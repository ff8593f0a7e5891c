"""Pack files read before, kept while unchanged: a reload of a big team folder reads only what changed."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from calmdesk.core.packs import LoadedPack

# A file changed this recently may change again within the same tick of a coarse file-system clock (a
# network share keeps whole seconds) with the same size: it is read afresh until it is older than this.
RACY_SECONDS = 2.0

Signature = tuple[int, int, int, int, int]  # device, inode, size, modification and change time (ns)


class PackMemo:
    """What `read_pack_file` returned for each path, reused while the file's signature is unchanged.

    The running app keeps one across reloads (a team folder of 5,000 files with one file changed parses
    one file); the CLI, which loads once, has none. Safe to share between threads.
    """

    def __init__(self) -> None:
        self._entries: dict[Path, tuple[Signature, LoadedPack]] = {}
        self._lock = threading.Lock()
        self.reads = 0  # files parsed (not taken from the memo): what the tests and the benchmark count

    def read(self, file: Path) -> LoadedPack:
        """The file read as `read_pack_file` reads it, from the memo when it has not changed since."""
        before = _signature(file)
        with self._lock:
            kept = self._entries.get(file)
        if before is not None and kept is not None and kept[0] == before:
            return kept[1]
        from calmdesk.core.packs import read_pack_file  # the pack reader loads with the first reload

        pack = read_pack_file(file)
        with self._lock:
            self.reads += 1
            # Kept only when the file did not change while it was read, and is not too fresh to trust.
            if before is not None and before == _signature(file) and _settled(before):
                self._entries[file] = (before, pack)
            else:
                self._entries.pop(file, None)
        return pack

    def entries(self) -> dict[Path, tuple[Signature, LoadedPack]]:
        """What the memo holds: each file's signature when read, and what it gave (pack_store keeps it)."""
        with self._lock:
            return dict(self._entries)

    def add(self, entries: dict[Path, tuple[Signature, LoadedPack]]) -> None:
        """Take files read before (by an earlier run, from pack_store); each is still used only while its
        signature is unchanged."""
        with self._lock:
            self._entries.update(entries)

    def keep_only(self, files: set[Path]) -> None:
        """Forget files no longer loaded (removed from the folder, a folder taken out of the settings)."""
        with self._lock:
            for gone in self._entries.keys() - files:
                del self._entries[gone]


def _signature(file: Path) -> Signature | None:
    try:
        info = os.stat(file)
    except (OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def _settled(signature: Signature) -> bool:
    return time.time() - max(signature[3], signature[4]) / 1e9 >= RACY_SECONDS
