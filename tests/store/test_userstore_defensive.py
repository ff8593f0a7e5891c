"""The store against bad rows, a lock held by another process and a read-only file (issue 11)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from calmdesk.store.userstore import UserStore

LOCKER = """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO favourites VALUES ('held', 1)")
    print("locked", flush=True)
    sys.stdin.readline()  # holds the write lock until told to let go
    conn.execute("COMMIT")
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "user" / "calmdesk.sqlite3"
    UserStore.open(path, backup_dir=tmp_path / "backups").close()
    return path


def open_store(db: Path, **kwargs: float) -> UserStore:
    return UserStore.open(db, backup_dir=db.parent.parent / "backups", **kwargs)


def insert(db: Path, sql: str, *rows: tuple[object, ...]) -> None:
    conn = sqlite3.connect(db)
    conn.executemany(sql, rows)
    conn.commit()
    conn.close()


def rows(db: Path) -> dict[str, tuple[object, object]]:
    conn = sqlite3.connect(db)
    try:
        return {pid: (uses, last) for pid, uses, last in conn.execute("SELECT * FROM usage")}
    finally:
        conn.close()


def test_bad_usage_rows_are_skipped_reported_once_and_the_rest_kept(db: Path) -> None:
    insert(
        db,
        "INSERT INTO usage VALUES (?, ?, ?)",
        ("text-count", "abc", 5),
        ("huge-time", 3, 2**63 - 1),
        ("float-time", 2, 1.5),
        (b"blob-id", 1, 7),
        ("good", 4, 10),
    )
    insert(db, "INSERT INTO favourites VALUES (?, ?)", ("fav", "yesterday"), (b"\xff", 3), ("fav2", 2))
    with open_store(db) as store:  # used to raise "invalid literal for int()"
        assert store.usage_counts() == {"good": 4}
        assert store.favourites() == {"fav", "fav2"}, "a bad date only costs the order"
        [notice] = store.notices
        assert notice.startswith("5 entries in your CalmDesk data file could not be read")
        # A bad row used to make every later use fail (its time + 1 overflowed SQLite's integers).
        store.record_use("huge-time")
        store.record_use("text-count")
        store.record_use("good")
        store.queue_use("fresh")
        assert store.flush_uses(5)
        assert store.usage_counts() == {"good": 5, "huge-time": 1, "text-count": 1, "fresh": 1}
    on_disk = rows(db)
    assert on_disk["huge-time"][0] == 1
    assert on_disk["text-count"][0] == 1
    assert on_disk["good"][0] == 5
    with open_store(db) as again:
        assert again.usage_counts() == {"good": 5, "huge-time": 1, "text-count": 1, "fresh": 1}
        assert again.recent()[0] == "fresh"


@contextlib.contextmanager
def write_lock_held(db: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holds the database's write lock (as a backup tool or a second CalmDesk may)."""
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(LOCKER), str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdin is not None
    try:
        assert child.stdout.readline().strip() == "locked"
        yield child
    finally:
        if child.poll() is None:
            child.stdin.write("\n")
            child.stdin.flush()
        child.wait(10)
        child.stdin.close()
        child.stdout.close()


def test_queued_uses_never_wait_for_a_lock_and_are_written_once_it_is_free(db: Path) -> None:
    with open_store(db) as store:
        with write_lock_held(db):
            start = time.monotonic()
            for _ in range(3):
                store.queue_use("during-lock")
            store.queue_use("other")
            assert time.monotonic() - start < 0.2, "the GUI thread never waits on the disk"
            assert store.usage_counts() == {"during-lock": 3, "other": 1}, "shown at once"
            assert store.recent()[:2] == ["other", "during-lock"]
            time.sleep(0.6)  # several tries fail while the lock is held
            assert store.pending_uses() == 4
            assert not store.flush_uses(0.3)
        assert store.flush_uses(10), "written as soon as the lock is gone"
        assert store.pending_uses() == 0
    assert rows(db)["during-lock"][0] == 3
    assert rows(db)["other"][0] == 1


def test_close_writes_what_is_still_queued(db: Path) -> None:
    store = open_store(db)
    with write_lock_held(db) as locker:
        store.queue_use("late")
        assert locker.stdin is not None
        locker.stdin.write("\n")  # the lock goes while close() is waiting for it
        locker.stdin.flush()
        store.close()
    assert rows(db)["late"][0] == 1


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make `path` unwritable even for root (which ignores file modes): the immutable attribute."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        path.parent.chmod(0o555)
        try:
            yield
        finally:
            path.parent.chmod(0o755)
            path.chmod(0o644)
        return
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot make a file read-only as root here: {done.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_read_only_database_says_so_once_at_start(db: Path) -> None:
    with open_store(db) as store:
        assert store.notices == []
        assert not store.read_only
        store.record_use("before")
    with read_only(db), open_store(db) as store:
        assert store.read_only
        [notice] = store.notices
        assert "cannot be written" in notice
        assert store.usage_counts() == {"before": 1}, "what is there still reads"
        start = time.monotonic()
        store.queue_use("kept-in-memory")
        assert time.monotonic() - start < 0.2
        assert store.recent()[0] == "kept-in-memory"
        store.close(flush_timeout=0.2)
