"""After Enter copies a phrase in the checklist panel, the keyboard is back in the chat window, as after a
copy in the picker (issue 16, point 13): the agent pastes with Ctrl+V at once, without a click."""

from __future__ import annotations

from pathlib import Path

import pytest
from textwin import TextWindow
from xapp import CalmDeskApp, active_window, clipboard, run_cli, wait_for, xdotool
from xsession import XSession

pytestmark = pytest.mark.e2e


def _panel(session: XSession) -> int | None:
    found = xdotool(session, "search", "--onlyvisible", "--name", "^Checklist").split()
    return int(found[0]) if found else None


def test_enter_in_the_panel_copies_and_gives_the_keyboard_back_to_the_chat(
    xsession: XSession, tmp_path: Path
) -> None:
    assert (
        run_cli(xsession, "complaint", "new", "--customer", "Ana Souza", "--channel", "chat").returncode == 0
    )
    app = CalmDeskApp(xsession, tmp_path / "calmdesk.log")
    chat = None
    try:
        app.wait_ready()
        chat = TextWindow(xsession.env, "Customer chat")
        wait_for(lambda: active_window(xsession) == chat.window_id, 5, "the chat to have the keyboard")
        assert run_cli(xsession, "show", "--checklist").returncode == 0
        panel = wait_for(lambda: _panel(xsession), 5, "the checklist panel")
        wait_for(lambda: active_window(xsession) == panel, 5, "the panel to have the keyboard")
        before = clipboard(xsession)
        xdotool(xsession, "key", "Tab", "Return")  # into the step's phrases, then copy the first
        wait_for(lambda: clipboard(xsession) not in ("", before), 5, "the phrase on the clipboard")
        wait_for(lambda: active_window(xsession) == chat.window_id, 5, "the keyboard back in the chat")
        assert _panel(xsession) == panel, "the panel stays open beside the chat"
        xdotool(xsession, "key", "ctrl+v")
        wait_for(lambda: clipboard(xsession).strip() in chat.content(), 5, "the phrase pasted in the chat")
    finally:
        if chat is not None:
            chat.close()
        app.stop()
