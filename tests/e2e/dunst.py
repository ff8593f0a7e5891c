"""A real notification server for the e2e tests: a private session bus with dunst, read back with dunstctl."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from xapp import wait_for
from xsession import XSession


def dunstctl(session: XSession, *args: str) -> str:
    done = subprocess.run(["dunstctl", *args], env=session.env, capture_output=True, text=True, timeout=10)
    return done.stdout


def received(session: XSession) -> list[dict[str, Any]]:
    """Every notification dunst received, newest first (closing moves the shown ones into its history)."""
    dunstctl(session, "close-all")
    history = json.loads(dunstctl(session, "history") or '{"data": [[]]}')
    return list(history["data"][0])


def running(session: XSession, bus: Path) -> Iterator[XSession]:
    """Start a session bus at `bus` and dunst on it; the session's programs notify there until the end."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", f"--address=unix:path={bus}", "--nofork"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    session.env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={bus}"
    wait_for(bus.exists, 10, "the session bus")
    server = subprocess.Popen(
        ["dunst"], env=session.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait_for(lambda: dunstctl(session, "count", "displayed").strip().isdigit(), 10, "dunst on the bus")
    try:
        yield session
    finally:
        for proc in (server, daemon):
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
