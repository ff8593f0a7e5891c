"""The checklist panel under headless sway: beside the chat (not centred over it), and where the agent
left it the next time (sway's IPC: Wayland gives a client no position of its own)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from swaysession import OUTPUT_SIZE, SwaySession, View
from textwin import TextWindow
from xapp import SIGNED, CalmDeskApp, run_cli, wait_for, write_settings

pytestmark = pytest.mark.e2e

PANEL = "Checklist — CalmDesk"
GAP = 8


def _signed_profile(sway: SwaySession) -> None:
    """Past its first start: no greeting; and with no tray here, the notice maps beside the chat (quietly)."""
    write_settings(sway, *SIGNED)


def _chat(sway: SwaySession) -> View | None:
    return next((v for v in sway.views() if v.app_id == "textwindow"), None)


def _resized_chat(sway: SwaySession) -> bool:
    chat = _chat(sway)
    if chat is not None and 600 <= chat.width < 620:
        return True
    sway.swaymsg("[app_id=textwindow] resize set 600 500")  # again, until the client has followed
    time.sleep(0.1)
    return False


def _placed_chat(sway: SwaySession) -> View | None:
    """The chat once sway has floated, sized and moved it, and it stays so (the title bar comes last)."""
    chat = _chat(sway)
    if chat is None or chat.x != 20 or not 600 <= chat.width < 620:
        return None
    time.sleep(0.2)
    return chat if _chat(sway) == chat else None


def _panel(sway: SwaySession) -> View | None:
    return sway.view("calmdesk", PANEL)


def _settled(sway: SwaySession, x: int, y: int) -> View | None:
    panel = _panel(sway)
    return panel if panel is not None and (panel.x, panel.y) == (x, y) else None


def test_the_panel_opens_beside_the_chat_and_where_it_was_left(sway: SwaySession, tmp_path: Path) -> None:
    _signed_profile(sway)
    chat = TextWindow(sway.env, "Customer chat")
    try:
        # The agent's chat floats on the left of the screen, 600 wide: there is room beside it.
        # One step at a time, each once the client has followed: a resize sent while the chat still
        # answers the float is lost.
        sway.swaymsg("[app_id=textwindow] floating enable")
        wait_for(lambda: (c := _chat(sway)) is not None and c.floating, 5, "the chat to float")
        wait_for(lambda: _resized_chat(sway), 5, "the chat 600 wide")
        sway.swaymsg("[app_id=textwindow] move absolute position 20 40")
        chat_view = wait_for(lambda: _placed_chat(sway), 5, "the chat at the left, 600 wide")
        app = CalmDeskApp(sway, tmp_path / "calmdesk.log")
        try:
            app.wait_ready()
            wait_for(lambda: sway.view("calmdesk", "Notice — CalmDesk"), 10, "the start-up notice")
            sway.swaymsg('[title="Notice — CalmDesk"] kill')
            sway.swaymsg("[app_id=textwindow] focus")
            wait_for(lambda: (c := _chat(sway)) is not None and c.focused, 5, "the chat to have focus")

            assert run_cli(sway, "show", "--checklist").returncode == 0
            # Right of the chat, top-aligned with it: not centred over it (sway's own choice).
            x = chat_view.x + chat_view.width + GAP
            panel = wait_for(lambda: _settled(sway, x, chat_view.y), 5, f"the panel at ({x}, {chat_view.y})")
            assert panel.floating, panel
            assert panel.x + panel.width <= OUTPUT_SIZE[0], panel
            wait_for(lambda: (p := _panel(sway)) is not None and p.focused, 5, "the panel to have focus")

            # The agent drags it elsewhere; Esc hides it; the next time it opens there.
            sway.swaymsg(f'[title="{PANEL}"] move absolute position 850 60')
            moved = wait_for(
                lambda: (p := _panel(sway)) is not None and p.x == 850 and p, 5, "the agent's move"
            )
            sway.type_keys("-k", "Escape")
            wait_for(lambda: _panel(sway) is None, 5, "Esc to hide the panel")
            assert run_cli(sway, "show", "--checklist").returncode == 0
            wait_for(lambda: _settled(sway, moved.x, moved.y), 5, "the panel where the agent left it")
        finally:
            app.stop()
        # ... and so after a restart too (kept in the state folder).
        app = CalmDeskApp(sway, tmp_path / "calmdesk2.log")
        try:
            app.wait_ready()
            assert run_cli(sway, "show", "--checklist").returncode == 0
            wait_for(
                lambda: _settled(sway, moved.x, moved.y), 5, "the panel where it was left, after a restart"
            )
        finally:
            app.stop()
    finally:
        chat.close()
