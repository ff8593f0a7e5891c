"""The search memory's table, as both its writers use it: the upsert of one choice, and the bound."""

from __future__ import annotations

import sqlite3

# Rows kept (one per query key and phrase): a few months of an agent's distinct searches. Past MAX_ROWS the
# oldest are dropped down to KEEP_ROWS at once, so pruning runs once per few hundred copies, not each time.
MAX_ROWS = 5000
KEEP_ROWS = 4000

UPSERT_CHOICE = """
INSERT INTO query_choices (query_key, phrase_id, uses, last_used) VALUES (?, ?, ?, ?)
ON CONFLICT (query_key, phrase_id) DO UPDATE SET
    uses = CASE WHEN typeof(uses) = 'integer' AND uses BETWEEN 1 AND 1000000000000
                THEN uses + excluded.uses ELSE excluded.uses END,
    last_used = excluded.last_used
"""


def trim_choices(conn: sqlite3.Connection) -> None:
    """Keep the search memory within its bound: past MAX_ROWS rows, only the KEEP_ROWS newest stay."""
    (rows,) = conn.execute("SELECT COUNT(*) FROM query_choices").fetchone()
    if rows > MAX_ROWS:
        conn.execute(
            "DELETE FROM query_choices WHERE (query_key, phrase_id) NOT IN "
            "(SELECT query_key, phrase_id FROM query_choices ORDER BY last_used DESC LIMIT ?)",
            (KEEP_ROWS,),
        )
