"""The very first start says, once, where CalmDesk went and which key opens it (read back from dunst)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from xapp import CalmDeskApp, run_cli, wait_for
from xsession import XSession

from calmdesk.store import paths

pytestmark = pytest.mark.e2e


@pytest.fixture
def notifications(xsession: XSession, tmp_path: Path) -> Iterator[XSession]:
    """A private session bus with dunst on it, as a desktop has: the welcome goes there."""
    bus = tmp_path / "bus"
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", f"--address=unix:path={bus}", "--nofork"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    xsession.env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={bus}"
    wait_for(bus.exists, 10, "the session bus")
    dunst = subprocess.Popen(
        ["dunst"], env=xsession.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait_for(lambda: _dunstctl(xsession, "count", "displayed").strip().isdigit(), 10, "dunst on the bus")
    try:
        yield xsession
    finally:
        for proc in (dunst, daemon):
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)


def _dunstctl(session: XSession, *args: str) -> str:
    done = subprocess.run(["dunstctl", *args], env=session.env, capture_output=True, text=True, timeout=10)
    return done.stdout


def _welcomes(session: XSession) -> list[tuple[str, int]]:
    """Body and timeout of every welcome dunst received (closing moves the shown ones into its history)."""
    _dunstctl(session, "close-all")
    history = json.loads(_dunstctl(session, "history") or '{"data": [[]]}')
    return [
        (n["body"]["data"], n["timeout"]["data"])
        for n in history["data"][0]
        if n["summary"]["data"] == "CalmDesk is running"
    ]


def test_the_first_start_says_once_which_key_opens_calmdesk(notifications: XSession, tmp_path: Path) -> None:
    session = notifications
    app = CalmDeskApp(session, tmp_path / "first.log")
    try:
        app.wait_ready()
        [(body, timeout)] = wait_for(lambda: _welcomes(session), 10, "the welcome at the notification server")
        assert "Ctrl+Alt+Space" in body, body
        assert "tray" in body, "a tray is there: the body says what its menu holds"
        assert timeout > 0, "a welcome goes by itself; it must not cover the checklist panel until clicked"
        wait_for((paths.state_dir() / "welcomed").exists, 5, "the welcome remembered")
    finally:
        app.stop()
    again = CalmDeskApp(session, tmp_path / "second.log")
    try:
        again.wait_ready()
        # An IPC request is served by the event loop after the start-up notices it queued first.
        assert run_cli(session, "show").returncode == 0
        assert len(_welcomes(session)) == 1, "a second start says nothing new"
    finally:
        again.stop()
