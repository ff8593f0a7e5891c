"""The checklist panel and the notices under headless sway with a notification server (dunst, as many sway
desktops run): the panel floats, no notice takes the keyboard from the agent's chat."""

from __future__ import annotations

from pathlib import Path

import dunst
import pytest
from swaysession import OUTPUT_SIZE, SwaySession
from textwin import TextWindow
from xapp import SIGNED, CalmDeskApp, run_cli, wait_for, write_settings

pytestmark = pytest.mark.e2e


def _signed_profile(sway: SwaySession) -> None:
    """A profile past its first start: the greeting that asks for the agent's name does not come up."""
    write_settings(sway, *SIGNED)


def _chat_has_focus(sway: SwaySession) -> bool:
    return any(v.focused and v.app_id == "textwindow" for v in sway.views())


def _focused(sway: SwaySession, title: str) -> bool:
    return any(v.focused and v.title == title for v in sway.views())


def test_the_start_up_notice_goes_to_the_notification_server_not_over_the_chat(
    sway_notifications: SwaySession, tmp_path: Path
) -> None:
    sway = sway_notifications
    _signed_profile(sway)
    chat = TextWindow(sway.env, "Customer chat")
    try:
        wait_for(lambda: _chat_has_focus(sway), 5, "the chat window to have focus")
        app = CalmDeskApp(sway, tmp_path / "calmdesk.log")
        try:
            app.wait_ready()
            # sway has no tray: the notice that says how to reach CalmDesk is a notification (beside the
            # first start's welcome, which always is one).
            wait_for(
                lambda: any("calmdesk show" in n["body"]["data"] for n in dunst.received(sway)),
                10,
                "the start-up notice at the notification server",
            )
            assert not [v for v in sway.views() if v.app_id == "calmdesk"], sway.views()
            assert _chat_has_focus(sway), sway.tree()
            # What the agent types goes on into the chat.
            sway.type_keys("hello")
            wait_for(lambda: chat.content() == "hello", 5, "the chat to get the keys")
            assert app.proc.poll() is None
        finally:
            app.stop()
    finally:
        chat.close()


def test_the_checklist_panel_floats_over_the_chat_at_its_own_size(
    sway_notifications: SwaySession, tmp_path: Path
) -> None:
    sway = sway_notifications
    _signed_profile(sway)
    chat = TextWindow(sway.env, "Customer chat")
    try:
        wait_for(lambda: _chat_has_focus(sway), 5, "the chat window to have focus")
        app = CalmDeskApp(sway, tmp_path / "calmdesk.log")
        try:
            app.wait_ready()
            assert run_cli(sway, "show", "--checklist").returncode == 0
            panel = wait_for(lambda: sway.view("calmdesk", "Checklist — CalmDesk"), 10, "the checklist panel")
            # Floating at the size it was given (sway would tile it beside the chat, halving both).
            assert panel.floating, panel
            # 380x660 and sway's decorations (a border, at times a title bar): its own size, not a tile.
            assert 380 <= panel.width <= 390, panel
            assert 660 <= panel.height <= 700, panel
            wait_for(lambda: _focused(sway, "Checklist — CalmDesk"), 5, "the panel to have focus")
            [chat_view] = [v for v in sway.views() if v.app_id == "textwindow"]
            assert chat_view.width == OUTPUT_SIZE[0], chat_view  # the chat keeps the whole width
            # Esc hides it and the chat has the keyboard again.
            sway.type_keys("-k", "Escape")
            wait_for(lambda: _chat_has_focus(sway), 5, "the chat to have the keyboard back")
        finally:
            app.stop()
    finally:
        chat.close()
