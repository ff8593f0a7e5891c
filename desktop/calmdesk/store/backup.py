"""Copies of the user database: rotating backups before risky changes, and moving a damaged file aside."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from calmdesk.store.paths import ensure_dir

log = logging.getLogger(__name__)

KEEP_BACKUPS = 5
BACKUP_PREFIX = "backup-"
DAMAGED_PREFIX = "damaged-"
_SUFFIXES = ("", "-wal", "-shm", "-journal")


def _stamp() -> str:
    # UTC: local time steps back when summer time ends, and a newer backup would then sort first and be
    # pruned. Microseconds keep two backups taken in the same second apart; the format sorts as text.
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")


def make_backup(conn: sqlite3.Connection, backup_dir: Path, reason: str, keep: int = KEEP_BACKUPS) -> Path:
    """Write a consistent copy of the open database `conn` into `backup_dir`, keeping the newest `keep`.

    The sqlite backup API copies a consistent snapshot including anything still in the WAL, which copying
    the file bytes would miss.
    """
    ensure_dir(backup_dir)
    target = backup_dir / f"{BACKUP_PREFIX}{_stamp()}-{reason}.sqlite3"
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    log.info("Backed up the user database to %s", target)
    prune_backups(backup_dir, keep)
    return target


def list_backups(backup_dir: Path) -> list[Path]:
    """Rotating backups, oldest first (damaged files are not included: those are never deleted for you)."""
    if not backup_dir.is_dir():
        return []
    return sorted(p for p in backup_dir.glob(f"{BACKUP_PREFIX}*.sqlite3") if p.is_file())


def prune_backups(backup_dir: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the newest `keep` rotating backups; returns what was removed."""
    backups = list_backups(backup_dir)
    removed = backups[: max(0, len(backups) - keep)]
    for old in removed:
        old.unlink(missing_ok=True)
        log.debug("Removed old backup %s", old)
    return removed


def move_aside(path: Path, backup_dir: Path) -> Path:
    """Move a damaged database and its -wal/-shm/-journal companions into `backup_dir`; returns the new path.

    The companions travel with it because a WAL file may hold the newest data and only makes sense next
    to its own database; leaving one behind could also let SQLite replay it into the fresh file.
    """
    ensure_dir(backup_dir)
    target = backup_dir / f"{DAMAGED_PREFIX}{_stamp()}-{path.name}"
    for suffix in _SUFFIXES:
        source = Path(f"{path}{suffix}")
        if source.exists():
            shutil.move(source, Path(f"{target}{suffix}"))
    log.warning("Moved the damaged user database %s to %s", path, target)
    return target
