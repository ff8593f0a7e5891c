"""Opening the user database: a damaged file moved aside, WAL and full syncs, a backup before a migration."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from calmdesk.core.messages import N_, ngettext, number
from calmdesk.core.messages import gettext as _
from calmdesk.store import backup, migrations, paths
from calmdesk.store import recovery as recovery_steps
from calmdesk.store.actions import OPEN
from calmdesk.store.dbfile import as_store_error, find_damage, is_busy, newer_error
from calmdesk.store.errors import StoreError
from calmdesk.store.restore import backup_failed, newest_good_backup

log = logging.getLogger(__name__)

DEFAULT_BUSY_TIMEOUT = 5.0  # seconds to wait for another program's lock before telling the agent


@dataclass
class Opened:
    """An open connection (autocommit, WAL, migrated) and what the agent should hear about its file."""

    conn: sqlite3.Connection
    path: Path
    backups: Path
    notices: list[str] = field(default_factory=list)


def open_database(path: Path | str | None, backup_dir: Path | None, busy_timeout: float) -> Opened:
    """Open (or create) the database at `path` (default `paths.database_file()`); raises StoreError."""
    path = Path(path) if path is not None else paths.database_file()
    backups = backup_dir if backup_dir is not None else paths.backup_dir()
    try:
        paths.ensure_dir(path.parent)
    except OSError as exc:
        words = _("CalmDesk cannot use the folder {folder} ({reason}).")
        raise StoreError(words.format(folder=path.parent, reason=exc.strerror)) from exc
    recovery, rescued = None, 0
    if recovery_steps.pending(path) is not None or find_damage(path, busy_timeout) is not None:
        with recovery_steps.alone(path):  # looked at again once alone: another CalmDesk may have done it
            recovery = _recovery_for(path, backups, busy_timeout)
            rescued = 0 if recovery is None else _recover(path, backups, recovery, busy_timeout)
    paths.create_private_file(path)  # customer data: 0600, also when an older CalmDesk made it 0644
    conn = _connect(path, backups, busy_timeout)
    if recovery is None:
        return Opened(conn, path, backups)
    return Opened(conn, path, backups, [_damage_notice(recovery.target, rescued, backups)])


def _recovery_for(path: Path, backups: Path, busy_timeout: float) -> recovery_steps.Recovery | None:
    """The replacement of a damaged data file to carry out: one a crash cut short, or a new one."""
    unfinished = recovery_steps.pending(path)
    if unfinished is not None:
        log.warning(_("Finishing the replacement of the damaged user database %(path)s"), {"path": path})
        return unfinished
    damage = find_damage(path, busy_timeout)
    if damage is None:
        return None
    log.warning(_("User database %(path)s is damaged: %(damage)s"), {"path": path, "damage": damage})
    try:
        return recovery_steps.begin(path, backups)
    except OSError as exc:
        raise _not_moved(path, exc) from exc


def _recover(path: Path, backups: Path, recovery: recovery_steps.Recovery, busy_timeout: float) -> int:
    try:
        return recovery_steps.finish(path, recovery, lambda new: _connect(new, backups, busy_timeout))
    except OSError as exc:
        raise _not_moved(path, exc) from exc


def _not_moved(path: Path, exc: OSError) -> StoreError:
    words = _("Your CalmDesk data file {path} is damaged and could not be moved aside ({reason}).")
    return StoreError(words.format(path=path, reason=exc.strerror))


def _damage_notice(moved: Path, rescued: int, backups: Path) -> str:
    """What the agent hears of a damaged file: where it was kept, and how much of it was rescued."""
    # Whole sentences, each translated as one: the rescued count with the language's plural forms.
    if rescued:
        words = ngettext(
            "Your CalmDesk data file was damaged; it was saved as {moved} and a new one started, with the "
            "{count} record that could still be read from it.",
            "Your CalmDesk data file was damaged; it was saved as {moved} and a new one started, with the "
            "{count} records that could still be read from it.",
            rescued,
        )
    else:
        words = _(
            "Your CalmDesk data file was damaged; it was saved as {moved} and a new one started. "
            "Favourites and recent phrases start empty."
        )
    notice = words.format(moved=moved, count=number(rescued))  # "2,939", "2.939", "2 939"
    good = newest_good_backup(backups)
    if good is not None:
        more = _("Your newest good backup is {backup}; to go back to it: calmdesk restore {backup}")
        notice += " " + more.format(backup=good)
    # The app shows the notices in a box; the command line has only its log, which must say the same.
    log.warning("%s", notice)
    return notice


def _connect(path: Path, backups: Path, busy_timeout: float) -> sqlite3.Connection:
    # isolation_level=None: autocommit, so every statement outside an explicit BEGIN is its own commit.
    try:
        conn = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)
    except sqlite3.Error as exc:
        raise as_store_error(exc, path, OPEN) from exc
    try:
        mode = _use_wal(conn, busy_timeout)
        if mode != "wal":
            log.warning(
                _("SQLite refused WAL mode for %(path)s (got %(mode)s)"), {"path": path, "mode": mode}
            )
        # FULL syncs the WAL on every commit: a change shown as saved survives a power cut too, and
        # the agent makes a few changes a minute, so the fsync is cheap (see tests/benchmarks).
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        version = migrations.user_version(conn)
        if version > migrations.schema_version():
            raise newer_error(path, version)
        if version < migrations.schema_version():
            has_tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] > 0
            saved: Path | None = None
            if version > 0 or has_tables:
                reason = f"before-v{migrations.schema_version()}"
                try:
                    saved = backup.make_backup(conn, backups, reason, prune=False)
                except (OSError, sqlite3.Error) as exc:
                    words = _("CalmDesk did not update its data file {path}: {reason}")
                    raise StoreError(words.format(path=path, reason=backup_failed(exc, backups))) from exc
            try:
                migrations.migrate(conn)
            except sqlite3.Error as exc:
                # Each step rolls back on failure, so the file is still readable by the previous version.
                # A migration that fails on every start must not fill the folder with copies of it.
                if saved is not None:
                    backup.forget_if_repeated(saved, reason)
                raise as_store_error(exc, path, N_("update its data file (it was left as it was)")) from exc
            if saved is not None:  # pruned only now: a failing migration never rotates a good one away
                backup.prune_backups(backups)
    except sqlite3.Error as exc:
        conn.close()
        raise as_store_error(exc, path, OPEN) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _use_wal(conn: sqlite3.Connection, busy_timeout: float) -> str:
    """Switch to WAL (once per file: the mode is stored in it); returns the journal mode now in use.

    Switching needs the file to itself and SQLite reports "locked" at once rather than waiting in the busy
    handler, so when several CalmDesks create the file together the switch is retried up to the timeout.
    """
    deadline = time.monotonic() + busy_timeout
    while True:
        mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0])
        if mode == "wal":
            return mode
        try:
            return str(conn.execute("PRAGMA journal_mode=WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(0.01)


def is_read_only(conn: sqlite3.Connection) -> bool:
    """Whether SQLite refuses to write the file (read-only file, folder or medium): asked once at open.

    Starting a write transaction is enough to find out, and rolling it back changes nothing. A lock held
    by another program only means "busy", which is not "read-only": the probe does not wait for it.
    """
    with lock_wait(conn, 0):
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("DELETE FROM usage WHERE phrase_id = ''")  # a write statement; no such row
            conn.execute("ROLLBACK")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            return not is_busy(exc)
    return False


@contextmanager
def lock_wait(conn: sqlite3.Connection, seconds: float | None) -> Iterator[None]:
    """Within it, `conn` waits at most `seconds` for another program's lock (None: its own busy timeout).
    A window's write waits less than the CLI's: it must not freeze the window for the whole timeout."""
    if seconds is None:
        yield
        return
    previous = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA busy_timeout = {previous}")  # an int read back from SQLite itself
