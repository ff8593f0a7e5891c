"""Rows rescued from a damaged user database into the fresh file that replaces it.

A damaged file is moved aside whole and a new one built (store.recovery); without this step the agent
would lose every favourite, usage count, complaint and reminder that was still perfectly readable, since
damage is usually a few pages. Each table is read forwards until the first unreadable page and then
backwards from its end until the same, because SQLite can walk a b-tree from either side: that reaches the
rows on both sides of the damage. The rescue works on a copy of the damaged file, so the file kept for the
agent (or for support) stays byte for byte as it was, and it never raises: a file too broken to read simply
yields nothing, which is where the agent stood before.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from calmdesk.core.messages import gettext as _
from calmdesk.store import migrations

log = logging.getLogger(__name__)

_COMPANIONS = ("", "-wal")  # the WAL may hold the newest rows; -shm and -journal are rebuilt or not needed


@dataclass(frozen=True)
class _Table:
    name: str
    columns: tuple[str, ...]
    order: tuple[str, ...]  # what walks the table's own b-tree: rowid, or a WITHOUT ROWID table's key
    nullable_references: tuple[str, ...]  # columns that may fall back to NULL when their parent is lost


def salvage(damaged: Path, into: sqlite3.Connection) -> int:
    """Copy every readable row of `damaged` into the fresh, migrated `into`; returns how many were copied.

    Only a file of the current schema version is read: an older one would need its migrations, which a
    damaged file cannot be trusted to take, and the agent still has the file and its backups.
    """
    try:
        with tempfile.TemporaryDirectory(prefix="calmdesk-salvage-") as folder:
            copy = Path(folder) / "damaged.sqlite3"
            for suffix in _COMPANIONS:
                source = Path(f"{damaged}{suffix}")
                if source.exists():
                    shutil.copyfile(source, Path(f"{copy}{suffix}"))
            source_conn = sqlite3.connect(copy, isolation_level=None)
            try:
                return _copy_rows(source_conn, into)
            finally:
                source_conn.close()
    except (OSError, sqlite3.Error) as exc:
        log.warning(
            _("Nothing could be rescued from the damaged file %(path)s: %(reason)s"),
            {"path": damaged, "reason": exc},
        )
        return 0


def _copy_rows(source: sqlite3.Connection, into: sqlite3.Connection) -> int:
    if migrations.user_version(source) != migrations.schema_version():
        return 0
    copied = 0
    into.execute("BEGIN IMMEDIATE")
    try:
        for table in _tables(into):
            try:
                source_columns = {row[1] for row in source.execute(f'PRAGMA table_info("{table.name}")')}
            except sqlite3.DatabaseError:
                continue
            if not set(table.columns) <= source_columns:
                continue
            # Seeded rows (current_complaint's single row) give way to the agent's own.
            seeded = into.execute(f'SELECT 1 FROM "{table.name}" LIMIT 1').fetchone() is not None
            verb = "INSERT OR REPLACE" if seeded else "INSERT OR IGNORE"
            names = ", ".join(f'"{column}"' for column in table.columns)
            insert = f'{verb} INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(table.columns))})'
            for row in _readable_rows(source, table):
                inserted = _insert(into, insert, table, row)
                copied += 0 if seeded else inserted  # a pointer such as the current complaint is no record
        into.execute("COMMIT")
    except BaseException:
        into.execute("ROLLBACK")
        raise
    return copied


def _tables(conn: sqlite3.Connection) -> Iterator[_Table]:
    """The fresh file's tables in the order they were created, so a parent comes before its children."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    ).fetchall()
    for name, sql in rows:
        info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
        columns = tuple(str(row[1]) for row in info)
        without_rowid = "WITHOUT ROWID" in " ".join(str(sql).upper().split())
        key = [str(row[1]) for row in sorted(info, key=lambda row: row[5]) if row[5] > 0]
        order = tuple(f'"{column}"' for column in key) if without_rowid else ("rowid",)
        not_null = {str(row[1]) for row in info if row[3]}
        references = {str(row[3]) for row in conn.execute(f'PRAGMA foreign_key_list("{name}")')}
        yield _Table(name, columns, order, tuple(sorted(references - not_null)))


def _readable_rows(source: sqlite3.Connection, table: _Table) -> Iterator[Sequence[object]]:
    names = ", ".join(f'"{column}"' for column in table.columns)
    select = f'SELECT {names} FROM "{table.name}" NOT INDEXED ORDER BY '
    if not (yield from _until_unreadable(source, table.name, select + ", ".join(table.order))):
        yield from _until_unreadable(source, table.name, select + ", ".join(f"{c} DESC" for c in table.order))


def _until_unreadable(
    source: sqlite3.Connection, name: str, query: str
) -> Generator[Sequence[object], None, bool]:
    """Yield rows until the end (returns True) or the first damaged page (returns False)."""
    try:
        cursor = source.execute(query)
        while True:
            row = cursor.fetchone()
            if row is None:
                return True
            yield row
    except sqlite3.DatabaseError as exc:
        log.info("Stopped reading %s at a damaged page: %s", name, exc)
        return False


def _insert(into: sqlite3.Connection, insert: str, table: _Table, row: Sequence[object]) -> int:
    """1 when the row went in; a row whose parent was lost keeps its place with that link emptied."""
    try:
        return max(into.execute(insert, tuple(row)).rowcount, 0)  # 0: a row already there (read twice)
    except sqlite3.IntegrityError:
        if not table.nullable_references:
            return 0
    links = table.nullable_references
    row = [None if column in links else value for column, value in zip(table.columns, row, strict=True)]
    try:
        return max(into.execute(insert, tuple(row)).rowcount, 0)
    except sqlite3.IntegrityError:
        return 0
