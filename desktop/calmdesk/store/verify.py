"""Whether a file is a sound CalmDesk data file: it opens, passes SQLite's integrity check, has the schema."""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

from calmdesk.core.messages import gettext as _
from calmdesk.store import migrations
from calmdesk.store.dbfile import find_damage
from calmdesk.store.errors import StoreError


def data_file_problem(path: Path, *, version: int | None = None, timeout: float = 1.0) -> str | None:
    """None when `path` is a CalmDesk data file this version can use, else why not, in words (a clause
    that "… cannot be restored: {problem}." and the backup listings say after a colon).

    Only such a file counts as a backup, is offered after damage, or may be restored. `version` asks for
    exactly that format (a restored file after its migration); by default any format up to this one's.
    Nothing is written to the file, not even by a checkpoint.
    """
    try:
        if not path.is_file():
            return _("it is not a file")
        if path.stat().st_size == 0:
            return _("it is empty")
        damage = find_damage(path, timeout)
    except (OSError, StoreError) as exc:  # unreadable, locked, or written by a newer CalmDesk
        return str(exc)
    if damage is not None:
        return _("it is damaged or not a CalmDesk data file ({reason})").format(reason=damage)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)
        try:
            found = migrations.user_version(conn)
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return _("it cannot be read ({reason})").format(reason=exc)
    if found == 0:
        return _("it is an SQLite file, but not a CalmDesk data file")
    if version is not None and found != version:
        return _("it has format {found}, not {version}").format(found=found, version=version)
    missing = expected_tables(found) - tables
    if missing:
        words = _("it is not a complete CalmDesk data file (no {tables})")
        return words.format(tables=", ".join(sorted(missing)))
    return None


def expected_tables(version: int) -> frozenset[str]:
    """The tables a CalmDesk data file of format `version` has: those its migration steps create."""
    return _tables(tuple(migrations.MIGRATIONS[:version]))


@functools.lru_cache(maxsize=8)
def _tables(steps: tuple[str, ...]) -> frozenset[str]:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for step in steps:
            conn.executescript(step)
        rows = conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
        return frozenset(row[0] for row in rows)
    finally:
        conn.close()
