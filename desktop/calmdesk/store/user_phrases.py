"""The user's own phrases in the SQLite store: add, edit, customize a built-in, hide, delete and undo.

Every change is committed before the method returns, and the in-memory copy changes only after the commit,
so what the editor shows is what is on disk. Imports are one transaction: all of it or none of it.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Iterable, Sequence
from typing import Any

from calmdesk.core.model import Phrase
from calmdesk.store.dbfile import as_store_error
from calmdesk.store.errors import StoreError
from calmdesk.store.opening import lock_wait
from calmdesk.store.phrase_rows import COLUMNS, READ_ALL, as_user, read_row, read_rows, to_row
from calmdesk.store.phrase_rows import UserPhrase as UserPhrase  # where importers have always found it
from calmdesk.store.userstore import UserStore

log = logging.getLogger(__name__)

KEEP_DELETED = 20  # deleted phrases kept for undo; older ones are gone for good
# Changes whenever a phrase is added, edited, deleted or brought back, or a phrase hidden or shown again.
_FINGERPRINT = (
    "SELECT (SELECT count(*) FROM user_phrases), (SELECT max(modified_at) FROM user_phrases), "
    "(SELECT count(*) FROM hidden_phrases), (SELECT max(hidden_at) FROM hidden_phrases), "
    "(SELECT count(*) FROM deleted_phrases)"
)


class IdsTaken(StoreError):
    """Phrases of an import would overwrite phrases that exist (another import may have just added them)."""

    def __init__(self, ids: Sequence[str]) -> None:
        super().__init__(f"Not imported: it would overwrite your phrases {', '.join(ids[:5])}.")
        self.ids = tuple(ids)


class UserPhrases:
    """The user_phrases, hidden_phrases and deleted_phrases tables of a `UserStore`."""

    def __init__(self, store: UserStore, *, lock_wait: float | None = None) -> None:
        """`lock_wait`: how long a write waits for another program's lock before it says so (None: the
        store's busy timeout); a window sets it short, so a save never freezes it (store.opening)."""
        self._store = store
        self._lock_wait = lock_wait
        self._phrases: dict[str, UserPhrase] = {}
        self._hidden: frozenset[str] = frozenset()
        self._seen: tuple[object, ...] = ()
        self._load()

    def refresh(self) -> bool:
        """Read the phrases again when another program (`calmdesk import`, a second app) changed them;
        True when it did. Cheap enough to ask whenever the data file says it was written."""
        if self._fingerprint() == self._seen:
            return False
        self._load()
        return True

    def _fingerprint(self) -> tuple[object, ...]:
        try:
            row = self._store.connection().execute(_FINGERPRINT).fetchone()
        except sqlite3.Error as exc:
            raise as_store_error(exc, self._store.path, "read your phrases") from exc
        return tuple(row)

    def _load(self) -> None:
        conn = self._store.connection()
        self._seen = self._fingerprint()
        try:
            rows = conn.execute(READ_ALL).fetchall()
            hidden = conn.execute("SELECT phrase_id FROM hidden_phrases").fetchall()
        except sqlite3.Error as exc:
            raise as_store_error(exc, self._store.path, "read your phrases") from exc
        self._phrases = {entry.phrase.id: entry for entry in read_rows(rows)}
        self._hidden = frozenset(str(pid) for (pid,) in hidden)

    # -- reading ----------------------------------------------------------------------------------------

    def all(self) -> list[UserPhrase]:
        """Every user phrase, in the order they were added."""
        return list(self._phrases.values())

    def get(self, phrase_id: str) -> UserPhrase | None:
        return self._phrases.get(phrase_id)

    def hidden(self) -> frozenset[str]:
        return self._hidden

    # -- writing ----------------------------------------------------------------------------------------

    def save(self, phrase: Phrase, *, customizes: bool = False, origin: str = "") -> None:
        """Add or replace one phrase (its id decides which). Saved before returning."""
        entry = UserPhrase(as_user(phrase), customizes, origin or self._origin_of(phrase.id))
        self._write("save the phrase", lambda conn: self._upsert(conn, [entry]))
        self._phrases[phrase.id] = entry

    def save_many(self, entries: Sequence[UserPhrase], *, replace_ids: Iterable[str] = ()) -> None:
        """One transaction for an import: every entry is written, or (on any error) none is.

        Only the ids in `replace_ids` may overwrite a phrase. The ids are checked again inside the write
        transaction: another import may have taken one since this one planned (IdsTaken, nothing written).
        """
        entries = [UserPhrase(as_user(e.phrase), e.customizes, e.origin) for e in entries]
        allowed = frozenset(replace_ids)
        clash = [e.phrase.id for e in entries if e.phrase.id in self._phrases and e.phrase.id not in allowed]
        if clash:
            raise IdsTaken(clash)
        self._write(
            "import the phrases (nothing was imported)",
            lambda conn: self._upsert(conn, entries, may_replace=allowed),
        )
        for entry in entries:
            self._phrases[entry.phrase.id] = entry

    def delete(self, phrase_id: str) -> None:
        """Delete a user phrase (a customization: back to the original); `undo_delete` brings it back."""
        entry = self._phrases.get(phrase_id)
        if entry is None:
            raise KeyError(phrase_id)

        def change(conn: sqlite3.Connection) -> None:
            row = conn.execute(f"SELECT {COLUMNS} FROM user_phrases WHERE id = ?", (phrase_id,)).fetchone()
            conn.execute(
                "INSERT INTO deleted_phrases (deleted_at, phrase_id, row_json) VALUES (?, ?, ?)",
                (_now(conn), phrase_id, json.dumps(list(row))),
            )
            conn.execute("DELETE FROM user_phrases WHERE id = ?", (phrase_id,))
            conn.execute(
                "DELETE FROM deleted_phrases WHERE rowid NOT IN "
                "(SELECT rowid FROM deleted_phrases ORDER BY rowid DESC LIMIT ?)",
                (KEEP_DELETED,),
            )

        self._write("delete the phrase (it is still there)", change)
        del self._phrases[phrase_id]

    def undo_delete(self) -> str | None:
        """Bring back the phrase deleted last; its id, or None when nothing is left to undo."""
        restored: list[UserPhrase] = []

        def change(conn: sqlite3.Connection) -> None:
            row = conn.execute(
                "SELECT rowid, row_json FROM deleted_phrases ORDER BY rowid DESC LIMIT 1"
            ).fetchone()
            if row is None:
                return
            values = json.loads(row[1])
            conn.execute(
                f"INSERT OR REPLACE INTO user_phrases ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)", values
            )
            conn.execute("DELETE FROM deleted_phrases WHERE rowid = ?", (row[0],))
            entry = read_row(values)
            if entry is not None:
                restored.append(entry)

        self._write("undo the delete", change)
        if not restored:
            return None
        self._phrases[restored[0].phrase.id] = restored[0]
        return restored[0].phrase.id

    def set_hidden(self, phrase_id: str, hidden: bool) -> None:
        """Hide a built-in or team phrase from the picker and the lists (or show it again)."""

        def change(conn: sqlite3.Connection) -> None:
            if hidden:
                conn.execute(
                    "INSERT OR IGNORE INTO hidden_phrases (phrase_id, hidden_at) VALUES (?, ?)",
                    (phrase_id, _now(conn)),
                )
            else:
                conn.execute("DELETE FROM hidden_phrases WHERE phrase_id = ?", (phrase_id,))

        self._write("hide the phrase", change)
        self._hidden = self._hidden | {phrase_id} if hidden else self._hidden - {phrase_id}

    # -- helpers ----------------------------------------------------------------------------------------

    def _origin_of(self, phrase_id: str) -> str:
        known = self._phrases.get(phrase_id)
        return known.origin if known else ""

    def _upsert(
        self,
        conn: sqlite3.Connection,
        entries: Sequence[UserPhrase],
        *,
        may_replace: frozenset[str] | None = None,
    ) -> None:
        """Write `entries` (inside the caller's transaction); with `may_replace`, only those ids may
        overwrite a row, and IdsTaken (before anything is committed) names the others found."""
        row = conn.execute("SELECT coalesce(max(position), 0) FROM user_phrases").fetchone()
        position = int(row[0])
        stamp = _now(conn)
        taken: list[str] = []
        for entry in entries:
            known = conn.execute(
                "SELECT position FROM user_phrases WHERE id = ?", (entry.phrase.id,)
            ).fetchone()
            if known is not None and may_replace is not None and entry.phrase.id not in may_replace:
                taken.append(entry.phrase.id)
                continue
            if known is None:
                position += 1
            conn.execute(
                f"INSERT OR REPLACE INTO user_phrases ({COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                to_row(entry, int(known[0]) if known else position, stamp),
            )
        if taken:
            raise IdsTaken(taken)

    def _write(self, action: str, change: Any) -> None:
        conn = self._store.connection()
        try:
            with lock_wait(conn, self._lock_wait):
                conn.execute("BEGIN IMMEDIATE")
            try:
                change(conn)
                conn.execute("COMMIT")
                self._seen = self._fingerprint()  # our own change is no news to `refresh`
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise as_store_error(exc, self._store.path, action) from exc


def _now(conn: sqlite3.Connection) -> int:
    del conn  # the clock, not the database, gives the time; kept as a parameter for symmetry of callers
    return time.time_ns() // 1000
