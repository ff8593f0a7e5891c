"""Favourites and phrase uses of the user store: saved at once or by the writer thread, mirrored in memory."""

from __future__ import annotations

import itertools
import logging
import sqlite3
import time
from collections import OrderedDict
from pathlib import Path

from calmdesk.core.messages import N_, ngettext
from calmdesk.store.dbfile import as_store_error
from calmdesk.store.query_memory import MAX_KEY_CHARS, QueryMemory
from calmdesk.store.usage_rows import read_usage
from calmdesk.store.writer import ADD_FAVOURITE, REMOVE_FAVOURITE, UPSERT_USE, StoreWriter

log = logging.getLogger(__name__)

RECENCY_WINDOW = 50  # phrases that get a recency boost; older ones weigh 0
RECENCY_HALF_LIFE = 7 * 24 * 3600.0  # seconds: a phrase last used a week ago counts half as "recent"


class PhraseUsage:
    """The favourites and usage half of `UserStore` (a base class of it, which gives the connection, the
    writer thread and the search memory). Reads come from memory; a write changes memory after its commit,
    or, for the GUI's queued writes, at once while the writer thread saves it."""

    path: Path
    notices: list[str]
    # Immutable, so favourites() can hand out the very object until the next change.
    _favourites: frozenset[str] = frozenset()
    _last_used: OrderedDict[str, int]  # id -> last_used, least recent first
    _counts: dict[str, int]
    _last_stamp: int = 0
    _recency: tuple[int, dict[str, float]] | None = None  # (minute, weights)

    def _live(self) -> sqlite3.Connection:
        raise NotImplementedError

    def _worker(self) -> StoreWriter:
        raise NotImplementedError

    @property
    def query_memory(self) -> QueryMemory:
        raise NotImplementedError

    def _load_usage(self, conn: sqlite3.Connection) -> None:
        usage = read_usage(conn, self.path)
        self._favourites, self._last_used, self._counts = usage.favourites, usage.last_used, usage.counts
        self._last_stamp = usage.last_stamp
        skipped = usage.skipped
        if skipped:
            log.warning(
                ngettext(
                    "skipped %(count)d unreadable row in %(path)s",
                    "skipped %(count)d unreadable rows in %(path)s",
                    skipped,
                ),
                {"count": skipped, "path": self.path},
            )
            words = ngettext(
                "{count} entry in your CalmDesk data file could not be read and was left out (favourites "
                "and recent phrases); everything else was kept.",
                "{count} entries in your CalmDesk data file could not be read and were left out (favourites "
                "and recent phrases); everything else was kept.",
                skipped,
            )
            self.notices.append(words.format(count=skipped))

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
        check_id(phrase_id)
        adding = phrase_id not in self._favourites
        stamp = self._stamp()
        try:
            if adding:
                conn.execute(ADD_FAVOURITE, (phrase_id, stamp))
            else:
                conn.execute(REMOVE_FAVOURITE, (phrase_id,))
        except sqlite3.Error as exc:
            raise as_store_error(exc, self.path, N_("save the favourite (it was not changed)")) from exc
        self._favourites = self._favourites | {phrase_id} if adding else self._favourites - {phrase_id}
        return adding

    def queue_favourite(self, phrase_id: str) -> bool:
        """Like toggle_favourite, for the GUI: shown at once and written by the worker thread (see
        queue_use), so Ctrl+D in the picker never waits on a file another program holds locked."""
        self._live()
        check_id(phrase_id)
        adding = phrase_id not in self._favourites
        self._worker().put_favourite(phrase_id, adding, self._stamp())
        self._favourites = self._favourites | {phrase_id} if adding else self._favourites - {phrase_id}
        return adding

    # -- usage ------------------------------------------------------------------------------------------

    def record_use(self, phrase_id: str) -> None:
        """Count one use of a phrase now. Saved before returning (the CLI's way; the GUI uses queue_use)."""
        conn = self._live()
        check_id(phrase_id)
        stamp = self._stamp()
        try:
            conn.execute(UPSERT_USE, (phrase_id, 1, stamp))
        except sqlite3.Error as exc:
            raise as_store_error(exc, self.path, N_("save the phrase use")) from exc
        self._count_use(phrase_id, stamp)

    def queue_use(self, phrase_id: str, *, query_key: str = "") -> None:
        """Count one use now and save it from a worker thread: returns at once, never waits on the disk.

        Shown at once (recent, counts); written as soon as the file allows, retried while another program
        holds its lock, and written at close() (which waits a little for it) at the latest.
        """
        self._live()
        check_id(phrase_id)
        stamp = self._stamp()
        key = query_key if len(query_key) <= MAX_KEY_CHARS else ""
        self._worker().put(phrase_id, stamp, key)
        self._count_use(phrase_id, stamp)
        if key:
            self.query_memory.note(key, phrase_id)

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

    def _forget_uses(self) -> None:
        """The history was cleared: no use is remembered any more (favourites stay)."""
        self._last_used.clear()
        self._counts.clear()
        self._recency = None


def check_id(phrase_id: str) -> None:
    if not isinstance(phrase_id, str) or not phrase_id:
        raise ValueError(f"phrase id must be a non-empty string, not {phrase_id!r}")
