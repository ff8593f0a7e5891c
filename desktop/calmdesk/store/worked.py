"""The agent's private "this phrase worked" marks, per kind of complaint (table phrase_worked, v4)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from calmdesk.core.messages import N_
from calmdesk.core.messages import gettext as _
from calmdesk.core.text import normalize
from calmdesk.store.dbfile import as_store_error
from calmdesk.store.errors import StoreError


def topic_key(topic: str) -> str:
    """Topics are typed freely ("Late delivery", "late  delivery"): one key for the same words."""
    return normalize(topic)[:200]


def mark(conn: sqlite3.Connection, path: Path, phrase_id: str, topic: str = "") -> int:
    """Count one more "it worked" for the phrase in complaints of this topic; returns the new count."""
    if not phrase_id.strip():
        raise StoreError(_("a phrase id is needed to mark it"))
    key = topic_key(topic)
    try:
        row = conn.execute(
            "INSERT INTO phrase_worked (phrase_id, topic, marks, marked_at) VALUES (?, ?, 1, ?) "
            "ON CONFLICT (phrase_id, topic) DO UPDATE SET marks = marks + 1, marked_at = excluded.marked_at "
            "RETURNING marks",
            (phrase_id, key, int(time.time())),
        ).fetchone()
    except sqlite3.Error as exc:
        raise as_store_error(exc, path, N_("save the mark")) from exc
    return int(row[0])


def counts(conn: sqlite3.Connection, path: Path, topic: str | None = None) -> dict[str, int]:
    """Phrase id -> marks: for one topic (its own marks plus those given without a topic), or all."""
    try:
        if topic is None:
            rows = conn.execute("SELECT phrase_id, SUM(marks) FROM phrase_worked GROUP BY phrase_id")
        else:
            rows = conn.execute(
                "SELECT phrase_id, SUM(marks) FROM phrase_worked WHERE topic IN (?, '') GROUP BY phrase_id",
                (topic_key(topic),),
            )
        return {str(pid): int(n) for pid, n in rows.fetchall()}
    except sqlite3.Error as exc:
        raise as_store_error(exc, path, N_("read the marks")) from exc
