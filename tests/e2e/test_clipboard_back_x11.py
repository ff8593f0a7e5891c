"""Auto-paste under X11 with the option to give the agent's clipboard back: pasted, then theirs again."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from textwin import TextWindow
from xapp import (
    SIGNED,
    CalmDeskApp,
    active_window,
    clipboard,
    expected_phrase,
    popup_windows,
    wait_for,
    write_settings,
    xdotool,
)
from xsession import XSession

pytestmark = pytest.mark.e2e

QUERY = "sorry wait"


def test_the_agents_clipboard_comes_back_after_the_paste(xsession: XSession, tmp_path: Path) -> None:
    write_settings(xsession, "auto_paste = true", "restore_clipboard = true", *SIGNED)
    app = CalmDeskApp(xsession, tmp_path / "calmdesk.log")
    try:
        app.wait_ready()
        expected = expected_phrase(xsession, QUERY)
        chat = TextWindow(xsession.env, "Customer chat")
        try:
            own = "order 4471: refund approved"  # what the agent copied themselves, from another tool
            # xclip's server keeps the text after it returns; it must not hold our pipes open.
            subprocess.run(
                ["xclip", "-selection", "clipboard", "-in"],
                input=own.encode(),
                env=xsession.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=10,
                check=True,
            )
            wait_for(lambda: clipboard(xsession) == own, 5, "the agent's own text on the clipboard")
            selected = "Tom Hart"  # and what they last selected (the primary selection, middle-click)
            _xclip(xsession, "primary", selected)
            wait_for(lambda: _primary(xsession) == selected, 5, "the agent's selection")
            wait_for(lambda: active_window(xsession) == chat.window_id, 5, "the chat to have focus")
            xdotool(xsession, "key", "ctrl+alt+space")
            popup = wait_for(lambda: popup_windows(xsession), 5, "the CalmDesk popup")[0]
            wait_for(lambda: active_window(xsession) == popup, 5, "the popup to have focus")
            xdotool(xsession, "type", "--delay", "20", QUERY)
            xdotool(xsession, "key", "Return")
            wait_for(lambda: chat.content() == expected, 5, f"the chat to receive {expected!r}")
            wait_for(lambda: clipboard(xsession) == own, 5, "the agent's own text back on the clipboard")
            wait_for(lambda: _primary(xsession) == selected, 5, "the agent's selection back")
            assert chat.content() == expected  # the old text was not pasted after the phrase
        finally:
            chat.close()
    finally:
        app.stop()


def _xclip(xsession: XSession, selection: str, text: str) -> None:
    """xclip owns `selection` with `text`; its server keeps it after the call and must not hold our pipes."""
    subprocess.run(
        ["xclip", "-selection", selection, "-in"],
        input=text.encode(),
        env=xsession.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=10,
        check=True,
    )


def _primary(xsession: XSession) -> str:
    done = subprocess.run(
        ["xclip", "-selection", "primary", "-out"],
        env=xsession.env,
        capture_output=True,
        text=True,
        timeout=10,
    )
    return done.stdout if done.returncode == 0 else ""
