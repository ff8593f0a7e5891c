"""The GUI's writes, made from a thread of their own: a window never waits on the disk, and nothing is lost.

Another program holding the database's write lock (a backup tool, a second CalmDesk in the middle of a
write) used to block every copy for the whole busy timeout, after which the complaint's record of the copy
was dropped. Here a copy only adds to what is pending in memory (uses, favourites, and ordered jobs such as
the complaint's record); a worker thread writes what is pending in one short transaction, and when the file
is busy it keeps all of it and tries again a little later.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

from calmdesk.core.messages import ngettext
from calmdesk.store.query_choices import UPSERT_CHOICE, trim_choices
from calmdesk.store.write_jobs import WriteJob, is_lock_wait, report, run_in_savepoint, why_not

log = logging.getLogger(__name__)

# The worker's wait for a lock per try: short, so a close() is never held up long by one attempt.
WRITE_BUSY_TIMEOUT = 0.25
# Pauses between tries while the file stays locked (the last one repeats): soon at first, then once a
# second, so what waited is written about a second after the lock clears. A try costs one lock probe.
RETRY_DELAYS = (0.1, 0.3, 1.0)

# Tries in a row that fail for another reason than a lock (a read-only file, a full disk) before the jobs
# tried are given up and their owners told; uses stay queued (a count, written when the file allows).
GIVE_UP_AFTER = 3

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


class StoreWriter:
    """What the GUI wrote and the file does not hold yet, and the thread that writes it to `path`.

    Pending: uses (id -> count, newest stamp), favourite changes (id -> now a favourite?, stamp; the last
    one per id wins), and jobs (`WriteJob`, in the order given). A use may carry the query words it was
    found by: the search memory's row is written in the same transaction, so the memory and the usage never
    disagree about a copy. A job that cannot be made is rolled back alone and reported to its owner; one
    still pending when the writer closes is reported too: nothing is dropped without a word.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._pending: dict[str, tuple[int, int]] = {}
        self._choices: Choices = {}
        self._favourites: dict[str, tuple[bool, int]] = {}
        self._jobs: list[WriteJob] = []
        self._writing = 0  # changes taken by the worker and not yet committed
        self._problem: BaseException | None = None  # why the last try wrote nothing
        self._closing = False
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="calmdesk-store-writer", daemon=True)
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

    def put_job(self, job: WriteJob) -> None:
        """Queue a change, after every job queued before it; returns at once."""
        with self._cond:
            if self._closing:
                raise RuntimeError("the store's writer is closed")
            self._jobs.append(job)
            self._cond.notify_all()

    def pending(self) -> int:
        """How many uses, favourite changes and jobs are not on disk yet."""
        with self._cond:
            return self._waiting() + self._writing

    def _waiting(self) -> int:
        uses = sum(count for count, _ in self._pending.values())
        return uses + len(self._favourites) + len(self._jobs)

    def flush(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for everything queued to be on disk; True when it all is."""
        deadline = time.monotonic() + timeout
        with self._cond:
            self._cond.notify_all()
            while self._waiting() or self._writing:
                left = deadline - time.monotonic()
                if left <= 0 or not self._thread.is_alive():
                    return False
                self._cond.wait(min(left, 0.05))
            return True

    def close(self, timeout: float) -> int:
        """Write what is pending (trying for up to `timeout` s), then stop; returns the changes left unsaved.

        Jobs left are reported to their owners as given up; uses left are logged.
        """
        self.flush(timeout)
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._thread.join(max(timeout, 0.5))
        with self._cond:
            left = self._waiting() + self._writing
            jobs, self._jobs = self._jobs, []
        if left:
            log.warning(
                ngettext(
                    "%(count)d change could not be saved to %(path)s before closing",
                    "%(count)d changes could not be saved to %(path)s before closing",
                    left,
                ),
                {"count": left, "path": self._path},
            )
        for job in jobs:
            report(job, None, why_not(job, self._problem, self._path))
        return left

    # -- the worker thread ------------------------------------------------------------------------------

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        failures = 0  # tries in a row that wrote nothing
        refused = 0  # of those, the ones in a row that failed for another reason than a lock
        try:
            while True:
                with self._cond:
                    while not self._waiting() and not self._closing:
                        self._cond.wait()
                    if self._closing:
                        return
                    batch, self._pending = self._pending, {}
                    choices, self._choices = self._choices, {}
                    favourites, self._favourites = self._favourites, {}
                    jobs, self._jobs = self._jobs, []
                    self._writing = sum(count for count, _ in batch.values()) + len(favourites) + len(jobs)
                ended: list[tuple[WriteJob, object, str | None]] = []
                try:
                    conn = conn or _connect(self._path)
                    ended = _write(conn, self._path, batch, favourites, choices, jobs)
                    failures = 0
                    batch, favourites, choices, jobs = {}, {}, {}, []
                except Exception as exc:  # sqlite3.Error or Retry mostly; whatever it is, all is kept
                    if failures == 0:  # once per streak: a read-only file would fill the log otherwise
                        log.warning(
                            ngettext(
                                "could not save %(count)d change yet: %(reason)s",
                                "could not save %(count)d changes yet: %(reason)s",
                                self._writing,
                            ),
                            {"count": self._writing, "reason": exc},
                        )
                    failures += 1
                    refused = 0 if is_lock_wait(exc) else refused + 1
                    self._problem = exc
                    if refused >= GIVE_UP_AFTER:  # not a lock that will clear: the owners must hear it
                        ended, jobs = [(job, None, why_not(job, exc, self._path)) for job in jobs], []
                for job, result, why in ended:  # outside the lock: an owner may queue more from here
                    report(job, result, why)
                with self._cond:
                    self._merge_back(batch, choices, favourites, jobs)
                    self._writing = 0
                    self._cond.notify_all()
                    if batch or favourites or choices or jobs:
                        # Kept: wait a little (a close() or flush() wakes us) and try again.
                        self._cond.wait(RETRY_DELAYS[min(failures, len(RETRY_DELAYS)) - 1])
        finally:
            if conn is not None:
                conn.close()

    def _merge_back(
        self,
        batch: dict[str, tuple[int, int]],
        choices: Choices,
        favourites: dict[str, tuple[bool, int]],
        jobs: list[WriteJob],
    ) -> None:
        """Put what was not written back in front of what was queued since (caller holds the lock)."""
        for phrase_id, (count, stamp) in batch.items():
            newer, newer_stamp = self._pending.get(phrase_id, (0, 0))
            self._pending[phrase_id] = (count + newer, max(stamp, newer_stamp))
        for key, (count, stamp) in choices.items():
            newer, newer_stamp = self._choices.get(key, (0, 0))
            self._choices[key] = (count + newer, max(stamp, newer_stamp))
        for phrase_id, change in favourites.items():  # a change made since wins
            self._favourites.setdefault(phrase_id, change)
        self._jobs[:0] = jobs


def _connect(path: Path) -> sqlite3.Connection:
    # The file is already created, migrated and in WAL mode: UserStore.open did that before any use.
    conn = sqlite3.connect(path, timeout=WRITE_BUSY_TIMEOUT, isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def _write(
    conn: sqlite3.Connection,
    path: Path,
    batch: dict[str, tuple[int, int]],
    favourites: dict[str, tuple[bool, int]],
    choices: Choices,
    jobs: list[WriteJob],
) -> list[tuple[WriteJob, object, str | None]]:
    """Everything in one transaction; returns each job with its result or why it was given up."""
    ended: list[tuple[WriteJob, object, str | None]] = []
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
        for job in jobs:
            ended.append((job, *run_in_savepoint(conn, path, job)))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return ended
