"""A table kept in the user database, read fresh: one committed transaction per change, and change polling."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from calmdesk.store.actions import READ
from calmdesk.store.dbfile import as_store_error
from calmdesk.store.write_jobs import WriteJob


def to_stamp(moment: datetime) -> int:
    """Unix time in integer microseconds, the store's one time format (see migrations)."""
    if moment.tzinfo is None:
        raise ValueError("times must carry a timezone")
    delta = moment - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_stamp(stamp: int) -> datetime:
    return datetime.fromtimestamp(stamp / 1_000_000, UTC)


def now() -> datetime:
    return datetime.now(UTC)


class FreshTable:
    """Reads go to SQLite each time rather than to a mirror in memory: the CLI and the app write the same
    file, and these tables are small. `changed()` tells a poller cheaply whether another connection
    committed since it last looked (`PRAGMA data_version`)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        writes: Callable[[WriteJob], None] | None = None,
        flush: Callable[[float], bool] | None = None,
    ) -> None:
        self._conn = conn
        self.path = path
        self._seen_version = self.data_version()
        self._writes = writes  # UserStore's writer thread (store.writer): `queue` hands it changes
        self._flush = flush

    # -- changes made by the store's writer thread (the GUI's way) ---------------------------------------

    def queue(
        self,
        what: str,
        change: Callable[[Self], object],
        *,
        done: Callable[[object], None] | None = None,
        given_up: Callable[[str], None] | None = None,
    ) -> None:
        """Make `change` later, from the store's writer thread, on a table object of its own: the GUI's
        way, which never waits on a file another program holds locked. `change` runs as one transaction
        (this object's writes nest in it), kept and retried while the file is busy; `done` (its result)
        or `given_up` (why, in words) tell how it ended, on the writer's thread."""
        if self._writes is None:
            raise RuntimeError("this table has no writer thread: it was not made by UserStore")
        kind = type(self)
        self._writes(WriteJob(what, lambda conn, path: change(kind(conn, path)), done, given_up))

    def wait_for_queued(self, timeout: float) -> bool:
        """Wait up to `timeout` s for the changes queued before (see `queue`); True when all are written."""
        return self._flush is None or self._flush(timeout)

    # -- change detection -------------------------------------------------------------------------------

    def data_version(self) -> int:
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        """True once after another connection (the CLI, a second app) committed a change."""
        version = self.data_version()
        if version == self._seen_version:
            return False
        self._seen_version = version
        return True

    @contextmanager
    def _write(self, action: str) -> Iterator[sqlite3.Connection]:
        """One transaction, taken with the write lock at once so a second writer waits, then commits.

        Inside a transaction already open (the store's writer thread runs several changes as one job, see
        store.writer) it is a savepoint of that one instead: the job commits or rolls back as a whole.
        """
        conn = self._conn
        nested = conn.in_transaction
        begin, commit, undo = (
            ("SAVEPOINT change", "RELEASE change", "ROLLBACK TO change")
            if nested
            else ("BEGIN IMMEDIATE", "COMMIT", "ROLLBACK")
        )
        try:
            conn.execute(begin)
            try:
                yield conn
                conn.execute(commit)
            except BaseException:
                if conn.in_transaction:
                    conn.execute(undo)
                    if nested:
                        conn.execute(commit)  # a savepoint rolled back to is still open until released
                raise
        except sqlite3.Error as exc:
            raise as_store_error(exc, self.path, action) from exc

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return list(self._conn.execute(sql, params).fetchall())
        except sqlite3.Error as exc:
            raise as_store_error(exc, self.path, READ) from exc
