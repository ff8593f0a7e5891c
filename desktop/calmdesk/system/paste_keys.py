"""The paste key for the window a phrase goes into: Ctrl+V, but Ctrl+Shift+V in terminals (Ctrl+V is a
control character there)."""

from __future__ import annotations

CTRL_V = "ctrl+v"
CTRL_SHIFT_V = "ctrl+shift+v"

# Terminal emulators by their X11 WM_CLASS or Wayland app id, lower case. A name ending in "term" or
# "terminal" (xterm, lxterminal, org.gnome.Terminal, com.system76.CosmicTerm) counts as one too.
TERMINALS = frozenset(
    {
        "alacritty",
        "blackbox",
        "com.raggesilver.blackbox",
        "foot",
        "gnome-terminal-server",
        "footclient",
        "ghostty",
        "com.mitchellh.ghostty",
        "guake",
        "kgx",
        "org.gnome.console",
        "kitty",
        "konsole",
        "org.kde.konsole",
        "ptyxis",
        "org.gnome.ptyxis",
        "qterminal",
        "rxvt",
        "urxvt",
        "sakura",
        "st",
        "st-256color",
        "terminator",
        "terminology",
        "tilda",
        "tilix",
        "com.gexperts.tilix",
        "wezterm",
        "org.wezfurlong.wezterm",
        "yakuake",
    }
)


def is_terminal(app_id: str) -> bool:
    name = app_id.strip().lower()
    return name in TERMINALS or name.endswith(("term", "terminal"))


def paste_key_for(app_id: str) -> str:
    """ "ctrl+shift+v" for a terminal's app id or window class, "ctrl+v" for anything else (or unknown)."""
    return CTRL_SHIFT_V if is_terminal(app_id) else CTRL_V
