"""The very first start says, once, where CalmDesk went and which key opens it (read back from dunst)."""

from __future__ import annotations

from pathlib import Path

import dunst
import pytest
from xapp import CalmDeskApp, run_cli, wait_for
from xsession import XSession

from calmdesk.store import paths

pytestmark = pytest.mark.e2e


def _welcomes(session: XSession) -> list[tuple[str, int]]:
    """Body and timeout of every welcome dunst received (closing moves the shown ones into its history)."""
    return [
        (n["body"]["data"], n["timeout"]["data"])
        for n in dunst.received(session)
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
        # dunst has buttons: the start at login is offered as one, "Start with my session", not in words
        # (tests/system/test_notify_action.py presses it on a server that reports the press).
        assert "calmdesk autostart on" not in body, body
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


def test_the_welcome_offers_no_login_start_when_there_is_one(notifications: XSession, tmp_path: Path) -> None:
    session = notifications
    assert run_cli(session, "autostart", "on").returncode == 0
    app = CalmDeskApp(session, tmp_path / "first.log")
    try:
        app.wait_ready()
        [(body, _timeout)] = wait_for(
            lambda: _welcomes(session), 10, "the welcome at the notification server"
        )
        assert "Ctrl+Alt+Space" in body
        assert "autostart" not in body
    finally:
        app.stop()
