"""A first start under headless sway with no notification server: the question for the agent's name, then
the start-up notice, map over the chat without taking its keyboard (sway's no_focus rule, asked over IPC),
one after the other: both are centred, and at once the notice sat right over the question."""

from __future__ import annotations

from pathlib import Path

import pytest
from swaysession import SwaySession
from textwin import TextWindow
from xapp import CalmDeskApp, wait_for

pytestmark = pytest.mark.e2e

APP_ID = "calmdesk"


def _chat_has_focus(sway: SwaySession) -> bool:
    return any(v.focused and v.app_id == "textwindow" for v in sway.views())


def _own(sway: SwaySession) -> dict[str, int]:
    """Our windows: title -> sway container id."""
    return {v.title: v.id for v in sway.views() if v.app_id == APP_ID}


def test_start_up_windows_leave_the_keyboard_with_the_chat(sway: SwaySession, tmp_path: Path) -> None:
    chat = TextWindow(sway.env, "Customer chat")
    try:
        wait_for(lambda: _chat_has_focus(sway), 5, "the chat window to have focus")
        sway.type_keys("before ")
        wait_for(lambda: chat.content() == "before ", 5, "the chat to get the first keys")
        app = CalmDeskApp(sway, tmp_path / "calmdesk.log")
        try:
            app.wait_ready()
            # No tray and no notification server: the notice is a window; the first start asks for the
            # agent's name in another, first. It maps, floating over the chat...
            welcome, notice = "Welcome — CalmDesk", "Notice — CalmDesk"
            wait_for(lambda: welcome in _own(sway), 10, f"{welcome} to map")
            assert all(v.floating for v in sway.views() if v.app_id == APP_ID), sway.views()
            # ... and the chat keeps the keyboard: what the agent types goes on into it.
            assert _chat_has_focus(sway), sway.tree()
            sway.type_keys("after")
            wait_for(lambda: chat.content() == "before after", 5, "the chat to get the keys after the start")
            assert _chat_has_focus(sway), sway.tree()
            # The notice waits for the question: never centred on top of it.
            assert set(_own(sway)) == {welcome}, sway.views()
            # A click on the question gives it the keyboard, with the name field ready.
            sway.swaymsg(f"[con_id={_own(sway)[welcome]}] focus")
            sway.type_keys("Sam")
            sway.type_keys("-k", "Return")
            wait_for(lambda: welcome not in _own(sway), 5, "Enter to save the name")
            settings = Path(sway.env["XDG_CONFIG_HOME"]) / "calmdesk" / "settings.toml"
            assert 'agent_name = "Sam"' in settings.read_text(encoding="utf-8")
            # Then the notice says how to reach CalmDesk, floating, alone.
            wait_for(lambda: set(_own(sway)) == {notice}, 10, f"{notice} to map after the question")
            assert all(v.floating for v in sway.views() if v.app_id == APP_ID), sway.views()
            assert app.proc.poll() is None
        finally:
            app.stop()
    finally:
        chat.close()
