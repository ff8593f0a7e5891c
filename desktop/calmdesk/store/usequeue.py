"""Phrase uses written from a thread of their own: the picker never waits on the disk, and no use is lost.

Another program holding the database's write lock (a backup tool, a second CalmDesk in the middle of a
write) used to block every copy for the whole busy timeout, after which the use was dropped. Here a copy
only adds the use to a pending table in memory; a worker thread writes what is pending in one short
transaction, and when the file is busy it keeps the uses and tries again a little later.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

from calmdesk.store.query_choices import UPSERT_CHOICE, trim_choices

log = logging.getLogger(__name__)

# The worker's wait for a lock per try: short, so a close() is never held up long by one attempt.
WRITE_BUSY_TIMEOUT = 0.25
# Pauses between tries while the file stays locked (the last one repeats): soon at first, then calmly.
RETRY_DELAYS = (0.1, 0.3, 1.0, 2.0, 5.0)

# A use adds to the count and moves last_used on. A row whose count or time is not a sane integer (written
# by hand or by a tool: the store skips it when reading) is repaired by the use instead of failing it. The
# bounds are usage_rows' MAX_COUNT and MAX_STAMP (2^53), so what is skipped and what is reset agree.
UPSERT_USE = """
INSERT INTO usage (phrase_id, uses, last_used) VALUES (?, ?, ?)
ON CONFLICT (phrase_id) DO UPDATE SET
    uses = CASE WHEN typeof(uses) = 'integer' AND uses BETWEEN 1 AND 1000000000000
                 AND typeof(last_used) = 'integer' AND last_used BETWEEN 0 AND 9007199254740992
                THEN uses + excluded.uses ELSE excluded.uses END,
    last_used = excluded.last_used
"""


# The search memory's row for a copy made after a query (see store.query_memory), written with the uses.

Choices = dict[tuple[str, str], tuple[int, int]]  # (query key, phrase id) -> count, newest stamp


ADD_FAVOURITE = (
    "INSERT INTO favourites (phrase_id, added_at) VALUES (?, ?) ON CONFLICT (phrase_id) DO NOTHING"
)
REMOVE_FAVOURITE = "DELETE FROM favourites WHERE phrase_id = ?"


class UseQueue:
    """Pending uses (id -> count, newest stamp), pending favourite changes (id -> now a favourite?, stamp),
    and the thread that writes them to `path`.

    A use may carry the query words it was found by: the search memory's row is written in the same
    transaction, so the memory and the usage never disagree about a copy.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._pending: dict[str, tuple[int, int]] = {}
        self._choices: Choices = {}
        self._favourites: dict[str, tuple[bool, int]] = {}  # only the last change per id matters
        self._writing = 0  # uses taken by the worker and not yet committed
        self._closing = False
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="calmdesk-use-writer", daemon=True)
        self._thread.start()

    def put(self, phrase_id: str, stamp: int, query_key: str = "") -> None:
        """Queue one use of `phrase_id` made at `stamp` (found by `query_key`, if any); returns at once."""
        with self._cond:
            count, _ = self._pending.get(phrase_id, (0, 0))
            self._pending[phrase_id] = (count + 1, stamp)
            if query_key:
                count, _ = self._choices.get((query_key, phrase_id), (0, 0))
                self._choices[query_key, phrase_id] = (count + 1, stamp)
            self._cond.notify_all()

    def put_favourite(self, phrase_id: str, adding: bool, stamp: int) -> None:
        """Queue a favourite change (the last one per phrase wins); returns at once."""
        with self._cond:
            self._favourites[phrase_id] = (adding, stamp)
            self._cond.notify_all()

    def pending(self) -> int:
        """How many uses and favourite changes are not on disk yet."""
        with self._cond:
            return sum(count for count, _ in self._pending.values()) + len(self._favourites) + self._writing

    def flush(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for every queued use to be on disk; True when they all are."""
        deadline = time.monotonic() + timeout
        with self._cond:
            self._cond.notify_all()
            while self._pending or self._favourites or self._writing:
                left = deadline - time.monotonic()
                if left <= 0 or not self._thread.is_alive():
                    return False
                self._cond.wait(min(left, 0.05))
            return True

    def close(self, timeout: float) -> int:
        """Write what is pending (trying for up to `timeout` s), then stop; returns the uses left unsaved."""
        self.flush(timeout)
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._thread.join(max(timeout, 0.5))
        left = self.pending()
        if left:
            log.warning("%d phrase use(s) could not be saved to %s before closing", left, self._path)
        return left

    # -- the worker thread ------------------------------------------------------------------------------

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        failures = 0
        try:
            while True:
                with self._cond:
                    while not self._pending and not self._favourites and not self._closing:
                        self._cond.wait()
                    if self._closing:
                        return
                    batch, self._pending = self._pending, {}
                    choices, self._choices = self._choices, {}
                    favourites, self._favourites = self._favourites, {}
                    self._writing = sum(count for count, _ in batch.values()) + len(favourites)
                try:
                    conn = conn or _connect(self._path)
                    _write(conn, batch, favourites, choices)
                    failures = 0
                    batch, favourites, choices = {}, {}, {}
                except Exception as exc:  # sqlite3.Error mostly; whatever it is, the uses are kept
                    if failures == 0:  # once per streak: a read-only file would fill the log otherwise
                        log.warning("could not save %d phrase use(s) yet: %s", self._writing, exc)
                    failures += 1
                with self._cond:
                    self._merge_back(batch)
                    for key, (count, stamp) in choices.items():
                        newer, newer_stamp = self._choices.get(key, (0, 0))
                        self._choices[key] = (count + newer, max(stamp, newer_stamp))
                    for phrase_id, change in favourites.items():  # a change made since wins
                        self._favourites.setdefault(phrase_id, change)
                    self._writing = 0
                    self._cond.notify_all()
                    if (
                        batch or favourites or choices
                    ):  # kept: wait a little (a close() or flush() wakes us) and try again
                        self._cond.wait(RETRY_DELAYS[min(failures, len(RETRY_DELAYS)) - 1])
        finally:
            if conn is not None:
                conn.close()

    def _merge_back(self, batch: dict[str, tuple[int, int]]) -> None:
        """Put uses that were not written back in front of those queued since (caller holds the lock)."""
        for phrase_id, (count, stamp) in batch.items():
            newer, newer_stamp = self._pending.get(phrase_id, (0, 0))
            self._pending[phrase_id] = (count + newer, max(stamp, newer_stamp))


def _connect(path: Path) -> sqlite3.Connection:
    # The file is already created, migrated and in WAL mode: UserStore.open did that before any use.
    conn = sqlite3.connect(path, timeout=WRITE_BUSY_TIMEOUT, isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def _write(
    conn: sqlite3.Connection,
    batch: dict[str, tuple[int, int]],
    favourites: dict[str, tuple[bool, int]],
    choices: Choices,
) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for phrase_id, (count, stamp) in batch.items():
            conn.execute(UPSERT_USE, (phrase_id, count, stamp))
        for phrase_id, (adding, stamp) in favourites.items():
            if adding:
                conn.execute(ADD_FAVOURITE, (phrase_id, stamp))
            else:
                conn.execute(REMOVE_FAVOURITE, (phrase_id,))
        for (key, phrase_id), (count, stamp) in choices.items():
            conn.execute(UPSERT_CHOICE, (key, phrase_id, count, stamp))
        if choices:
            trim_choices(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
