"""The user database (SQLite): one connection, the writer thread, complaints, marks, backups and restore."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from calmdesk.core.messages import N_
from calmdesk.core.messages import gettext as _
from calmdesk.store import backup, paths
from calmdesk.store.complaints import ComplaintBook
from calmdesk.store.dbfile import as_store_error
from calmdesk.store.errors import StoreError
from calmdesk.store.opening import DEFAULT_BUSY_TIMEOUT, is_read_only, open_database
from calmdesk.store.phrase_usage import RECENCY_HALF_LIFE, RECENCY_WINDOW, PhraseUsage, check_id
from calmdesk.store.query_memory import QueryMemory
from calmdesk.store.restore import backup_failed, daily_backup_due, restore_over
from calmdesk.store.write_jobs import WriteJob
from calmdesk.store.writer import StoreWriter

__all__ = ["DEFAULT_BUSY_TIMEOUT", "RECENCY_HALF_LIFE", "RECENCY_WINDOW", "StoreError", "UserStore"]

log = logging.getLogger(__name__)

CLOSE_FLUSH_TIMEOUT = 3.0  # seconds close() waits for queued changes while another program holds the lock


class UserStore(PhraseUsage):
    """The user's data file: favourites and uses of phrases (PhraseUsage), the search memory, "it worked"
    marks, complaints, the writer thread for the GUI's changes, backups and restore.

    Build it with `UserStore.open(path)`. Writes go to SQLite first and update the in-memory copy only
    after the commit, so what the UI shows is always on disk. Reads come from memory. Problems that were
    recovered from (a damaged file moved aside) are listed in `notices` for the UI to show once.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, notices: list[str]) -> None:
        self.path = path
        self.notices = notices
        self.backup_dir = paths.backup_dir()  # open() sets the one it was given
        self._conn: sqlite3.Connection | None = conn
        self._queue: StoreWriter | None = None  # started by the first queued change
        self._complaints: ComplaintBook | None = None
        self._query_memory: QueryMemory | None = None
        self._load_usage(conn)
        self.read_only = is_read_only(conn)
        if self.read_only:
            words = _(
                "Your CalmDesk data file {path} cannot be written (it is read-only). Phrases work as usual, "
                "but favourites and recent phrases will not be saved until it can be written again."
            )
            self.notices.append(words.format(path=path))

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

    def _live(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(_("CalmDesk's data file is already closed."))
        return self._conn

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
            raise as_store_error(exc, self.path, N_("clear the usage history (nothing was cleared)")) from exc
        self._forget_uses()
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

        check_id(phrase_id)
        mark = WriteJob(
            N_("save the mark"), lambda conn, path: worked.mark(conn, path, phrase_id, topic), saved, given_up
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
        self._load_usage(self._live())
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
