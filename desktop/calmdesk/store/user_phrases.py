"""The user's own phrases in the SQLite store: add, edit, customize a built-in, hide, delete and undo.

A phrase may have a version per language, like a pack's (one id, one row per language); a row's `lang` is
"" when it was saved before phrases had languages: it is shown in whatever language the library is shown in.

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

from calmdesk.core.messages import N_
from calmdesk.core.messages import gettext as _
from calmdesk.core.model import Phrase
from calmdesk.store.dbfile import as_store_error
from calmdesk.store.errors import StoreError
from calmdesk.store.opening import lock_wait
from calmdesk.store.phrase_rows import COLUMNS, PLACES, READ_ALL, Key, as_user, read_row, read_rows, to_row
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
        unique = list(dict.fromkeys(ids))
        words = _("Not imported: it would overwrite your phrases {ids}.")
        super().__init__(words.format(ids=", ".join(unique[:5])))
        self.ids = tuple(unique)


class UserPhrases:
    """The user_phrases, hidden_phrases and deleted_phrases tables of a `UserStore`."""

    def __init__(self, store: UserStore, *, lock_wait: float | None = None) -> None:
        """`lock_wait`: how long a write waits for another program's lock before it says so (None: the
        store's busy timeout); a window sets it short, so a save never freezes it (store.opening)."""
        self._store = store
        self._lock_wait = lock_wait
        self._phrases: dict[Key, UserPhrase] = {}
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
            raise as_store_error(exc, self._store.path, N_("read your phrases")) from exc
        return tuple(row)

    def _load(self) -> None:
        conn = self._store.connection()
        self._seen = self._fingerprint()
        try:
            rows = conn.execute(READ_ALL).fetchall()
            hidden = conn.execute("SELECT phrase_id FROM hidden_phrases").fetchall()
        except sqlite3.Error as exc:
            raise as_store_error(exc, self._store.path, N_("read your phrases")) from exc
        self._phrases = {entry.key: entry for entry in read_rows(rows)}
        self._hidden = frozenset(str(pid) for (pid,) in hidden)

    # -- reading ----------------------------------------------------------------------------------------

    def all(self) -> list[UserPhrase]:
        """Every user phrase, every language's version, in the order they were added."""
        return list(self._phrases.values())

    def get(self, phrase_id: str, lang: str | None = None) -> UserPhrase | None:
        """The user's version of `phrase_id` that a library shown in `lang` shows: the one in `lang`, else
        the one saved before languages (""); without `lang`, the first version saved."""
        if lang is None:
            return next(iter(self.versions(phrase_id)), None)
        return self._phrases.get((phrase_id, lang)) or self._phrases.get((phrase_id, ""))

    def versions(self, phrase_id: str) -> list[UserPhrase]:
        """Every language's version of `phrase_id` the user has, in the order they were added."""
        return [e for (pid, _lang), e in self._phrases.items() if pid == phrase_id]

    def hidden(self) -> frozenset[str]:
        return self._hidden

    # -- writing ----------------------------------------------------------------------------------------

    def save(self, phrase: Phrase, *, customizes: bool = False, origin: str = "") -> None:
        """Add or replace one version of a phrase (its id and `lang` decide which). Saved before returning."""
        entry = UserPhrase(as_user(phrase), customizes, origin or self._origin_of(phrase.id))
        self._write(N_("save the phrase"), lambda conn: self._upsert(conn, [entry]))
        self._phrases[entry.key] = entry

    def save_many(self, entries: Sequence[UserPhrase], *, replace_ids: Iterable[str | Key] = ()) -> None:
        """One transaction for an import: every entry is written, or (on any error) none is.

        Only the versions named in `replace_ids` ((id, lang), or an id for all its languages) may overwrite
        a phrase. They are checked again inside the write transaction: another import may have taken one
        since this one planned (IdsTaken, nothing written).
        """
        entries = [UserPhrase(as_user(e.phrase), e.customizes, e.origin) for e in entries]
        allowed = _Allowed(replace_ids)
        clash = [e.phrase.id for e in entries if e.key in self._phrases and e.key not in allowed]
        if clash:
            raise IdsTaken(clash)
        self._write(
            N_("import the phrases (nothing was imported)"),
            lambda conn: self._upsert(conn, entries, may_replace=allowed),
        )
        for entry in entries:
            self._phrases[entry.key] = entry

    def delete(self, phrase_id: str, lang: str | None = None) -> None:
        """Delete the user's version of a phrase that `get(phrase_id, lang)` gives (a customization: back
        to the original); `undo_delete` brings it back."""
        entry = self.get(phrase_id, lang)
        if entry is None:
            raise KeyError(phrase_id)
        key = entry.key

        def change(conn: sqlite3.Connection) -> None:
            row = conn.execute(
                f"SELECT {COLUMNS} FROM user_phrases WHERE id = ? AND lang = ?", key
            ).fetchone()
            conn.execute(
                "INSERT INTO deleted_phrases (deleted_at, phrase_id, row_json) VALUES (?, ?, ?)",
                (_now(conn), phrase_id, json.dumps(list(row))),
            )
            conn.execute("DELETE FROM user_phrases WHERE id = ? AND lang = ?", key)
            conn.execute(
                "DELETE FROM deleted_phrases WHERE rowid NOT IN "
                "(SELECT rowid FROM deleted_phrases ORDER BY rowid DESC LIMIT ?)",
                (KEEP_DELETED,),
            )

        self._write(N_("delete the phrase (it is still there)"), change)
        del self._phrases[key]

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
            values += [""] * (len(COLUMNS.split(",")) - len(values))  # kept before rows had a language
            conn.execute(f"INSERT OR REPLACE INTO user_phrases ({COLUMNS}) VALUES ({PLACES})", values)
            conn.execute("DELETE FROM deleted_phrases WHERE rowid = ?", (row[0],))
            entry = read_row(values)
            if entry is not None:
                restored.append(entry)

        self._write(N_("undo the delete"), change)
        if not restored:
            return None
        self._phrases[restored[0].key] = restored[0]
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

        self._write(N_("hide the phrase"), change)
        self._hidden = self._hidden | {phrase_id} if hidden else self._hidden - {phrase_id}

    # -- helpers ----------------------------------------------------------------------------------------

    def _origin_of(self, phrase_id: str) -> str:
        known = self.get(phrase_id)
        return known.origin if known else ""

    def _upsert(
        self,
        conn: sqlite3.Connection,
        entries: Sequence[UserPhrase],
        *,
        may_replace: _Allowed | None = None,
    ) -> None:
        """Write `entries` (inside the caller's transaction); with `may_replace`, only those versions may
        overwrite a row, and IdsTaken (before anything is committed) names the others found. A new
        language's version takes its phrase's place in the order."""
        row = conn.execute("SELECT coalesce(max(position), 0) FROM user_phrases").fetchone()
        position = int(row[0])
        stamp = _now(conn)
        taken: list[str] = []
        for entry in entries:
            # The id's row in this language first, else any of its versions (for the place in the order).
            known = conn.execute(
                "SELECT lang = ?, position FROM user_phrases WHERE id = ? ORDER BY lang = ? DESC LIMIT 1",
                (entry.phrase.lang, entry.phrase.id, entry.phrase.lang),
            ).fetchone()
            same = known is not None and bool(known[0])
            if same and may_replace is not None and entry.key not in may_replace:
                taken.append(entry.phrase.id)
                continue
            if known is None:
                position += 1
            conn.execute(
                f"INSERT OR REPLACE INTO user_phrases ({COLUMNS}) VALUES ({PLACES})",
                to_row(entry, int(known[1]) if known else position, stamp),
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


class _Allowed:
    """The versions an import may overwrite: (id, lang) pairs, or a bare id for every language of it."""

    def __init__(self, named: Iterable[str | Key]) -> None:
        named = list(named)
        self._ids = frozenset(n for n in named if isinstance(n, str))
        self._keys = frozenset(n for n in named if not isinstance(n, str))

    def __contains__(self, key: object) -> bool:
        return key in self._keys or (isinstance(key, tuple) and key[0] in self._ids)


def _now(conn: sqlite3.Connection) -> int:
    del conn  # the clock, not the database, gives the time; kept as a parameter for symmetry of callers
    return time.time_ns() // 1000
