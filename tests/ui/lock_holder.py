"""Another program holding CalmDesk's data file: a real second process that takes SQLite's write lock."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

# Another program on the same file (a backup tool, a second CalmDesk in the middle of a long write): it takes
# the write lock, says so, runs `sql` inside it, and keeps the lock until told to commit.
HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
for statement in sys.argv[2:]:
    conn.execute(statement)
print("locked", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
print("released", flush=True)
"""


class LockHolder:
    def __init__(self, path: Path, *sql: str) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path), *sql],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        assert self._process.stdout.readline().strip() == "locked"

    def holding(self) -> bool:
        return self._process.poll() is None

    def release(self) -> None:
        assert self._process.stdin is not None
        assert self._process.stdout is not None
        self._process.stdin.write("go\n")
        self._process.stdin.flush()
        assert self._process.stdout.readline().strip() == "released"
        assert self._process.wait(timeout=30) == 0

    def kill(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()


def on_disk(path: Path, sql: str) -> list[tuple[object, ...]]:
    """What another reader of the file sees (the app's own caches left aside)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()
