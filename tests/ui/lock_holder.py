"""Another program holding CalmDesk's data file: a real second process that takes SQLite's write lock."""

from __future__ import annotations

import selectors
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
        self._said("locked")

    def holding(self) -> bool:
        return self._process.poll() is None

    def release(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.write("go\n")
        self._process.stdin.flush()
        self._said("released")
        assert self._process.wait(timeout=30) == 0

    def _said(self, word: str, timeout: float = 60.0) -> None:
        """Wait for the holder's next line, which must be `word`: a holder that hangs fails the test in
        `timeout` seconds with what it was waiting for, instead of hanging it."""
        assert self._process.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self._process.stdout, selectors.EVENT_READ)
            if not selector.select(timeout):
                self.kill()
                raise AssertionError(f"the lock holder did not say {word!r} within {timeout} s")
        assert self._process.stdout.readline().strip() == word

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
