"""A first start under headless GNOME mutter, whose every new window takes the keyboard: the start-up notice
and the question for the agent's name go to the desktop's notification server (GNOME Shell's on a real
desktop; the tests' server speaking the same interface here), and the chat keeps the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from gnomenotify import NotificationServer, press
from muttersession import MutterSession
from textwin import TextWindow
from xapp import CalmDeskApp, wait_for

pytestmark = pytest.mark.e2e


def test_first_start_leaves_the_keyboard_with_the_chat(
    mutter: MutterSession, gnome_notifications: NotificationServer, tmp_path: Path
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
                lambda: next((n for n in gnome_notifications.shown if n["summary"] == "Welcome"), None),
                10,
                "the first start's question at the notification server",
            )
            assert "your name" in question["body"], question
            wait_for(
                lambda: any("calmdesk show" in n["body"] for n in gnome_notifications.shown), 10, "the notice"
            )
            # No window of ours took the keyboard: what the agent types goes on into the chat.
            mutter.type_text("after")
            wait_for(lambda: chat.content() == "before after", 10, "the chat to get the keys after the start")
            assert app.focus_lines() == [], app.output()
            # The agent presses the button: the question opens, with the name field ready.
            press(mutter.bus_address, question["id"], question["actions"][0])
            wait_for(lambda: any(line.endswith("IntroductionDialog") for line in app.focus_lines()), 10, "it")
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
