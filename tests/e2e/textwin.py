"""Drive tests/e2e/text_window.py from a test: start it, read its window id, ask for its content."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("text_window.py")


class TextWindow:
    def __init__(self, env: dict[str, str], title: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(SCRIPT), title],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().split()
        if len(line) != 2 or line[0] != "ready":
            self.close()
            raise AssertionError(f"text window did not start (exit {self.proc.poll()})")
        self.window_id = int(line[1])

    def content(self) -> str:
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        self.proc.stdin.write("dump\n")
        self.proc.stdin.flush()
        return str(json.loads(self.proc.stdout.readline()))

    def active(self) -> bool:
        """Whether the window has the keyboard (as its toolkit was told by the compositor)."""
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        self.proc.stdin.write("active\n")
        self.proc.stdin.flush()
        return bool(json.loads(self.proc.stdout.readline()))

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        if self.proc.stdout:
            self.proc.stdout.close()
