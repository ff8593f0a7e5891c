"""Two CalmDesk processes writing at once never overwrite each other (issue 15, points 4 and 5).

The test holds the data file's write lock while the processes start, so they all read what they need and
then queue for the lock together: the moment the old code lost data in.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _database() -> Path:
    return Path(os.environ["XDG_DATA_HOME"]) / "calmdesk" / "calmdesk.sqlite3"


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "calmdesk", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )


def _run(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "calmdesk", *args], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _has_open(pid: int, path: Path) -> bool:
    try:
        return any(os.readlink(fd).startswith(str(path)) for fd in Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return False


@contextmanager
def _write_lock_until_all_waiting(processes: list[subprocess.Popen[str]], settle: Path) -> Iterator[None]:
    """Hold the write lock until every process has `settle` open, then a moment longer, then let go.

    Never longer than 3 s after the first one opened it: a process waits 5 s for a lock before it gives up,
    and under load the last one may start late. The fix cannot depend on how many were caught waiting.
    """
    conn = sqlite3.connect(_database(), isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    try:
        deadline = time.monotonic() + 60
        first_open: float | None = None
        while not all(_has_open(p.pid, settle) for p in processes):
            assert time.monotonic() < deadline, "the processes never opened the data file"
            assert all(p.poll() is None for p in processes), [p.communicate() for p in processes]
            if first_open is None and any(_has_open(p.pid, settle) for p in processes):
                first_open = time.monotonic()
            if first_open is not None and time.monotonic() - first_open > 3.0:
                break
            time.sleep(0.02)
        time.sleep(0.5)  # they now read outside the lock, as the old code did
        yield
    finally:
        conn.execute("ROLLBACK")
        conn.close()


def _finish(processes: list[subprocess.Popen[str]]) -> list[tuple[int, str, str]]:
    results = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        results.append((process.returncode, out, err))
    return results


def _csv(path: Path, label: str, count: int) -> Path:
    rows = ["title,text,category"] + [f"Shared title {n},{label} text {n},apology" for n in range(count)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_two_imports_at_once_both_land_and_neither_overwrites(tmp_path: Path) -> None:
    _run("backup")  # creates the data file
    files = [_csv(tmp_path / f"{label}.csv", label, 3000) for label in ("first", "second")]
    processes = [_start("import", "csv", str(path)) for path in files]
    with _write_lock_until_all_waiting(processes, files[0].parent):
        pass
    for code, _out, err in _finish(processes):
        assert code == 0, err
        assert "Traceback" not in err
    conn = sqlite3.connect(_database())
    try:
        texts = [row[0] for row in conn.execute("SELECT text FROM user_phrases")]
    finally:
        conn.close()
    assert sum(text.startswith("first ") for text in texts) == 3000
    assert sum(text.startswith("second ") for text in texts) == 3000


def test_concurrent_close_with_follow_up_closes_each_complaint_once() -> None:
    for n in range(5):
        _run("complaint", "new", "--customer", f"Customer {n}")
    processes = [_start("complaint", "close", "--follow-up", "tomorrow 10:00") for _ in range(5)]
    with _write_lock_until_all_waiting(processes, _database()):
        pass
    for code, _out, err in _finish(processes):
        assert code == 0, err
    conn = sqlite3.connect(_database())
    try:
        still_open = conn.execute("SELECT count(*) FROM complaints WHERE closed_at IS NULL").fetchone()[0]
        reminded = [row[0] for row in conn.execute("SELECT complaint_id FROM reminders")]
    finally:
        conn.close()
    assert still_open == 0
    assert sorted(reminded) == [1, 2, 3, 4, 5]  # one follow-up each, none twice
