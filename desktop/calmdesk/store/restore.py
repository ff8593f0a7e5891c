"""Going back to a backup: which backups are good, the daily one, and restoring one over the data file."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from calmdesk.core.messages import gettext as _
from calmdesk.store import backup, migrations, paths
from calmdesk.store.actions import OPEN
from calmdesk.store.dbfile import as_store_error, find_damage
from calmdesk.store.errors import StoreError
from calmdesk.store.verify import data_file_problem

log = logging.getLogger(__name__)

DAILY_S = 24 * 3600  # an automatic backup when the newest one is older than this


def newest_good_backup(backup_dir: Path, timeout: float = 1.0) -> Path | None:
    """The newest rotating backup that opens, passes SQLite's integrity check and has CalmDesk's schema."""
    for candidate in reversed(backup.list_backups(backup_dir)):
        if data_file_problem(candidate, timeout=timeout) is None:
            return candidate
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
    problem = data_file_problem(source)
    if problem is not None:
        raise StoreError(_("{source} cannot be restored: {problem}.").format(source=source, problem=problem))


def backup_failed(exc: OSError | sqlite3.Error, backup_dir: Path) -> StoreError:
    """A backup that could not be written, in words (a full disk said as such)."""
    full = getattr(exc, "errno", None) == errno.ENOSPC or (
        isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_FULL
    )
    if full:
        detail = _("the disk is full")
    else:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    words = _("CalmDesk could not write a backup into {folder} ({reason}).")
    return StoreError(words.format(folder=backup_dir, reason=detail))


def restore_over(conn: sqlite3.Connection, db_path: Path, source: Path, backup_dir: Path) -> Path:
    """Replace the data of the open database `conn` with the backup `source`; returns the backup of before.

    `source` is checked, copied into a temporary file and brought up to this version's format there, and
    that copy checked again, before anything else happens: a file that is not CalmDesk's, or that cannot
    be migrated, is refused with the live data untouched. Only then is the current data backed up and the
    staged copy written over it in one SQLite transaction (all or nothing). Copying `source` first also
    means the backup of before may prune it (it was the oldest) without harm. StoreError otherwise.
    """
    check_backup_file(source)
    staged = _stage(source, db_path.parent)
    try:
        try:
            saved = backup.make_backup(conn, backup_dir, "before-restore")
        except (OSError, sqlite3.Error) as exc:
            raise backup_failed(exc, backup_dir) from exc
        staged_conn = sqlite3.connect(f"{staged.resolve().as_uri()}?mode=ro", uri=True)
        try:
            staged_conn.backup(conn)
        except sqlite3.Error as exc:
            action = _("restore {source} (your data is in {saved})").format(source=source, saved=saved)
            raise as_store_error(exc, db_path, action) from exc
        finally:
            staged_conn.close()
    finally:
        backup.remove_with_companions(staged)
    log.info("Restored the user database from %s", source)
    return saved


def restore_file(db_path: Path, source: Path, backup_dir: Path, busy_timeout: float) -> Path:
    """restore_over() on the data file at `db_path`, without opening it as a store first.

    The way back must work even when the current file cannot be brought up to date (which is exactly when
    an agent needs a backup); a damaged current file is moved aside, as opening it would.
    """
    check_backup_file(source)
    if find_damage(db_path, busy_timeout) is not None:
        backup.move_aside(db_path, backup_dir)
    paths.ensure_dir(db_path.parent)
    paths.create_private_file(db_path)
    try:
        conn = sqlite3.connect(db_path, timeout=busy_timeout, isolation_level=None)
    except sqlite3.Error as exc:
        raise as_store_error(exc, db_path, OPEN) from exc
    try:
        return restore_over(conn, db_path, source, backup_dir)
    finally:
        conn.close()


def _stage(source: Path, folder: Path) -> Path:
    """A migrated, checked copy of `source` in a user-only temporary file in `folder`; StoreError else."""
    try:
        handle, name = tempfile.mkstemp(prefix=".restore-", suffix=".sqlite3", dir=folder)
    except OSError as exc:
        raise backup_failed(exc, folder) from exc
    os.close(handle)
    staged = Path(name)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        dest = sqlite3.connect(staged, isolation_level=None)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
            migrations.migrate(dest)  # an older backup is brought up to this version's format
        except sqlite3.Error as exc:
            if getattr(exc, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_FULL:
                raise as_store_error(exc, folder, _("restore {source}").format(source=source)) from exc
            words = _("{source} cannot be restored: it cannot be brought up to date ({reason}).")
            raise StoreError(words.format(source=source, reason=exc)) from exc
        finally:
            dest.close()
            src.close()
        problem = data_file_problem(staged, version=migrations.schema_version())
        if problem is not None:
            words = _("{source} cannot be restored: once brought up to date, {problem}.")
            raise StoreError(words.format(source=source, problem=problem))
    except BaseException:
        backup.remove_with_companions(staged)
        raise
    return staged
