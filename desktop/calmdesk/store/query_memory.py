"""Which phrase the agent copied after which query words: a bounded memory that lifts it the next time."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from calmdesk.core.messages import N_
from calmdesk.store import query_choices
from calmdesk.store.dbfile import as_store_error

MAX_KEY_CHARS = 200


class QueryMemory:
    """The query_choices table, mirrored in memory: `learned` costs nothing on a keystroke."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._path = path
        self._choices: dict[str, dict[str, int]] = {}  # query key -> phrase id -> uses
        self._rows = 0
        self._load()

    def _load(self) -> None:
        try:
            rows = self._conn.execute("SELECT query_key, phrase_id, uses FROM query_choices").fetchall()
        except sqlite3.Error as exc:
            raise as_store_error(exc, self._path, N_("read the search memory")) from exc
        self._choices = {}
        self._rows = 0
        for key, phrase_id, uses in rows:
            # A damaged row (text where a count belongs) is skipped, never fatal: this is only a hint.
            if isinstance(key, str) and isinstance(phrase_id, str) and isinstance(uses, int) and uses > 0:
                self._choices.setdefault(key, {})[phrase_id] = uses
                self._rows += 1

    def learned(self, key: str) -> dict[str, float]:
        """Phrase id -> weight in (0, 1] for the phrases copied after `key`, 1 for the most copied."""
        found = self._choices.get(key)
        if not found:
            return {}
        most = max(found.values())
        return {phrase_id: uses / most for phrase_id, uses in found.items()}

    def remember(self, key: str, phrase_id: str) -> None:
        """One more copy of `phrase_id` after a query with `key`, written before returning (the CLI's way;
        the GUI queues it with the use: `UserStore.queue_use(..., query_key=)`)."""
        if not key or len(key) > MAX_KEY_CHARS or not phrase_id:
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.execute(query_choices.UPSERT_CHOICE, (key, phrase_id, 1, time.time_ns() // 1000))
                trimmed = self._rows + 1 > query_choices.MAX_ROWS
                if trimmed:
                    query_choices.trim_choices(self._conn)
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise as_store_error(exc, self._path, N_("save the search memory")) from exc
        if trimmed:
            self._load()
        else:
            self.note(key, phrase_id)

    def note(self, key: str, phrase_id: str) -> None:
        """Count a copy in memory only (its row is written by the use queue)."""
        known = self._choices.setdefault(key, {})
        self._rows += phrase_id not in known
        known[phrase_id] = known.get(phrase_id, 0) + 1

    def cleared(self) -> None:
        self._choices = {}
        self._rows = 0

    def __len__(self) -> int:
        return self._rows
