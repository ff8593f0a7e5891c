"""The user database: favourites and phrase usage in SQLite, mirrored in memory so reads cost nothing."""

from __future__ import annotations

import itertools
import logging
import sqlite3
import time
from collections import OrderedDict
from pathlib import Path
from types import TracebackType

from calmdesk.store import backup, migrations, paths
from calmdesk.store.complaints import ComplaintBook
from calmdesk.store.dbfile import as_store_error, find_damage, is_busy, newer_error
from calmdesk.store.errors import StoreError
from calmdesk.store.query_memory import MAX_KEY_CHARS, QueryMemory
from calmdesk.store.restore import backup_failed, daily_backup_due, newest_good_backup, restore_over
from calmdesk.store.usequeue import ADD_FAVOURITE, REMOVE_FAVOURITE, UPSERT_USE, UseQueue

__all__ = ["DEFAULT_BUSY_TIMEOUT", "RECENCY_HALF_LIFE", "RECENCY_WINDOW", "StoreError", "UserStore"]

log = logging.getLogger(__name__)

DEFAULT_BUSY_TIMEOUT = 5.0  # seconds to wait for another program's lock before telling the agent
RECENCY_WINDOW = 50  # phrases that get a recency boost; older ones weigh 0
RECENCY_HALF_LIFE = 7 * 24 * 3600.0  # seconds: a phrase last used a week ago counts half as "recent"
CLOSE_FLUSH_TIMEOUT = 3.0  # seconds close() waits for queued uses while another program holds the lock
# Times are microseconds since 1970; 2^53 is the year 2255. Beyond it a row is garbage, and a stamp there
# would soon overflow SQLite's 64-bit integers (a last_used of 2^63-1 made every later use fail).
MAX_STAMP = 2**53
MAX_COUNT = 10**12


class UserStore:
    """Favourites and usage of phrases, saved at once on every change.

    Build it with `UserStore.open(path)`. Writes go to SQLite first and update the in-memory copy only
    after the commit, so what the UI shows is always on disk. Reads come from memory. Problems that were
    recovered from (a damaged file moved aside) are listed in `notices` for the UI to show once.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, notices: list[str]) -> None:
        self.path = path
        self.notices = notices
        self.backup_dir = paths.backup_dir()  # open() sets the one it was given
        self._conn: sqlite3.Connection | None = conn
        # Immutable, so favourites() can hand out the very object until the next change.
        self._favourites: frozenset[str] = frozenset()
        self._last_used: OrderedDict[str, int] = OrderedDict()  # id -> last_used, least recent first
        self._counts: dict[str, int] = {}
        self._last_stamp = 0
        self._recency: tuple[int, dict[str, float]] | None = None  # (minute, weights)
        self._queue: UseQueue | None = None  # started by the first queue_use()
        self._complaints: ComplaintBook | None = None
        self._query_memory: QueryMemory | None = None
        self._load(conn)
        self.read_only = _read_only(conn)
        if self.read_only:
            self.notices.append(
                f"Your CalmDesk data file {path} cannot be written (it is read-only). Phrases work as usual, "
                "but favourites and recent phrases will not be saved until it can be written again."
            )

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        *,
        backup_dir: Path | None = None,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
    ) -> UserStore:
        """Open (or create) the database at `path` (default `paths.database_file()`); raises StoreError."""
        path = Path(path) if path is not None else paths.database_file()
        backups = backup_dir if backup_dir is not None else paths.backup_dir()
        try:
            paths.ensure_dir(path.parent)
        except OSError as exc:
            raise StoreError(f"CalmDesk cannot use the folder {path.parent} ({exc.strerror}).") from exc
        notices: list[str] = []
        damage = find_damage(path, busy_timeout)
        if damage is not None:
            log.warning("User database %s is damaged: %s", path, damage)
            try:
                moved = backup.move_aside(path, backups)
            except OSError as exc:
                raise StoreError(
                    f"Your CalmDesk data file {path} is damaged and could not be moved aside "
                    f"({exc.strerror})."
                ) from exc
            notice = (
                f"Your CalmDesk data file was damaged; it was saved as {moved} and a new one started. "
                "Favourites and recent phrases start empty."
            )
            good = newest_good_backup(backups)
            if good is not None:
                notice += f" Your newest good backup is {good}; to go back to it: calmdesk restore {good}"
            notices.append(notice)
        conn = cls._connect(path, backups, busy_timeout)
        try:
            store = cls(conn, path, notices)
        except BaseException:
            conn.close()
            raise
        store.backup_dir = backups
        return store

    @staticmethod
    def _connect(path: Path, backups: Path, busy_timeout: float) -> sqlite3.Connection:
        # isolation_level=None: autocommit, so every statement outside an explicit BEGIN is its own commit.
        try:
            conn = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise as_store_error(exc, path, "open its data file") from exc
        try:
            mode = _use_wal(conn, busy_timeout)
            if mode != "wal":
                log.warning("SQLite refused WAL mode for %s (got %s)", path, mode)
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
                        raise StoreError(
                            f"CalmDesk did not update its data file {path}: {backup_failed(exc, backups)}"
                        ) from exc
                try:
                    migrations.migrate(conn)
                except sqlite3.Error as exc:
                    # Each step rolls back on failure, so the file is still readable by the previous version.
                    # A migration that fails on every start must not fill the folder with copies of it.
                    if saved is not None:
                        backup.forget_if_repeated(saved, reason)
                    raise as_store_error(exc, path, "update its data file (it was left as it was)") from exc
                if saved is not None:  # pruned only now: a failing migration never rotates a good one away
                    backup.prune_backups(backups)
        except sqlite3.Error as exc:
            conn.close()
            raise as_store_error(exc, path, "open its data file") from exc
        except BaseException:
            conn.close()
            raise
        return conn

    def _load(self, conn: sqlite3.Connection) -> None:
        """Read favourites and usage, skipping rows that are not what this code writes.

        SQLite keeps whatever a hand edit or another tool put in a column ('abc' as a count, 2^63-1 as a
        time), and one such row used to stop the app from starting or make every later use fail. Bad rows
        are left in the file (the next use of that phrase repairs its row) and counted in one notice.
        """
        try:
            favourites = conn.execute(
                "SELECT phrase_id, added_at FROM favourites ORDER BY added_at"
            ).fetchall()
            usage = conn.execute("SELECT phrase_id, uses, last_used FROM usage ORDER BY last_used").fetchall()
        except sqlite3.Error as exc:
            raise as_store_error(exc, self.path, "read its data file") from exc
        skipped = 0
        stamps: list[int] = []
        good_favourites: list[str] = []
        for pid, added_at in favourites:
            if not _good_id(pid):
                skipped += 1
                continue
            good_favourites.append(pid)
            if _good_stamp(added_at):  # a bad date only costs the favourite its place in the order
                stamps.append(added_at)
        self._favourites = frozenset(good_favourites)
        for pid, uses, last_used in usage:
            if not (_good_id(pid) and _good_count(uses) and _good_stamp(last_used)):
                skipped += 1
                continue
            self._last_used[pid] = last_used
            self._last_used.move_to_end(pid)
            self._counts[pid] = uses
        self._last_stamp = max(itertools.chain(stamps, self._last_used.values(), [0]))
        if skipped:
            log.warning("skipped %d unreadable row(s) in %s", skipped, self.path)
            self.notices.append(
                f"{skipped} entr{'y' if skipped == 1 else 'ies'} in your CalmDesk data file could not be "
                "read and were left out (favourites and recent phrases); everything else was kept."
            )

    def _live(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError("CalmDesk's data file is already closed.")
        return self._conn

    def _stamp(self) -> int:
        # Strictly increasing even within one clock tick or after the clock steps back, so order is exact.
        self._last_stamp = max(time.time_ns() // 1000, self._last_stamp + 1)
        return self._last_stamp

    # -- favourites -------------------------------------------------------------------------------------

    def favourites(self) -> frozenset[str]:
        """Ids of the favourite phrases (the same immutable object until the next change)."""
        self._live()
        return self._favourites

    def is_favourite(self, phrase_id: str) -> bool:
        self._live()
        return phrase_id in self._favourites

    def toggle_favourite(self, phrase_id: str) -> bool:
        """Add or remove a favourite; returns True when it is now a favourite. Saved before returning.

        Decided by what this store shows, not by the file: another CalmDesk on the same file may have
        changed it since, and the star the person clicked must do what it showed.
        """
        conn = self._live()
        _check_id(phrase_id)
        adding = phrase_id not in self._favourites
        stamp = self._stamp()
        try:
            if adding:
                conn.execute(ADD_FAVOURITE, (phrase_id, stamp))
            else:
                conn.execute(REMOVE_FAVOURITE, (phrase_id,))
        except sqlite3.Error as exc:
            raise as_store_error(exc, self.path, "save the favourite (it was not changed)") from exc
        self._favourites = self._favourites | {phrase_id} if adding else self._favourites - {phrase_id}
        return adding

    def queue_favourite(self, phrase_id: str) -> bool:
        """Like toggle_favourite, for the GUI: shown at once and written by the worker thread (see
        queue_use), so Ctrl+D in the picker never waits on a file another program holds locked."""
        self._live()
        _check_id(phrase_id)
        adding = phrase_id not in self._favourites
        self._worker().put_favourite(phrase_id, adding, self._stamp())
        self._favourites = self._favourites | {phrase_id} if adding else self._favourites - {phrase_id}
        return adding

    # -- usage ------------------------------------------------------------------------------------------

    def record_use(self, phrase_id: str) -> None:
        """Count one use of a phrase now. Saved before returning (the CLI's way; the GUI uses queue_use)."""
        conn = self._live()
        _check_id(phrase_id)
        stamp = self._stamp()
        try:
            conn.execute(UPSERT_USE, (phrase_id, 1, stamp))
        except sqlite3.Error as exc:
            raise as_store_error(exc, self.path, "save the phrase use") from exc
        self._count_use(phrase_id, stamp)

    def queue_use(self, phrase_id: str, *, query_key: str = "") -> None:
        """Count one use now and save it from a worker thread: returns at once, never waits on the disk.

        Shown at once (recent, counts); written as soon as the file allows, retried while another program
        holds its lock, and written at close() (which waits a little for it) at the latest.
        """
        self._live()
        _check_id(phrase_id)
        stamp = self._stamp()
        key = query_key if len(query_key) <= MAX_KEY_CHARS else ""
        self._worker().put(phrase_id, stamp, key)
        self._count_use(phrase_id, stamp)
        if key:
            self.query_memory.note(key, phrase_id)

    def _worker(self) -> UseQueue:
        if self._queue is None:
            self._queue = UseQueue(self.path)
        return self._queue

    def flush_uses(self, timeout: float = 5.0) -> bool:
        """Wait up to `timeout` s until every queued use is on disk; True when they are (or none queued)."""
        return self._queue is None or self._queue.flush(timeout)

    def pending_uses(self) -> int:
        """Uses queued and not on disk yet."""
        return 0 if self._queue is None else self._queue.pending()

    def _count_use(self, phrase_id: str, stamp: int) -> None:
        self._last_used[phrase_id] = stamp
        self._last_used.move_to_end(phrase_id)
        self._counts[phrase_id] = self._counts.get(phrase_id, 0) + 1
        self._recency = None

    def recent(self, limit: int = 20) -> list[str]:
        """Ids of the phrases used last, newest first."""
        self._live()
        return list(itertools.islice(reversed(self._last_used), max(0, limit)))

    def recency(self) -> dict[str, float]:
        """Id -> weight in (0, 1]: 1 for the phrase just used, falling with its rank and its age.

        Rank matters so the last few phrases stand out even after a weekend away; age matters so a phrase
        used once a month ago does not outrank today's work. Only the newest RECENCY_WINDOW ids appear.
        """
        self._live()
        minute = int(time.time() // 60)
        if self._recency is None or self._recency[0] != minute:
            now = time.time_ns() // 1000
            weights: dict[str, float] = {}
            for rank, pid in enumerate(self.recent(RECENCY_WINDOW)):
                age = max(0, now - self._last_used[pid]) / 1e6
                weights[pid] = (1.0 - rank / RECENCY_WINDOW) * 0.5 ** (age / RECENCY_HALF_LIFE)
            self._recency = (minute, weights)
        return dict(self._recency[1])

    def usage_counts(self) -> dict[str, int]:
        """Id -> how many times the phrase was used."""
        self._live()
        return dict(self._counts)

    # -- search memory and history ------------------------------------------------------------------------

    @property
    def query_memory(self) -> QueryMemory:
        """Which phrase was copied after which query words (read once, then mirrored in memory)."""
        conn = self._live()
        if self._query_memory is None:
            self._query_memory = QueryMemory(conn, self.path)
        return self._query_memory

    def clear_history(self) -> None:
        """Forget every use and the search memory with it, in one transaction; favourites stay."""
        conn = self._live()
        self.flush_uses(CLOSE_FLUSH_TIMEOUT)  # a queued use written after the delete would come back
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("DELETE FROM usage")
                conn.execute("DELETE FROM query_choices")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise as_store_error(exc, self.path, "clear the usage history (nothing was cleared)") from exc
        self._last_used.clear()
        self._counts.clear()
        self._recency = None
        if self._query_memory is not None:
            self._query_memory.cleared()

    # -- "it worked" marks (private, per kind of complaint) -----------------------------------------------

    def mark_worked(self, phrase_id: str, topic: str = "") -> int:
        """One more private "this phrase worked" for complaints of `topic`; returns its count. Saved."""
        from calmdesk.store import worked

        return worked.mark(self._live(), self.path, phrase_id, topic)

    def worked_counts(self, topic: str | None = None) -> dict[str, int]:
        """Phrase id -> "it worked" marks for `topic` (with those given without one), or for all topics."""
        from calmdesk.store import worked

        return worked.counts(self._live(), self.path, topic)

    # -- complaints -------------------------------------------------------------------------------------

    @property
    def complaints(self) -> ComplaintBook:
        """Complaints and reminders, on the same connection (read fresh: the CLI writes them too)."""
        conn = self._live()
        if self._complaints is None:
            self._complaints = ComplaintBook(conn, self.path)
        return self._complaints

    # -- for the other table modules (store.user_phrases) and backups -----------------------------------

    def connection(self) -> sqlite3.Connection:
        """The open connection (autocommit); StoreError when the store is closed."""
        return self._live()

    def daily_backup(self) -> Path | None:
        """A rotating backup when the newest is over a day old (the app asks at start and every hour)."""
        if not daily_backup_due(self.backup_dir):
            return None
        return self.backup("daily")

    def restore(self, source: Path) -> Path:
        """Replace the data with the backup `source`, after backing up the current data; returns that backup.

        StoreError (nothing changed) when `source` is not a sound CalmDesk data file (see restore_over).
        """
        saved = restore_over(self._live(), self.path, source, self.backup_dir)
        self._favourites, self._counts, self._last_used = frozenset(), {}, OrderedDict()
        self._recency = None
        self._load(self._live())
        return saved

    def backup(self, reason: str) -> Path:
        """A rotating backup of the database now (before an import, on request); StoreError when it fails."""
        try:
            return backup.make_backup(self._live(), self.backup_dir, reason)
        except (OSError, sqlite3.Error) as exc:
            raise backup_failed(exc, self.backup_dir) from exc

    # -- lifetime ---------------------------------------------------------------------------------------

    def close(self, *, flush_timeout: float = CLOSE_FLUSH_TIMEOUT) -> None:
        """Close the database; safe to call twice. Queued uses are written first (waiting up to
        `flush_timeout` s while another program holds the lock); every other change is already committed."""
        if self._queue is not None:
            queue, self._queue = self._queue, None
            queue.close(flush_timeout)
        if self._conn is not None:
            conn, self._conn = self._conn, None
            try:
                conn.close()
            except sqlite3.Error:
                log.exception("Closing %s failed", self.path)

    def __enter__(self) -> UserStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


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


def _good_id(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 1000


def _good_count(value: object) -> bool:
    return type(value) is int and 0 < value <= MAX_COUNT


def _good_stamp(value: object) -> bool:
    return type(value) is int and 0 <= value <= MAX_STAMP


def _read_only(conn: sqlite3.Connection) -> bool:
    """Whether SQLite refuses to write the file (read-only file, folder or medium): asked once at open.

    Starting a write transaction is enough to find out, and rolling it back changes nothing. A lock held
    by another program only means "busy", which is not "read-only": the probe does not wait for it.
    """
    previous = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM usage WHERE phrase_id = ''")  # a write statement; no such row
        conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        return not is_busy(exc)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {previous}")  # an int read back from SQLite itself
    return False


def _check_id(phrase_id: str) -> None:
    if not isinstance(phrase_id, str) or not phrase_id:
        raise ValueError(f"phrase id must be a non-empty string, not {phrase_id!r}")
