"""The keyboard back to the agent's own window after a copy in a CalmDesk window that stays open (X11)."""

from __future__ import annotations

import logging
import os
from typing import Any

from calmdesk.system import paste

log = logging.getLogger(__name__)

# Window kinds that are not where an agent types: panels and trays, the desktop, pop-up notices.
_NOT_A_PLACE_TO_TYPE = (
    "_NET_WM_WINDOW_TYPE_DOCK",
    "_NET_WM_WINDOW_TYPE_DESKTOP",
    "_NET_WM_WINDOW_TYPE_SPLASH",
    "_NET_WM_WINDOW_TYPE_NOTIFICATION",
    "_NET_WM_WINDOW_TYPE_TOOLBAR",
    "_NET_WM_WINDOW_TYPE_MENU",
)


def give_back(*, paste_too: bool = False) -> bool:
    """Activate the topmost window that is not CalmDesk's (the chat the agent was in), and, with
    `paste_too` (auto-paste), paste there. True when it was done.

    The window stacking order is the memory: whichever way the panel got the keyboard (a click, the tray,
    Ctrl+K in the picker), the agent's last window is the highest one below our own. Wayland lets no
    client hand the keyboard to another: there the agent clicks or presses Esc (which hides the panel).
    """
    if os.environ.get("WAYLAND_DISPLAY") or not os.environ.get("DISPLAY"):
        return False
    window = _topmost_other_window()
    if window is None:
        return False
    try:
        if paste_too:
            paste.paste_into(window)
        else:
            paste.focus(window)
    except paste.PasteError as exc:
        log.info("could not give the keyboard back: %s", exc)
        return False
    return True


def _topmost_other_window() -> int | None:
    try:
        from Xlib import X, display, error
    except ImportError:  # python-xlib is a Linux-only dependency
        return None
    try:
        conn = display.Display()
    except (error.DisplayError, error.ConnectionClosedError, OSError):
        return None
    try:
        root = conn.screen().root
        stacking = root.get_full_property(conn.intern_atom("_NET_CLIENT_LIST_STACKING"), X.AnyPropertyType)
        for window_id in reversed(list(stacking.value) if stacking else []):  # top first
            if _is_the_agents(conn, conn.create_resource_object("window", int(window_id))):
                return int(window_id)
        return None
    except error.XError as exc:
        log.debug("window stacking not readable: %s", exc)
        return None
    finally:
        conn.close()


def _is_the_agents(conn: Any, window: Any) -> bool:
    """A window of another program, shown, and of a kind people type in."""
    from Xlib import X, error

    def atoms(name: str) -> list[int]:
        prop = window.get_full_property(conn.intern_atom(name), X.AnyPropertyType)
        return [int(v) for v in prop.value] if prop is not None else []

    try:
        if os.getpid() in atoms("_NET_WM_PID"):
            return False
        if conn.intern_atom("_NET_WM_STATE_HIDDEN") in atoms("_NET_WM_STATE"):
            return False
        kinds = atoms("_NET_WM_WINDOW_TYPE")
        if any(conn.intern_atom(kind) in kinds for kind in _NOT_A_PLACE_TO_TYPE):
            return False
        return bool(window.get_attributes().map_state == X.IsViewable)
    except error.XError:  # closed meanwhile
        return False
