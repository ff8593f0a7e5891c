"""A damaged user database: what can still be read is carried into the fresh file that replaces it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from calmdesk.store import migrations
from calmdesk.store.userstore import UserStore


def _fill(db: Path, backups: Path, favourites: int) -> None:
    UserStore.open(db, backup_dir=backups).close()  # the schema, as the app makes it
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("BEGIN")
    for i in range(favourites):
        conn.execute("INSERT INTO favourites VALUES (?, ?)", (f"phrase-{i:05d}-" + "x" * 40, i))
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode=DELETE")  # one file to damage
    conn.close()


def _page_size(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()


def _damage(db: Path, page: int) -> bytes:
    """Overwrite page `page` (1-based) with garbage; returns the damaged bytes."""
    size = _page_size(db)
    data = bytearray(db.read_bytes())
    data[(page - 1) * size : page * size] = b"\xa5" * size
    db.write_bytes(bytes(data))
    return bytes(data)


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _moved(backups: Path) -> Path:
    (moved,) = [p for p in backups.iterdir() if p.name.startswith("damaged-") and p.suffix == ".sqlite3"]
    return moved


def test_rows_on_both_sides_of_a_damaged_page_are_kept(db: Path, backups: Path) -> None:
    _fill(db, backups, favourites=3000)
    pages = db.stat().st_size // _page_size(db)
    damaged = _damage(db, pages // 2)  # a leaf in the middle of the favourites
    with UserStore.open(db, backup_dir=backups) as store:
        (notice,) = store.notices
        kept = store.favourites()
        assert "phrase-00000-" + "x" * 40 in kept, "read forwards up to the damage"
        assert "phrase-02999-" + "x" * 40 in kept, "and backwards from the end up to it"
        assert 2500 < len(kept) < 3000  # one page of ~70 rows is lost, not the whole table
        assert f"with the {len(kept):,} records that could still be read" in notice
        assert store.toggle_favourite("fresh") is True
    assert _moved(backups).read_bytes() == damaged, "the damaged file is kept as it was, for rescue"
    with UserStore.open(db, backup_dir=backups) as store:
        assert store.notices == []
        assert len(store.favourites()) == len(kept) + 1


def test_a_damaged_index_loses_nothing(db: Path, backups: Path) -> None:
    _fill(db, backups, favourites=0)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("BEGIN")
    for i in range(1, 401):
        conn.execute("INSERT INTO complaints (id, customer, started_at) VALUES (?, 'Cust', ?)", (i, i))
        conn.execute("INSERT INTO complaint_values VALUES (?, 'order', ?)", (i, f"A-{i:05d}"))
    conn.execute("UPDATE current_complaint SET complaint_id = 7")
    conn.execute("COMMIT")
    index = "SELECT rootpage FROM sqlite_schema WHERE name = 'complaints_closed'"
    index_root = conn.execute(index).fetchone()[0]
    conn.close()
    _damage(db, index_root)
    with UserStore.open(db, backup_dir=backups) as store:
        (notice,) = store.notices
        assert "damaged" in notice
    assert _rows(db, "SELECT count(*) FROM complaints") == [(400,)]
    assert _rows(db, "SELECT count(*) FROM complaint_values") == [(400,)]
    assert _rows(db, "SELECT value FROM complaint_values WHERE complaint_id = 400") == [("A-00400",)]
    assert _rows(db, "SELECT complaint_id FROM current_complaint") == [(7,)], "the agent's row, not the seed"
    assert _rows(db, "PRAGMA integrity_check") == [("ok",)]


def test_a_reminder_outlives_its_lost_complaint(db: Path, backups: Path) -> None:
    _fill(db, backups, favourites=0)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN")
    for i in range(1, 2001):  # enough complaints to fill many leaves
        conn.execute("INSERT INTO complaints (id, customer, started_at) VALUES (?, ?, ?)", (i, "x" * 30, i))
    for i in range(10, 2001, 10):
        conn.execute("INSERT INTO reminders (complaint_id, kind, due_at) VALUES (?, 'follow_up', ?)", (i, i))
    conn.execute("COMMIT")
    leaves = conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'complaints' AND pagetype = 'leaf' ORDER BY path"
    ).fetchall()
    conn.close()
    _damage(db, leaves[len(leaves) // 2][0])
    with UserStore.open(db, backup_dir=backups):
        pass
    kept = {row[0] for row in _rows(db, "SELECT id FROM complaints")}
    assert {1, 2000} <= kept
    assert len(kept) < 2000
    reminders = _rows(db, "SELECT due_at, complaint_id FROM reminders ORDER BY due_at")
    assert len(reminders) == 200, "every promise is kept"
    assert all(link == (due if due in kept else None) for due, link in reminders)
    assert any(link is None for _, link in reminders)


def test_not_a_database_and_an_older_format_rescue_nothing(db: Path, backups: Path) -> None:
    _fill(db, backups, favourites=50)
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {migrations.schema_version() - 1}")
    conn.close()
    _damage(db, db.stat().st_size // _page_size(db))  # the last page
    with UserStore.open(db, backup_dir=backups) as store:
        (notice,) = store.notices
        assert "Favourites and recent phrases start empty" in notice
        assert store.favourites() == frozenset()
