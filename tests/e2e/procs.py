"""Ending the tests' helper processes one way: asked to stop, then killed if they do not within the wait."""

from __future__ import annotations

import subprocess


def end_process(proc: subprocess.Popen[bytes] | subprocess.Popen[str], wait_s: float = 5) -> None:
    """Terminate `proc` if it still runs, and kill it when it has not ended `wait_s` seconds later."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(wait_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(wait_s)
