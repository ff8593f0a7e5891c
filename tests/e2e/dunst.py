"""A real notification server for the e2e tests: a private session bus with dunst, read back with dunstctl."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol, TypeVar

from procs import end_process
from xapp import wait_for
from xsession import XSession


class _HasEnv(Protocol):
    env: dict[str, str]


_Session = TypeVar("_Session", bound=_HasEnv)  # an X or a Wayland session: its programs' environment


def dunstctl(session: _Session, *args: str) -> str:
    done = subprocess.run(["dunstctl", *args], env=session.env, capture_output=True, text=True, timeout=10)
    return done.stdout


def received(session: _Session) -> list[dict[str, Any]]:
    """Every notification dunst received, newest first (closing moves the shown ones into its history)."""
    dunstctl(session, "close-all")
    history = json.loads(dunstctl(session, "history") or '{"data": [[]]}')
    return list(history["data"][0])


def serving(session: _Session) -> Iterator[_Session]:
    """dunst on the session's bus (DBUS_SESSION_BUS_ADDRESS in its env), answering, until the end."""
    server = subprocess.Popen(
        ["dunst"], env=session.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_for(lambda: dunstctl(session, "count", "displayed").strip().isdigit(), 10, "dunst on the bus")
        yield session
    finally:
        end_process(server)


def running(session: XSession, bus: Path) -> Iterator[XSession]:
    """Start a session bus at `bus` and dunst on it; the session's programs notify there until the end."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", f"--address=unix:path={bus}", "--nofork"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    session.env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={bus}"
    try:
        wait_for(bus.exists, 10, "the session bus")
        yield from serving(session)
    finally:
        end_process(daemon)
