"""Shared set-up for the benchmarks: isolated XDG dirs, an X session, and the app started inside it."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "e2e"))

from xsession import XSession


@contextmanager
def x_session(tray: bool = True) -> Iterator[XSession]:
    """A fresh X session whose programs see XDG dirs in a temporary home (never the real one)."""
    with tempfile.TemporaryDirectory(prefix="calmdesk-bench-") as tmp:
        home = Path(tmp)
        env = installed_env(os.environ)
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


READY_LINE = b"calmdesk: ready"


def installed_env(base: Mapping[str, str]) -> dict[str, str]:
    """`base` as an installed CalmDesk runs in: with its bytecode. pip compiles it when it installs a wheel
    and the Debian package at install; a PYTHONDONTWRITEBYTECODE left in a developer's or CI's shell would
    otherwise make every measured start compile every module again."""
    return {k: v for k, v in base.items() if k != "PYTHONDONTWRITEBYTECODE"}


def vm_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def cpu_ms(pid: int) -> float:
    """CPU time the process has used so far, every thread of it, in ms (the scheduler's nanoseconds: the
    clock ticks of /proc/PID/stat are 10 ms, too coarse to compare two starts)."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            continue  # a thread that ended meanwhile
    return total / 1e6


def timed_start(env: dict[str, str], cpu: list[float] | None = None) -> tuple[float, float]:
    """Spawn `python -m calmdesk` with `env`: ms to its ready line, and resident MB once it has settled.
    `cpu`: the CPU ms it used up to its ready line is appended there (a busy machine inflates the wall
    time, much less the CPU time)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "calmdesk"], env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL
    )
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if line.strip() == READY_LINE:
                break
        else:
            raise RuntimeError(f"calmdesk exited ({proc.wait()}) before it was ready")
        ready_ms = (time.perf_counter() - started) * 1000
        if cpu is not None:
            cpu.append(cpu_ms(proc.pid))
        time.sleep(1.0)  # settle: the event loop has run, the tray icon is embedded
        return ready_ms, vm_rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(10)


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
