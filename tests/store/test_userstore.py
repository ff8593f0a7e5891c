"""UserStore against real SQLite files: persistence, crashes, damage, locks, newer formats, migrations."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from datetime import UTC, datetime, tzinfo
from pathlib import Path

import pytest

from calmdesk.store import backup, migrations, paths
from calmdesk.store.userstore import RECENCY_HALF_LIFE, RECENCY_WINDOW, StoreError, UserStore

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def _open(db: Path, backups: Path, **kwargs: float) -> UserStore:
    return UserStore.open(db, backup_dir=backups, **kwargs)


def _child(script: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(DESKTOP)}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args], stdout=subprocess.PIPE, text=True, env=env
    )


def _stop(child: subprocess.Popen[str]) -> None:
    if child.poll() is None:
        child.kill()
    child.wait(timeout=10)
    if child.stdout is not None:
        child.stdout.close()


# -- basics -------------------------------------------------------------------------------------------


def test_new_store_is_wal_at_current_version(db: Path, backups: Path) -> None:
    with _open(db, backups) as store:
        assert store.favourites() == frozenset()
        assert store.recent(10) == []
        assert store.recency() == {}
        assert store.notices == []
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert migrations.user_version(conn) == migrations.schema_version() >= 1
    conn.close()
    assert not backups.exists(), "a brand-new database needs no backup"


def test_default_path_is_the_data_dir() -> None:
    with UserStore.open() as store:
        assert store.path == paths.database_file()
    assert paths.database_file().is_file()


def test_toggle_favourite(db: Path, backups: Path) -> None:
    with _open(db, backups) as store:
        assert store.toggle_favourite("apology.sorry") is True
        assert store.is_favourite("apology.sorry")
        assert store.toggle_favourite("wait.minute") is True
        assert store.favourites() == {"apology.sorry", "wait.minute"}
        assert store.toggle_favourite("apology.sorry") is False
        assert not store.is_favourite("apology.sorry")
        assert store.favourites() == {"wait.minute"}


def test_everything_persists_across_reopen(db: Path, backups: Path) -> None:
    with _open(db, backups) as store:
        store.toggle_favourite("a")
        store.toggle_favourite("b")
        store.toggle_favourite("a")
        for pid in ["x", "y", "x", "z", "x"]:
            store.record_use(pid)
        before = (store.favourites(), store.recent(10), store.usage_counts())
    with _open(db, backups) as store:
        assert (store.favourites(), store.recent(10), store.usage_counts()) == before
        assert before == (frozenset({"b"}), ["x", "z", "y"], {"x": 3, "y": 1, "z": 1})
        store.record_use("y")
        assert store.recent(2) == ["y", "x"], "new uses sort after the reloaded ones"


def test_recent_order_and_limit(db: Path, backups: Path) -> None:
    with _open(db, backups) as store:
        for i in range(10):
            store.record_use(f"p{i}")
        store.record_use("p3")
        assert store.recent(4) == ["p3", "p9", "p8", "p7"]
        assert store.recent(0) == []
        assert len(store.recent(100)) == 10


def test_recency_falls_with_rank_and_stays_in_range(db: Path, backups: Path) -> None:
    with _open(db, backups) as store:
        for i in range(RECENCY_WINDOW + 10):
            store.record_use(f"p{i}")
        weights = store.recency()
        newest_first = store.recent(RECENCY_WINDOW)
    assert len(weights) == RECENCY_WINDOW
    ordered = [weights[pid] for pid in newest_first]
    assert ordered == sorted(ordered, reverse=True)
    assert len(set(ordered)) == len(ordered)
    assert ordered[0] == pytest.approx(1.0, abs=1e-4)
    assert all(0.0 < w <= 1.0 for w in ordered)
    assert "p0" not in weights


def test_recency_falls_with_age(db: Path, backups: Path) -> None:
    _open(db, backups).close()
    now_us = time.time_ns() // 1000
    week_us = int(RECENCY_HALF_LIFE * 1e6)
    conn = sqlite3.connect(db)
    conn.execute(
        "INSERT INTO usage VALUES ('old', 9, ?), ('older', 9, ?)", (now_us - week_us, now_us - 2 * week_us)
    )
    conn.commit()
    conn.close()
    with _open(db, backups) as store:
        weights = store.recency()
        assert weights["old"] == pytest.approx(0.5, rel=1e-3), "the newest phrase, used one half-life ago"
        assert weights["older"] == pytest.approx((1 - 1 / RECENCY_WINDOW) * 0.25, rel=1e-3)
        store.record_use("older")
        assert store.recency()["older"] == pytest.approx(1.0, abs=1e-4), "a write refreshes the weights"


def test_returned_collections_are_copies(db: Path, backups: Path) -> None:
    with _open(db, backups) as store:
        store.record_use("a")
        store.usage_counts()["a"] = 99
        store.recency()["a"] = 0.0
        assert store.usage_counts() == {"a": 1}
        assert store.recency()["a"] > 0.9


def test_bad_id_and_closed_store(db: Path, backups: Path) -> None:
    store = _open(db, backups)
    with pytest.raises(ValueError, match="non-empty"):
        store.record_use("")
    store.close()
    store.close()  # twice is fine
    with pytest.raises(StoreError, match="closed"):
        store.favourites()
    with pytest.raises(StoreError, match="closed"):
        store.toggle_favourite("a")


# -- crashes --------------------------------------------------------------------------------------------

WRITER = """
    import sys
    from pathlib import Path
    from calmdesk.store.userstore import UserStore
    store = UserStore.open(sys.argv[1], backup_dir=Path(sys.argv[2]))
    i = 0
    while True:  # write until killed; a line is printed only after the change returned (was "shown saved")
        store.record_use(f"p{i}")
        if i % 10 == 0:
            store.toggle_favourite(f"p{i}")
        print("saved", i, flush=True)
        i += 1
"""


def test_kill_9_loses_nothing_shown_as_saved(db: Path, backups: Path) -> None:
    child = _child(WRITER, str(db), str(backups))
    assert child.stdout is not None
    last = -1
    try:
        for line in child.stdout:
            last = int(line.split()[1])
            if last >= 155:  # not a multiple of 10: the last use is not followed by a favourite
                break
        child.send_signal(signal.SIGKILL)  # mid-stream: the child is still writing
        child.wait(timeout=10)
        # Lines already in the pipe were shown too; a line cut short by the kill was not.
        for line in child.stdout.read().splitlines(keepends=True):
            if line.endswith("\n"):
                last = int(line.split()[1])
    finally:
        _stop(child)
    assert child.returncode == -signal.SIGKILL
    assert last >= 155
    with _open(db, backups) as store:
        counts = store.usage_counts()
        favourites = store.favourites()
        newest = store.recent(1)
        assert store.notices == []
    for i in range(last + 1):
        assert counts.get(f"p{i}") == 1, f"use {i} was shown as saved but is missing"
        assert (f"p{i}" in favourites) == (i % 10 == 0)
    # The child may have committed one more use before it could print it; never more than that.
    assert newest in ([f"p{last}"], [f"p{last + 1}"])


# -- damaged files --------------------------------------------------------------------------------------


def _assert_recovered(db: Path, backups: Path, original: bytes) -> None:
    with _open(db, backups) as store:
        assert len(store.notices) == 1
        notice = store.notices[0]
        assert notice.startswith("Your CalmDesk data file was damaged; it was saved as ")
        assert "a new one started" in notice
        assert store.favourites() == frozenset()
        assert store.toggle_favourite("fresh") is True
    moved = [p for p in backups.iterdir() if p.name.startswith("damaged-") and p.suffix == ".sqlite3"]
    assert len(moved) == 1
    assert str(moved[0]) in notice
    assert moved[0].read_bytes() == original, "the damaged file is kept as it was, for rescue"
    with _open(db, backups) as store:
        assert store.notices == []
        assert store.favourites() == {"fresh"}


def test_not_a_database_is_moved_aside(db: Path, backups: Path) -> None:
    db.parent.mkdir(parents=True)
    original = b"these are my notes, not a database\n" * 200
    db.write_bytes(original)
    _assert_recovered(db, backups, original)


def test_damaged_pages_are_moved_aside(db: Path, backups: Path) -> None:
    with _open(db, backups) as store:
        for i in range(300):
            store.toggle_favourite(f"phrase-{i:04d}-" + "x" * 40)
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    assert len(data) > 3 * page_size
    data[page_size : 3 * page_size] = b"\xa5" * (2 * page_size)  # header intact, b-tree pages garbage
    db.write_bytes(bytes(data))
    _assert_recovered(db, backups, bytes(data))


def test_empty_file_is_a_new_database(db: Path, backups: Path) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b"")
    with _open(db, backups) as store:
        assert store.notices == []
        store.record_use("a")
    assert not backups.exists()


# -- locks, newer files, folders ------------------------------------------------------------------------

LOCKER = """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    print("locked", flush=True)
    time.sleep(60)
"""


@pytest.fixture
def locker(db: Path) -> Iterator[subprocess.Popen[str]]:
    child = _child(LOCKER, str(db))
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "locked"
        yield child
    finally:
        _stop(child)


def test_write_while_locked_by_another_process(
    db: Path, backups: Path, request: pytest.FixtureRequest
) -> None:
    with _open(db, backups) as store:
        store.record_use("kept")
        store.toggle_favourite("kept")
    store = _open(db, backups, busy_timeout=0.5)
    try:
        request.getfixturevalue("locker")
        # WAL readers are not blocked: the store opens and reads while the other process holds the lock.
        assert store.favourites() == {"kept"}
        start = time.monotonic()
        with pytest.raises(StoreError, match="locked by another program") as caught:
            store.record_use("lost")
        assert 0.4 < time.monotonic() - start < 5
        assert "Traceback" not in str(caught.value)
        with pytest.raises(StoreError, match="locked by another program"):
            store.toggle_favourite("kept")
        assert store.usage_counts() == {"kept": 1}, "a change that was refused is not shown as saved"
        assert store.favourites() == {"kept"}
    finally:
        store.close()


def test_open_while_locked_by_another_process(db: Path, backups: Path) -> None:
    _open(db, backups).close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=DELETE")  # a rollback-journal lock blocks readers too
    conn.close()
    original = db.read_bytes()
    child = _child(LOCKER, str(db))
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        start = time.monotonic()
        with pytest.raises(StoreError, match="locked by another program"):
            _open(db, backups, busy_timeout=0.5)
        assert time.monotonic() - start < 5
    finally:
        _stop(child)
    assert db.read_bytes() == original
    assert not backups.exists(), "a locked file is not damaged: nothing is moved aside"


def test_newer_database_is_refused_and_untouched(db: Path, backups: Path) -> None:
    with _open(db, backups) as store:
        store.toggle_favourite("mine")
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {migrations.schema_version() + 1}")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    original = db.read_bytes()
    with pytest.raises(StoreError, match="newer CalmDesk") as caught:
        _open(db, backups)
    assert "left untouched" in str(caught.value)
    assert db.read_bytes() == original
    assert not Path(f"{db}-wal").exists()
    assert not backups.exists()


def test_folder_that_is_a_file(tmp_path: Path, backups: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot use the folder"):
        _open(blocker / "calmdesk.sqlite3", backups)


def test_database_path_that_is_a_folder(db: Path, backups: Path) -> None:
    db.mkdir(parents=True)
    with pytest.raises(StoreError, match="not a regular file"):
        _open(db, backups)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(db: Path, backups: Path) -> None:
    _open(db, backups).close()
    db.chmod(0)
    try:
        with pytest.raises(StoreError, match="cannot read"):
            _open(db, backups)
    finally:
        db.chmod(0o600)


# -- migrations and backups -----------------------------------------------------------------------------

V2 = "CREATE TABLE complaint_sessions (id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL);"


def test_migration_backs_up_first(db: Path, backups: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with _open(db, backups) as store:
        store.toggle_favourite("before-upgrade")
    base = migrations.schema_version()
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, V2])
    with _open(db, backups) as store:
        assert store.favourites() == {"before-upgrade"}
    conn = sqlite3.connect(db)
    assert migrations.user_version(conn) == base + 1
    assert conn.execute("SELECT count(*) FROM complaint_sessions").fetchone()[0] == 0
    conn.close()
    [saved] = backup.list_backups(backups)
    assert saved.name.endswith(f"-before-v{base + 1}.sqlite3")
    old = sqlite3.connect(saved)
    assert migrations.user_version(old) == base
    assert old.execute("SELECT phrase_id FROM favourites").fetchall() == [("before-upgrade",)]
    old.close()


def test_failed_migration_leaves_the_old_version(
    db: Path, backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with _open(db, backups) as store:
        store.record_use("a")
    broken = "CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);"
    base = migrations.schema_version()
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    with pytest.raises(StoreError, match="could not update its data file"):
        _open(db, backups)
    conn = sqlite3.connect(db)
    assert migrations.user_version(conn) == base
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    assert "half_done" not in tables
    assert conn.execute("SELECT uses FROM usage WHERE phrase_id = 'a'").fetchone() == (1,)
    conn.close()
    assert len(backup.list_backups(backups)) == 1


def test_no_migration_without_a_backup(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _open(db, tmp_path / "backups").close()
    blocker = tmp_path / "blocked"
    blocker.write_text("")
    base = migrations.schema_version()
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, V2])
    with pytest.raises(StoreError, match="could not write a backup"):
        _open(db, blocker / "backups")
    conn = sqlite3.connect(db)
    assert migrations.user_version(conn) == base
    conn.close()


def test_backups_rotate(db: Path, backups: Path) -> None:
    with _open(db, backups) as store:
        store.record_use("a")
        conn = sqlite3.connect(db)
        made = [backup.make_backup(conn, backups, f"test{i}", keep=3) for i in range(6)]
        conn.close()
    assert backup.list_backups(backups) == made[-3:]
    for kept in made[-3:]:
        copy = sqlite3.connect(kept)
        assert copy.execute("SELECT uses FROM usage").fetchall() == [(1,)]
        copy.close()


def test_store_modules_import_without_qt() -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import calmdesk.store.userstore, calmdesk.store.settings, calmdesk.store.backup\n"
        "assert not any(m.startswith('PySide6') and sys.modules[m] for m in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(DESKTOP)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=60)


# -- two stores, several processes ---------------------------------------------------------------------


def test_toggle_follows_what_this_store_showed(db: Path, backups: Path) -> None:
    # Two windows (or two CalmDesks) on one file: each toggles what it showed the person, and never fails.
    with _open(db, backups) as first, _open(db, backups) as second:
        assert first.toggle_favourite("a") is True
        assert second.is_favourite("a") is False
        assert second.toggle_favourite("a") is True, "the star clicked to add stays added"
        assert second.is_favourite("a")
        assert first.toggle_favourite("a") is False
        assert not first.is_favourite("a")
        assert first.toggle_favourite("b") is True
        assert second.toggle_favourite("b") is True
        assert second.toggle_favourite("b") is False
    with _open(db, backups) as store:
        assert store.favourites() == frozenset()


OPEN_AT = """
    import sys, time
    from pathlib import Path
    from calmdesk.store.userstore import UserStore
    start = float(sys.argv[2])
    while time.time() < start:
        pass
    try:
        UserStore.open(Path(sys.argv[1]), backup_dir=Path(sys.argv[1]).parent / "bk").close()
        print("ok")
    except Exception as exc:
        print(f"{type(exc).__name__}: {exc}")
"""


def test_several_processes_may_create_the_file_at_once(tmp_path: Path) -> None:
    # Before the fix 23 of 30 such races failed ("table favourites already exists", "database is locked").
    failures: list[str] = []
    for trial in range(8):
        db = tmp_path / str(trial) / "calmdesk.sqlite3"
        db.parent.mkdir()
        start = time.time() + 0.5  # every child waits for this moment, so they really start together
        children = [_child(OPEN_AT, str(db), str(start)) for _ in range(4)]
        try:
            for child in children:
                out, _ = child.communicate(timeout=30)
                if out.strip() != "ok":
                    failures.append(f"trial {trial}: {out.strip()}")
        finally:
            for child in children:
                _stop(child)
        conn = sqlite3.connect(db)
        assert migrations.user_version(conn) == migrations.schema_version()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        conn.close()
    assert failures == []


def test_backup_names_follow_utc_so_a_clock_going_back_keeps_the_newest(
    db: Path, backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Summer time ends: the local clock goes from 02:30 back to 02:00 while UTC moves on.
    local = iter([datetime(2026, 10, 25, 2, 30), datetime(2026, 10, 25, 2, 0)])
    utc = iter([datetime(2026, 10, 25, 0, 30, tzinfo=UTC), datetime(2026, 10, 25, 1, 0, tzinfo=UTC)])

    class Clock(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> datetime:  # type: ignore[override]
            return next(utc) if tz is not None else next(local)

    monkeypatch.setattr(backup, "datetime", Clock)
    with _open(db, backups):
        pass
    conn = sqlite3.connect(db)
    backup.make_backup(conn, backups, "first", keep=1)
    newest = backup.make_backup(conn, backups, "second", keep=1)
    conn.close()
    assert backup.list_backups(backups) == [newest]
