"""The customer's message read off a real X clipboard owned by another program: one key starts a complaint
from it, the phrase answering it comes first, and a password manager's secret is never read."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from xapp import CalmDeskApp, clipboard, popup_windows, run_cli, wait_for, xdotool
from xsession import XSession

pytestmark = pytest.mark.e2e

OWNER = Path(__file__).with_name("message_owner.py")
MESSAGE = (
    "Hi, this is the THIRD time I write. The TV from order #88123 arrived with a cracked screen. I want a "
    "replacement by Friday or I will leave a review everywhere.\n\nRegards,\nMaria Lopez"
)


@contextmanager
def _message_on_clipboard(session: XSession, *flags: str) -> Iterator[None]:
    proc = subprocess.Popen(
        [sys.executable, str(OWNER), MESSAGE, *flags],
        env=session.env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "offered"
        yield
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(10)


def _complaints(session: XSession) -> list[dict[str, object]]:
    done = run_cli(session, "complaint", "list", "--json")
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout))


def _summon(session: XSession) -> None:
    if not popup_windows(session):
        xdotool(session, "key", "ctrl+alt+space")
        wait_for(lambda: popup_windows(session), 5, "the picker")


def test_a_copied_message_starts_a_complaint_and_its_answer_comes_first(
    xsession: XSession, tmp_path: Path
) -> None:
    session = xsession
    app = CalmDeskApp(session, tmp_path / "app.log")
    try:
        app.wait_ready()
        with _message_on_clipboard(session):
            # The reading fills in after the popup shows; until it has, Ctrl+Shift+N only says so.
            deadline = time.monotonic() + 20
            while not _complaints(session):
                assert time.monotonic() < deadline, "no complaint started from the message"
                _summon(session)
                xdotool(session, "key", "ctrl+shift+n")
                time.sleep(0.3)
            [started] = _complaints(session)
            assert (started["customer"], started["ticket"], started["topic"], started["anger"]) == (
                "Maria Lopez",
                "#88123",
                "damaged",
                5,
            )

            # Furious: the apology that fits the anger comes first, addressed by the name read.
            expected = run_cli(
                session, "render", "empathy.every-right-to-be-upset", "--set", "customer_name=Maria"
            ).stdout.rstrip("\n")
            xdotool(session, "key", "Escape")
            wait_for(lambda: not popup_windows(session), 5, "the picker to hide")
            _summon(session)
            time.sleep(0.5)  # the same message again: its reading is kept, shown on the next turn
            xdotool(session, "key", "Return")
            wait_for(lambda: clipboard(session) == expected, 5, f"the clipboard to hold {expected!r}")
        assert "88123" not in app.output(), "nothing read is logged"
    finally:
        app.stop()


def test_a_password_managers_secret_is_never_read(xsession: XSession, tmp_path: Path) -> None:
    session = xsession
    app = CalmDeskApp(session, tmp_path / "app.log")
    try:
        app.wait_ready()
        with _message_on_clipboard(session, "--secret"):
            _summon(session)
            time.sleep(2)  # ample time for a reading that must not come
            xdotool(session, "key", "ctrl+shift+n")
            time.sleep(0.5)
            assert _complaints(session) == []
    finally:
        app.stop()
