"""A first start under headless GNOME mutter, whose every new window takes the keyboard: the start-up notice
and the question for the agent's name go to the desktop's notification server (GNOME Shell's on a real
desktop; the tests' server speaking the same interface here), and the chat keeps the keyboard."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from muttersession import MutterSession
from textwin import TextWindow
from xapp import CalmDeskApp, wait_for

pytestmark = pytest.mark.e2e

SERVER = Path(__file__).parents[1] / "system" / "notification_server.py"


class NotificationServer:
    """tests/system/notification_server.py on the session's bus; what it was asked to show, as it comes."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(SERVER)], env=env, stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().strip() == "ready"
        self.shown: list[dict[str, Any]] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.shown.append(json.loads(line))

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(5)


def press(bus_address: str, notification: int, action: str) -> None:
    """The agent presses a notification's button: the server's ActionInvoked signal, as GNOME Shell sends."""
    from jeepney import DBusAddress, new_signal
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(bus=bus_address) as conn:
        address = DBusAddress("/org/freedesktop/Notifications", interface="org.freedesktop.Notifications")
        conn.send(new_signal(address, "ActionInvoked", "us", (notification, action)))


@pytest.fixture
def notifications(mutter: MutterSession) -> Iterator[NotificationServer]:
    server = NotificationServer(mutter.env)
    yield server
    server.stop()


def _focus_lines(app: CalmDeskApp) -> list[str]:
    return [line for line in app.output().splitlines() if "keyboard focus:" in line]


def test_first_start_leaves_the_keyboard_with_the_chat(
    mutter: MutterSession, notifications: NotificationServer, tmp_path: Path
) -> None:
    chat = TextWindow(mutter.env, "Customer chat")
    try:
        mutter.type_text("before ")
        wait_for(lambda: chat.content() == "before ", 10, "the chat to get the first keys")
        app = CalmDeskApp(mutter, tmp_path / "calmdesk.log", ("--hotkey", "Ctrl+Alt+Space", "--verbose"))
        try:
            app.wait_ready()
            # No tray here: the notice (how to reach CalmDesk) and the first start's question both go to
            # the notification server; the question with a button that opens it.
            question = wait_for(
                lambda: next((n for n in notifications.shown if n["summary"] == "Welcome"), None),
                10,
                "the first start's question at the notification server",
            )
            assert "your name" in question["body"], question
            wait_for(lambda: any("calmdesk show" in n["body"] for n in notifications.shown), 10, "the notice")
            # No window of ours took the keyboard: what the agent types goes on into the chat.
            mutter.type_text("after")
            wait_for(lambda: chat.content() == "before after", 10, "the chat to get the keys after the start")
            assert _focus_lines(app) == [], app.output()
            # The agent presses the button: the question opens, with the name field ready.
            press(mutter.bus_address, question["id"], question["actions"][0])
            wait_for(lambda: any(line.endswith("IntroductionDialog") for line in _focus_lines(app)), 10, "it")
            mutter.type_text("Sam")
            mutter.tap("Return")
            settings = Path(mutter.env["XDG_CONFIG_HOME"]) / "calmdesk" / "settings.toml"
            wait_for(
                lambda: settings.exists() and 'agent_name = "Sam"' in settings.read_text("utf-8"), 10, ""
            )
            assert app.proc.poll() is None
        finally:
            app.stop()
    finally:
        chat.close()
