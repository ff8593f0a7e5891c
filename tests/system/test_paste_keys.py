"""The paste key per target: Ctrl+Shift+V in terminals, Ctrl+V in everything else."""

from __future__ import annotations

import pytest

from calmdesk.system.paste_keys import CTRL_SHIFT_V, CTRL_V, paste_key_for


@pytest.mark.parametrize(
    "app_id",
    [
        "XTerm",
        "xterm",
        "org.gnome.Terminal",
        "gnome-terminal-server",
        "konsole",
        "org.kde.konsole",
        "foot",
        "Alacritty",
        "kitty",
        "org.wezfurlong.wezterm",
        "lxterminal",
        "com.system76.CosmicTerm",
        " tilix ",
    ],
)
def test_terminals_get_ctrl_shift_v(app_id: str) -> None:
    assert paste_key_for(app_id) == CTRL_SHIFT_V


@pytest.mark.parametrize(
    "app_id", ["", "firefox", "org.mozilla.firefox", "Slack", "textwindow", "zendesk", "libreoffice-writer"]
)
def test_everything_else_gets_ctrl_v(app_id: str) -> None:
    assert paste_key_for(app_id) == CTRL_V
