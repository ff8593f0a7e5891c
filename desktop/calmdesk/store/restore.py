"""Going back to a backup: which backups are good, the daily one, and restoring one over the data file."""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

from calmdesk.store import backup, migrations
from calmdesk.store.dbfile import find_damage
from calmdesk.store.errors import StoreError

log = logging.getLogger(__name__)

DAILY_S = 24 * 3600  # an automatic backup when the newest one is older than this


def newest_good_backup(backup_dir: Path, timeout: float = 1.0) -> Path | None:
    """The newest rotating backup that opens and passes SQLite's quick check (damaged ones are skipped)."""
    for candidate in reversed(backup.list_backups(backup_dir)):
        try:
            if find_damage(candidate, timeout) is None:
                return candidate
        except StoreError:  # written by a newer CalmDesk, unreadable: not one to offer
            continue
    return None


def daily_backup_due(backup_dir: Path, now: float | None = None) -> bool:
    """Whether the newest backup (of any reason) is older than a day, or there is none."""
    backups = backup.list_backups(backup_dir)
    if not backups:
        return True
    try:
        newest = max(p.stat().st_mtime for p in backups)
    except OSError:
        return True
    return (time.time() if now is None else now) - newest >= DAILY_S


def check_backup_file(source: Path) -> None:
    """StoreError naming what is wrong when `source` is not a CalmDesk data file this version can use."""
    if not source.is_file():
        raise StoreError(f"{source} is not a file.")
    damage = find_damage(source, 1.0)  # raises for a newer CalmDesk's file
    if damage is not None:
        raise StoreError(
            f"{source} cannot be restored: it is damaged or not a CalmDesk data file ({damage})."
        )
    conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    except sqlite3.Error as exc:
        raise StoreError(f"{source} cannot be read ({exc}).") from exc
    finally:
        conn.close()
    if "favourites" not in tables or "usage" not in tables:
        raise StoreError(f"{source} is an SQLite file, but not a CalmDesk data file.")


def restore_into(conn: sqlite3.Connection, source: Path) -> None:
    """Copy `source` over the open database `conn` with SQLite's backup API (WAL and all), then migrate it.

    The caller has made a backup of `conn` first. Other connections to the same file see the restored
    content on their next read.
    """
    check_backup_file(source)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        src.backup(conn)
    finally:
        src.close()
    migrations.migrate(conn)  # an older backup is brought up to this version's schema
    log.info("Restored the user database from %s", source)
