"""Copies of the user database: rotating backups before risky changes, and moving a damaged file aside."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from calmdesk.core.messages import gettext as _
from calmdesk.core.safefile import sync_folder
from calmdesk.store.paths import ensure_dir
from calmdesk.store.verify import data_file_problem

log = logging.getLogger(__name__)

KEEP_BACKUPS = 5
BACKUP_PREFIX = "backup-"
DAMAGED_PREFIX = "damaged-"
# A copy of data that is not a sound CalmDesk file (kept before a migration tries to repair it): never
# counted in the rotation of good backups, never offered as one.
UNVERIFIED_PREFIX = "unverified-"
PARTIAL_PREFIX = ".partial-"
_SUFFIXES = ("", "-wal", "-shm", "-journal")


def _stamp() -> str:
    # UTC: local time steps back when summer time ends, and a newer backup would then sort first and be
    # pruned. Microseconds keep two backups taken in the same second apart; the format sorts as text.
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")


def make_backup(
    conn: sqlite3.Connection, backup_dir: Path, reason: str, keep: int = KEEP_BACKUPS, *, prune: bool = True
) -> Path:
    """Write a verified copy of the open database `conn` into `backup_dir`; returns its path.

    The copy is written to a hidden partial file, synced, checked (opens, integrity, schema) and only then
    renamed into the rotation, so a full disk or a crash never leaves a file that looks like a backup. A
    copy of data that fails the check is kept as `unverified-...` outside the rotation. The sqlite backup
    API copies a consistent snapshot including anything still in the WAL, which copying the bytes would
    miss; the copy is switched to a rollback journal so it is one self-contained file. `prune`: trim the
    rotation to the newest `keep` afterwards.
    """
    ensure_dir(backup_dir)
    name = f"{_stamp()}-{reason}.sqlite3"
    partial = backup_dir / f"{PARTIAL_PREFIX}{name}"
    try:
        # Created user-only before SQLite opens it: SQLite gives its journals the database file's mode.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        dest = sqlite3.connect(partial)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        _fsync(partial)
        problem = data_file_problem(partial)
        target = backup_dir / f"{UNVERIFIED_PREFIX if problem else BACKUP_PREFIX}{name}"
        os.replace(partial, target)
        sync_folder(backup_dir)
    except BaseException:
        remove_with_companions(partial)
        raise
    if problem:
        log.warning(
            _("Kept a copy of the user database as %(copy)s outside the rotation: %(problem)s"),
            {"copy": target, "problem": problem},
        )
        return target
    log.info("Backed up the user database to %s", target)
    if prune:
        prune_backups(backup_dir, keep)
    return target


def list_backups(backup_dir: Path) -> list[Path]:
    """Rotating backups, oldest first (damaged files are not included: those are never deleted for you)."""
    if not backup_dir.is_dir():
        return []
    return sorted(p for p in backup_dir.glob(f"{BACKUP_PREFIX}*.sqlite3") if p.is_file())


def good_backups(backup_dir: Path) -> list[Path]:
    """Rotating backups that pass the check (opens, integrity, schema), oldest first.

    An older CalmDesk left 0-byte files named like backups on a full disk; those are neither counted
    nor offered (nor deleted: looking is all this does).
    """
    return [path for path in list_backups(backup_dir) if data_file_problem(path) is None]


def prune_backups(backup_dir: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the newest `keep` good backups; returns what was removed.

    Only good backups count, so files that are not backups can never push a good one out.
    """
    backups = good_backups(backup_dir)
    removed = backups[: max(0, len(backups) - keep)]
    for old in removed:
        remove_with_companions(old)
        log.debug("Removed old backup %s", old)
    return removed


def forget_if_repeated(saved: Path, reason: str) -> None:
    """Delete the copy `saved` when an earlier copy for the same `reason` is already kept.

    A migration that fails on every start would otherwise add one copy of the same data each time.
    """

    def stamp(path: Path) -> str:
        return path.name.split("-", 1)[1]

    kept = [*saved.parent.glob(f"{BACKUP_PREFIX}*-{reason}.sqlite3")]
    kept += saved.parent.glob(f"{UNVERIFIED_PREFIX}*-{reason}.sqlite3")
    if any(stamp(p) < stamp(saved) for p in kept):
        remove_with_companions(saved)


def remove_with_companions(path: Path) -> None:
    """Delete `path` and any -wal/-shm/-journal SQLite left beside it."""
    for suffix in _SUFFIXES:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def damaged_name(path: Path, backup_dir: Path) -> Path:
    """Where move_aside() puts the damaged data file `path`: a new name in `backup_dir`, never reused."""
    return backup_dir / f"{DAMAGED_PREFIX}{_stamp()}-{path.name}"


def move_aside(path: Path, backup_dir: Path, target: Path | None = None) -> Path:
    """Move a damaged database and its -wal/-shm/-journal companions into `backup_dir` (as `target`, or a
    new damaged_name()); returns the new path.

    The companions travel with it because a WAL file may hold the newest data and only makes sense next
    to its own database; leaving one behind could also let SQLite replay it into the fresh file. They go
    first and the database last, so a move cut short leaves the database where it was, with no WAL of
    its own left behind for a new file to replay; moving again with the same `target` finishes the job.
    """
    ensure_dir(backup_dir)
    target = target or damaged_name(path, backup_dir)
    for suffix in (*_SUFFIXES[1:], _SUFFIXES[0]):
        source = Path(f"{path}{suffix}")
        if source.exists():
            shutil.move(source, Path(f"{target}{suffix}"))
    sync_folder(backup_dir)
    sync_folder(path.parent)
    log.info("Moved the damaged user database %s to %s", path, target)  # the caller tells the agent
    return target


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
