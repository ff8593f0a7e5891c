"""Auto-paste on GNOME through the real RemoteDesktop portal (xdg-desktop-portal 1.16 with the GNOME
backend on headless mutter): the first paste asks the agent in GNOME's dialog (answered here with the keys a
person would press), the phrase lands in the chat; the next paste asks nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from gnomeportal import GnomePortal
from muttersession import MutterSession
from textwin import TextWindow
from xapp import SIGNED, CalmDeskApp, expected_phrase, run_cli, wait_for, write_settings

pytestmark = pytest.mark.e2e

QUERY = "sorry wait"


def _paste_once(gnome: MutterSession, app: CalmDeskApp, chat: TextWindow) -> None:
    seen = len(app.focus_lines())
    assert run_cli(gnome, "show").returncode == 0
    wait_for(lambda: "keyboard focus: PickerWindow" in "".join(app.focus_lines()[seen:]), 10, "the picker")
    wait_for(lambda: gnome.tap("Shift_L") or "keys reach: PickerWindow" in app.output(), 10, "keys")
    gnome.type_text(QUERY)
    gnome.tap("Return")


def test_the_first_paste_asks_once_then_pastes(
    mutter: MutterSession, gnome_portal: GnomePortal, tmp_path: Path
) -> None:
    gnome = mutter
    write_settings(gnome, *SIGNED, "auto_paste = true")
    expected = expected_phrase(gnome, QUERY)
    chat = TextWindow(gnome.env, "Customer chat")
    try:
        gnome.type_text("a")
        wait_for(lambda: chat.content() == "a", 10, "the chat to have the keyboard")
        gnome.tap("BackSpace")
        app = CalmDeskApp(gnome, tmp_path / "calmdesk.log", ("--hotkey", "Ctrl+Alt+Space", "--verbose"))
        try:
            app.wait_ready()
            _paste_once(gnome, app, chat)
            # GNOME asks the agent: "Allow remote interaction", then Share.
            gnome_portal.allow(gnome)
            wait_for(lambda: "type the paste key for this session" in app.output(), 10, "the agent's grant")
            wait_for(lambda: chat.content() == expected, 10, f"the chat to receive {expected!r}")
            # The next paste asks nothing: the grant holds for the run.
            chat_before = chat.content()
            _paste_once(gnome, app, chat)
            wait_for(lambda: chat.content() == chat_before + expected, 10, "the second paste")
            assert app.output().count("type the paste key for this session") == 1
            assert app.proc.poll() is None
        finally:
            app.stop()
    finally:
        chat.close()


def test_an_agent_who_says_no_is_not_asked_again_in_the_run(
    mutter: MutterSession, gnome_portal: GnomePortal, tmp_path: Path
) -> None:
    gnome = mutter
    write_settings(gnome, *SIGNED, "auto_paste = true")
    chat = TextWindow(gnome.env, "Customer chat")
    try:
        gnome.type_text("a")
        wait_for(lambda: chat.content() == "a", 10, "the chat to have the keyboard")
        app = CalmDeskApp(gnome, tmp_path / "calmdesk.log", ("--hotkey", "Ctrl+Alt+Space", "--verbose"))
        try:
            app.wait_ready()
            _paste_once(gnome, app, chat)
            gnome_portal.refuse(gnome)
            wait_for(lambda: "did not let CalmDesk type the paste key" in app.output(), 10, "the refusal")
            # The phrase is on the clipboard for the agent's own Ctrl+V; nothing was typed for them.
            assert chat.content() == "a"
            # The next copy asks nothing: the picker says why it did not paste, and no dialog comes.
            _paste_once(gnome, app, chat)
            wait_for(
                lambda: "keyboard focus: none of ours" in app.focus_lines()[-1], 10, "the picker to hide"
            )
            assert gnome_portal.dialogs() == 1
            assert chat.content() == "a"
            assert app.proc.poll() is None
        finally:
            app.stop()
    finally:
        chat.close()
