"""Shared set-up for the benchmarks: isolated XDG dirs, an X session, and the app started inside it."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "e2e"))

from xsession import XSession


@contextmanager
def x_session(tray: bool = True) -> Iterator[XSession]:
    """A fresh X session whose programs see XDG dirs in a temporary home (never the real one)."""
    with tempfile.TemporaryDirectory(prefix="calmdesk-bench-") as tmp:
        home = Path(tmp)
        env = dict(os.environ)
        for var in (
            "XDG_CONFIG_HOME",
            "XDG_DATA_HOME",
            "XDG_STATE_HOME",
            "XDG_CACHE_HOME",
            "XDG_RUNTIME_DIR",
        ):
            path = home / var.lower()
            path.mkdir(mode=0o700)
            env[var] = str(path)
        env["HOME"] = str(home)
        logs = home / "logs"
        logs.mkdir()
        session = XSession(env, logs, tray=tray).start()
        try:
            yield session
        finally:
            session.stop()


def summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "n": len(ordered),
        "median": round(statistics.median(ordered), 2),
        "p95": round(p95, 2),
        "min": round(ordered[0], 2),
        "max": round(ordered[-1], 2),
    }
