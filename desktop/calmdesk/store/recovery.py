"""A damaged data file replaced by a rescued one, in steps that resume after a crash at any point.

Replacing a damaged file takes three steps: move it (and its WAL) into the backups folder, build a new file
with every row that can still be read from it (salvage), and put the new file in its place. A kill -9 or a
power cut between them must neither lose the rescue nor leave a WAL beside a file it does not belong to, so
a small marker beside the data file (`<data file>.recovering`, written atomically) says where the damaged
file goes and whether it has got there. While the marker exists, opening the data file finishes the job
instead of reading the file; only the finished swap removes it. Each step can be run again: the move
moves what is left, and the new file is built from scratch under a name of its own, then renamed into
place, so the data file's name never holds a half-built file.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from calmdesk.core.messages import gettext as _
from calmdesk.core.safefile import sync_folder, write_atomically
from calmdesk.store import backup, paths
from calmdesk.store.salvage import salvage

log = logging.getLogger(__name__)

MARKER_SUFFIX = ".recovering"
LOCK_SUFFIX = ".recovering-lock"  # held while one CalmDesk replaces the file (`alone`)
BUILDING_SUFFIX = ".rescuing"  # the new file while it is built: never opened as the data file


@dataclass(frozen=True)
class Recovery:
    """A replacement under way: where the damaged file goes, and whether all of it is there yet."""

    target: Path
    moved: bool = False


@contextmanager
def alone(path: Path) -> Iterator[None]:
    """Held while the data file `path` is replaced. Another CalmDesk opening it meanwhile (the command line
    beside the app) waits here, then finds the file healthy; without it, both moved and rebuilt the same
    files and one rescue could replace the other's. The operating system drops the lock with its process,
    so a kill -9 leaves nobody waiting for it."""
    try:
        handle = os.open(f"{path}{LOCK_SUFFIX}", os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:  # a read-only folder: nothing can be replaced there, and opening says why
        log.debug("no lock beside %s: %s", path, exc)
        yield
        return
    try:
        _lock(handle)
        yield
    finally:
        os.close(handle)  # closing drops the lock


def _lock(handle: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        while True:  # LK_LOCK gives up after ten tries a second apart: a rescue may take longer
            try:
                msvcrt.locking(handle, msvcrt.LK_LOCK, 1)
                return
            except OSError:
                continue
    else:
        import fcntl

        fcntl.flock(handle, fcntl.LOCK_EX)


def pending(path: Path) -> Recovery | None:
    """The replacement a crash interrupted for the data file `path`, or None."""
    marker = _marker(path)
    try:
        fields = json.loads(marker.read_text(encoding="utf-8"))
        return Recovery(Path(fields["target"]), bool(fields["moved"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError) as exc:
        # Written atomically, so only another program can have made it unreadable. Without it the damaged
        # file, if still in place, is found damaged again and moved under a new name: nothing is lost.
        log.warning(
            _("Ignoring the unreadable recovery marker %(marker)s: %(reason)s"),
            {"marker": marker, "reason": exc},
        )
        marker.unlink(missing_ok=True)
        return None


def begin(path: Path, backups: Path) -> Recovery:
    """Record, before anything moves, where the damaged data file `path` is going."""
    recovery = Recovery(backup.damaged_name(path, backups))
    _save(path, recovery)
    return recovery


def finish(path: Path, recovery: Recovery, connect: Callable[[Path], sqlite3.Connection]) -> int:
    """Carry out `recovery` from wherever it stopped; returns how many records were rescued.

    `connect` opens (and creates and migrates) a data file, as opening the real one would. Raises what
    moving or creating files raises; the marker then stays, and the next start tries again.
    """
    if not recovery.moved:
        backup.move_aside(path, recovery.target.parent, recovery.target)
        recovery = Recovery(recovery.target, moved=True)
        _save(path, recovery)
    building = Path(f"{path}{BUILDING_SUFFIX}")
    backup.remove_with_companions(building)  # a build a crash cut short starts again from nothing
    paths.create_private_file(building)
    conn = connect(building)
    try:
        rescued = salvage(recovery.target, conn)
        # One file, so that the rename below moves all of it: no WAL for the next open to miss.
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    os.replace(building, path)
    sync_folder(path.parent)
    _marker(path).unlink(missing_ok=True)
    return rescued


def _marker(path: Path) -> Path:
    return Path(f"{path}{MARKER_SUFFIX}")


def _save(path: Path, recovery: Recovery) -> None:
    fields = {"target": str(recovery.target), "moved": recovery.moved}
    write_atomically(_marker(path), json.dumps(fields))
