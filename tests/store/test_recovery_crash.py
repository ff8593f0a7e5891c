"""A kill -9 while a damaged data file is replaced: the next start finishes the rescue, and loses nothing.

A real second process opens the damaged file and is killed (SIGKILL, no clean-up of any kind) at a chosen
step: after moving the WAL but not yet the database, in the middle of copying the rows, and right after the
new file took the old one's name. Each outcome is compared with the same damaged file rescued in one go.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from calmdesk.store import recovery
from calmdesk.store.userstore import UserStore

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"

# argv: data file, backups folder, the step to be killed at.
KILLED = """
import os, shutil, signal, sys
from pathlib import Path
from calmdesk.store import recovery, salvage
from calmdesk.store.userstore import UserStore

def die():
    os.kill(os.getpid(), signal.SIGKILL)

step = sys.argv[3]
if step == "move":  # the companions go first and the database last: die before the database moves
    move = shutil.move
    def killing_move(source, target):
        if not str(source).endswith(("-wal", "-shm", "-journal")):
            die()
        return move(source, target)
    shutil.move = killing_move
elif step == "copy":  # in the middle of the rows
    insert, count = salvage._insert, [0]
    def killing_insert(*args):
        count[0] += 1
        if count[0] == 500:
            die()
        return insert(*args)
    salvage._insert = killing_insert
elif step == "slow":  # a rescue that takes a while, for a second process to arrive during it
    import time
    insert = salvage._insert
    def slow_insert(*args):
        time.sleep(0.001)
        return insert(*args)
    salvage._insert = slow_insert
elif step == "swap":  # the new file has the data file's name; the marker is still there
    replace = os.replace
    def killing_replace(source, target):
        replace(source, target)
        if str(source).endswith(recovery.BUILDING_SUFFIX):
            die()
    recovery.os.replace = killing_replace
with UserStore.open(Path(sys.argv[1]), backup_dir=Path(sys.argv[2])) as store:
    print(len(store.favourites()), len(store.notices))
"""


def _damaged_with_wal(db: Path, backups: Path) -> None:
    """A data file whose newest rows are only in its WAL, and a damaged page among its favourites."""
    UserStore.open(db, backup_dir=backups).close()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN")
    for i in range(3000):
        conn.execute("INSERT INTO favourites VALUES (?, ?)", (f"phrase-{i:05d}-" + "x" * 40, i))
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("BEGIN")
    for i in range(1, 51):
        conn.execute("INSERT INTO complaints (id, customer, started_at) VALUES (?, 'In the WAL', ?)", (i, i))
    conn.execute("COMMIT")
    # The files as a crash would leave them: the WAL not checkpointed into the database.
    keep = db.with_name("kept")
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{db}{suffix}", f"{keep}{suffix}")
    conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
        if Path(f"{keep}{suffix}").exists():
            Path(f"{keep}{suffix}").rename(f"{db}{suffix}")
    size = int(sqlite3.connect(db).execute("PRAGMA page_size").fetchone()[0])
    data = bytearray(db.read_bytes())
    middle = len(data) // size // 2
    data[middle * size : (middle + 1) * size] = b"\xa5" * size
    db.write_bytes(bytes(data))


def _child(step: str, db: Path, backups: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(DESKTOP)}
    command = [sys.executable, "-c", textwrap.dedent(KILLED), str(db), str(backups), step]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _kill_at(step: str, db: Path, backups: Path) -> None:
    child = _child(step, db, backups)
    out, err = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL, out + err


def _contents(store: UserStore) -> tuple[int, int]:
    complaints = store._conn.execute("SELECT count(*) FROM complaints WHERE customer = 'In the WAL'")
    return len(store.favourites()), int(complaints.fetchone()[0])


@pytest.fixture
def rescued_in_one_go(tmp_path: Path) -> tuple[int, int]:
    db, backups = tmp_path / "control" / "calmdesk.sqlite3", tmp_path / "control-backups"
    db.parent.mkdir()
    _damaged_with_wal(db, backups)
    with UserStore.open(db, backup_dir=backups) as store:
        (notice,) = store.notices
        assert "could still be read" in notice
        kept = _contents(store)
    assert 2500 < kept[0] < 3000, "most favourites are rescued"
    assert kept[1] == 50, "and every row that was only in the WAL"
    return kept


@pytest.mark.parametrize("step", ["move", "copy", "swap"])
def test_the_next_start_finishes_a_rescue_a_kill_cut_short(
    step: str, db: Path, backups: Path, rescued_in_one_go: tuple[int, int]
) -> None:
    db.parent.mkdir(parents=True)
    _damaged_with_wal(db, backups)
    _kill_at(step, db, backups)
    assert Path(f"{db}{recovery.MARKER_SUFFIX}").exists(), "the crash left its marker"
    if step == "move":
        assert db.exists(), "the database moves last"
        assert not Path(f"{db}-wal").exists(), "so no WAL is left beside a file it is not of"
    with UserStore.open(db, backup_dir=backups) as store:
        (notice,) = store.notices
        assert "could still be read" in notice
        assert _contents(store) == rescued_in_one_go
    assert not Path(f"{db}{recovery.MARKER_SUFFIX}").exists()
    assert not Path(f"{db}{recovery.BUILDING_SUFFIX}").exists()
    (damaged,) = [p for p in backups.iterdir() if p.name.startswith("damaged-") and p.suffix == ".sqlite3"]
    assert Path(f"{damaged}-wal").exists(), "the damaged file keeps its WAL beside it, under one name"
    with UserStore.open(db, backup_dir=backups) as store:
        assert store.notices == [], "finished once: the next start reads the file as usual"
        assert _contents(store) == rescued_in_one_go


def test_two_processes_opening_a_damaged_file_at_once_rescue_it_once(
    db: Path, backups: Path, rescued_in_one_go: tuple[int, int]
) -> None:
    """The command line run while the app starts: one replaces the file, the other waits and reads it."""
    db.parent.mkdir(parents=True)
    _damaged_with_wal(db, backups)
    first = _child("slow", db, backups)
    time.sleep(0.5)  # the first is in the middle of its rescue (about 3 s of rows)
    second = _child("none", db, backups)
    results = [child.communicate(timeout=60) for child in (first, second)]
    for child, (out, err) in zip((first, second), results, strict=True):
        assert child.returncode == 0, out + err
    favourites = {out.split()[0] for out, _err in results}
    assert favourites == {str(rescued_in_one_go[0])}, "both read the whole rescue"
    assert sorted(int(out.split()[1]) for out, _err in results) == [0, 1], "told once, by the one that did it"
    damaged = [p for p in backups.iterdir() if p.name.startswith("damaged-") and p.suffix == ".sqlite3"]
    assert len(damaged) == 1, "moved aside once"
    with UserStore.open(db, backup_dir=backups) as store:
        assert _contents(store) == rescued_in_one_go


def test_an_unreadable_marker_is_set_aside(db: Path, backups: Path) -> None:
    UserStore.open(db, backup_dir=backups).close()
    with UserStore.open(db, backup_dir=backups) as store:
        store.toggle_favourite("kept")
    Path(f"{db}{recovery.MARKER_SUFFIX}").write_bytes(b"\xff not json")
    with UserStore.open(db, backup_dir=backups) as store:
        assert store.notices == []
        assert store.favourites() == {"kept"}, "a healthy file is read as it is"
    assert not Path(f"{db}{recovery.MARKER_SUFFIX}").exists()
