"""Schema of the user database as an ordered list of SQL steps, applied through `PRAGMA user_version`."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator

log = logging.getLogger(__name__)

# Step N (1-based) turns a version N-1 database into version N. Steps are append-only: a released step is
# never edited, because databases in the field already ran it; a later issue adds e.g. complaint sessions and
# follow-ups as step 2, 3, ... Times are Unix time in integer microseconds: exact, sortable, and fine enough
# that two quick uses never tie (the store keeps them strictly increasing).
MIGRATIONS: list[str] = [
    # v1: favourites and per-phrase usage. Usage keeps a count and the last time rather than one row per use,
    # so the table stays as small as the library however long the app runs; ranking needs no more than this.
    """
    CREATE TABLE favourites (
        phrase_id TEXT PRIMARY KEY,
        added_at  INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE usage (
        phrase_id TEXT PRIMARY KEY,
        uses      INTEGER NOT NULL CHECK (uses > 0),
        last_used INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX usage_last_used ON usage (last_used);
    """,
    # v2: complaints (issue 6). One row per complaint; values, ticked steps and copied phrases in their own
    # tables so each change is one small insert that two processes can make at once without losing either.
    # `current_complaint` has exactly one row, so "which one is current" is a single atomic update.
    # Reminders outlive their complaint (ON DELETE SET NULL): a promise made must never be lost.
    """
    CREATE TABLE complaints (
        id         INTEGER PRIMARY KEY,
        customer   TEXT NOT NULL DEFAULT '',
        channel    TEXT NOT NULL DEFAULT '' CHECK (channel IN ('', 'chat', 'email', 'phone', 'social')),
        ticket     TEXT NOT NULL DEFAULT '',
        topic      TEXT NOT NULL DEFAULT '',
        anger      INTEGER CHECK (anger BETWEEN 1 AND 5),
        started_at INTEGER NOT NULL,
        closed_at  INTEGER
    );
    CREATE INDEX complaints_closed ON complaints (closed_at);
    CREATE TABLE complaint_values (
        complaint_id INTEGER NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
        name         TEXT NOT NULL,
        value        TEXT NOT NULL,
        PRIMARY KEY (complaint_id, name)
    ) WITHOUT ROWID;
    CREATE TABLE complaint_steps (
        complaint_id INTEGER NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
        step         TEXT NOT NULL,
        done_at      INTEGER NOT NULL,
        PRIMARY KEY (complaint_id, step)
    ) WITHOUT ROWID;
    CREATE TABLE complaint_copies (
        id           INTEGER PRIMARY KEY,
        complaint_id INTEGER NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
        phrase_id    TEXT NOT NULL,
        copied_at    INTEGER NOT NULL
    );
    CREATE INDEX complaint_copies_complaint ON complaint_copies (complaint_id, copied_at);
    CREATE TABLE current_complaint (
        only         INTEGER PRIMARY KEY CHECK (only = 1),
        complaint_id INTEGER REFERENCES complaints (id) ON DELETE SET NULL
    );
    INSERT INTO current_complaint (only, complaint_id) VALUES (1, NULL);
    CREATE TABLE reminders (
        id           INTEGER PRIMARY KEY,
        complaint_id INTEGER REFERENCES complaints (id) ON DELETE SET NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('follow_up', 'check_in', 'promise')),
        note         TEXT NOT NULL DEFAULT '',
        due_at       INTEGER NOT NULL,
        done_at      INTEGER,
        notified_at  INTEGER
    );
    CREATE INDEX reminders_due ON reminders (done_at, due_at);
    """,
    # v3 (issue 8): the user's own phrases, loaded like a pack. A row whose id is a built-in or team phrase's
    # (`customizes` = 1) is the user's copy of it and replaces it everywhere; deleting the row reverts. Tags
    # and channels are JSON lists. `hidden_phrases` hides built-in ones; `deleted_phrases` keeps the recently
    # deleted rows (as JSON) so the last delete can be undone, even after a restart.
    """
    CREATE TABLE user_phrases (
        id          TEXT PRIMARY KEY,
        category    TEXT NOT NULL,
        title       TEXT NOT NULL,
        text        TEXT NOT NULL,
        tags        TEXT NOT NULL DEFAULT '[]',
        channels    TEXT NOT NULL DEFAULT '[]',
        step        TEXT,
        customizes  INTEGER NOT NULL DEFAULT 0 CHECK (customizes IN (0, 1)),
        origin      TEXT NOT NULL DEFAULT '',
        position    INTEGER NOT NULL,
        modified_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE hidden_phrases (
        phrase_id TEXT PRIMARY KEY,
        hidden_at INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE deleted_phrases (
        deleted_at INTEGER NOT NULL,
        phrase_id  TEXT NOT NULL,
        row_json   TEXT NOT NULL
    );
    """,
    # v4 (issue 9): phrases the agent privately marked as having worked ("it calmed them down"), per kind of
    # complaint (its topic, normalised; "" when it has none). A count per pair rather than a row per mark:
    # the ranking only needs how often, and the table stays as small as the library.
    """
    CREATE TABLE phrase_worked (
        phrase_id TEXT NOT NULL,
        topic     TEXT NOT NULL DEFAULT '',
        marks     INTEGER NOT NULL DEFAULT 1,
        marked_at INTEGER NOT NULL,
        PRIMARY KEY (phrase_id, topic)
    ) WITHOUT ROWID;
    """,
    # v5 (issue 7): the search memory. One row per query key (the stems of a query's words, sorted) and the
    # phrase copied after it, with a count and the last time, so the oldest can be trimmed to a bound.
    """
    CREATE TABLE query_choices (
        query_key TEXT NOT NULL,
        phrase_id TEXT NOT NULL,
        uses      INTEGER NOT NULL CHECK (uses > 0),
        last_used INTEGER NOT NULL,
        PRIMARY KEY (query_key, phrase_id)
    ) WITHOUT ROWID;
    CREATE INDEX query_choices_last_used ON query_choices (last_used);
    """,
    # v6 (issue 20): the customer's language of a complaint ("" = the agent's content language).
    """
    ALTER TABLE complaints ADD COLUMN lang TEXT NOT NULL DEFAULT '';
    """,
    # v7 (issue 16): who is waiting. A copy that asked the customer something leaves the agent waiting;
    # the agent's "customer replied" restarts the customer's wait (the clock and the target count from it).
    """
    ALTER TABLE complaint_copies ADD COLUMN asks INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE complaint_replies (
        id           INTEGER PRIMARY KEY,
        complaint_id INTEGER NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
        replied_at   INTEGER NOT NULL
    );
    CREATE INDEX complaint_replies_complaint ON complaint_replies (complaint_id, replied_at);
    """,
    # v8 (issue 19): the reading of the customer's message a complaint was started from (its fields and
    # the tips its threats raised, as JSON: core/reading/stored.py), so the panel shows it after a restart.
    # Never the message itself. A table of its own: most complaints have none, and it goes with its complaint.
    """
    CREATE TABLE complaint_readings (
        complaint_id INTEGER PRIMARY KEY REFERENCES complaints (id) ON DELETE CASCADE,
        reading      TEXT NOT NULL,
        read_at      INTEGER NOT NULL
    );
    """,
    # v9 (issue 20): a user phrase has a version per language, like a pack's phrase: the key is (id, lang).
    # Rows from before keep lang '' ("the language the library is shown in", what they meant until now).
    # SQLite cannot change a primary key in place: the table is rebuilt, its rows copied as they are.
    """
    CREATE TABLE user_phrases_next (
        id          TEXT NOT NULL,
        lang        TEXT NOT NULL DEFAULT '',
        category    TEXT NOT NULL,
        title       TEXT NOT NULL,
        text        TEXT NOT NULL,
        tags        TEXT NOT NULL DEFAULT '[]',
        channels    TEXT NOT NULL DEFAULT '[]',
        step        TEXT,
        customizes  INTEGER NOT NULL DEFAULT 0 CHECK (customizes IN (0, 1)),
        origin      TEXT NOT NULL DEFAULT '',
        position    INTEGER NOT NULL,
        modified_at INTEGER NOT NULL,
        PRIMARY KEY (id, lang)
    ) WITHOUT ROWID;
    INSERT INTO user_phrases_next
        (id, lang, category, title, text, tags, channels, step, customizes, origin, position, modified_at)
        SELECT id, '', category, title, text, tags, channels, step, customizes, origin, position, modified_at
        FROM user_phrases;
    DROP TABLE user_phrases;
    ALTER TABLE user_phrases_next RENAME TO user_phrases;
    """,
]


def schema_version() -> int:
    """The version this code writes; read at call time so tests can append a step."""
    return len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring `conn` (in autocommit mode) up to `schema_version()`; returns the version it started from.

    Each step and its version bump share one transaction (SQLite DDL is transactional), so a crash or a
    failing step leaves the database at the previous version, never half-migrated. The version is read
    again once the write lock is held: another CalmDesk opening a new file at the same moment may have
    applied the step while this one waited.
    """
    start = user_version(conn)
    for version in range(start + 1, schema_version() + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if user_version(conn) < version:
                log.info("Migrating user database to version %d", version)
                for statement in _statements(MIGRATIONS[version - 1]):
                    conn.execute(statement)
                # PRAGMA takes no bound parameters; `version` is an int from range(), never outside input.
                conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return start


def _statements(script: str) -> Iterator[str]:
    """The statements of `script` one by one: executescript() would commit the open transaction first."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""
    if pending.strip():
        yield pending  # incomplete: let SQLite name the syntax error
