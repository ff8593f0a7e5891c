"""The user database: favourites and phrase usage in SQLite, mirrored in memory so reads cost nothing."""

from __future__ import annotations

import itertools
import logging
import sqlite3
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from calmdesk.store import backup, paths
from calmdesk.store.complaints import ComplaintBook
from calmdesk.store.dbfile import as_store_error
from calmdesk.store.errors import StoreError
from calmdesk.store.opening import DEFAULT_BUSY_TIMEOUT, is_read_only, open_database
from calmdesk.store.query_memory import MAX_KEY_CHARS, QueryMemory
from calmdesk.store.restore import backup_failed, daily_backup_due, restore_over
from calmdesk.store.usage_rows import read_usage
from calmdesk.store.write_jobs import WriteJob
from calmdesk.store.writer import ADD_FAVOURITE, REMOVE_FAVOURITE, UPSERT_USE, StoreWriter

__all__ = ["DEFAULT_BUSY_TIMEOUT", "RECENCY_HALF_LIFE", "RECENCY_WINDOW", "StoreError", "UserStore"]

log = logging.getLogger(__name__)

RECENCY_WINDOW = 50  # phrases that get a recency boost; older ones weigh 0
RECENCY_HALF_LIFE = 7 * 24 * 3600.0  # seconds: a phrase last used a week ago counts half as "recent"
CLOSE_FLUSH_TIMEOUT = 3.0  # seconds close() waits for queued changes while another program holds the lock


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
        self._queue: StoreWriter | None = None  # started by the first queued change
        self._complaints: ComplaintBook | None = None
        self._query_memory: QueryMemory | None = None
        self._load(conn)
        self.read_only = is_read_only(conn)
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
        opened = open_database(path, backup_dir, busy_timeout)
        try:
            store = cls(opened.conn, opened.path, opened.notices)
        except BaseException:
            opened.conn.close()
            raise
        store.backup_dir = opened.backups
        return store

    def _load(self, conn: sqlite3.Connection) -> None:
        usage = read_usage(conn, self.path)
        self._favourites, self._last_used, self._counts = usage.favourites, usage.last_used, usage.counts
        self._last_stamp = usage.last_stamp
        skipped = usage.skipped
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

    def queue_write(self, job: WriteJob) -> None:
        """Hand a change to the writer thread, after those queued before it; returns at once (the GUI's
        way: see store.writer). `job` says how it ended: written, or given up and why."""
        self._live()
        self._worker().put_job(job)

    def _worker(self) -> StoreWriter:
        if self._queue is None:
            self._queue = StoreWriter(self.path)
        return self._queue

    def flush_uses(self, timeout: float = 5.0) -> bool:
        """Wait up to `timeout` s until every queued change is on disk; True when it is (or none queued)."""
        return self._queue is None or self._queue.flush(timeout)

    def pending_uses(self) -> int:
        """Changes queued (uses, favourites, jobs) and not on disk yet."""
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

    def queue_mark_worked(
        self,
        phrase_id: str,
        topic: str = "",
        *,
        saved: Callable[[object], None] | None = None,
        given_up: Callable[[str], None] | None = None,
    ) -> None:
        """mark_worked from the writer thread (the GUI's way, see queue_write): returns at once; `saved`
        (the new count) or `given_up` (why, in words) tell how it ended, on the writer's thread."""
        from calmdesk.store import worked

        _check_id(phrase_id)
        mark = WriteJob(
            "save the mark", lambda conn, path: worked.mark(conn, path, phrase_id, topic), saved, given_up
        )
        self.queue_write(mark)

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
            self._complaints = ComplaintBook(conn, self.path, self.queue_write, self.flush_uses)
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
        """Close the database; safe to call twice. Queued changes are written first (waiting up to
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


def _check_id(phrase_id: str) -> None:
    if not isinstance(phrase_id, str) or not phrase_id:
        raise ValueError(f"phrase id must be a non-empty string, not {phrase_id!r}")
