"""Opt-in auto-paste: remember the window that had focus, later bring it back and type the paste key.

X11: the window is re-activated and the key typed with XTEST. Wayland names no windows to programs: the
compositor gives the keyboard back to the agent's window when the picker hides, and a virtual keyboard types
the key there (paste_wayland). The key is Ctrl+Shift+V in terminals, Ctrl+V elsewhere (paste_keys).
"""

from __future__ import annotations

import logging
import os
import time
from typing import Any

from calmdesk.system.paste_keys import paste_key_for

log = logging.getLogger(__name__)

_ACTIVATE_TIMEOUT_S = 1.0
# Wayland names no windows: this stands for "the window that has the keyboard once the picker is gone".
WAYLAND_TARGET = 0
_said_unavailable = False  # on a desktop where it cannot work, auto-paste says so once per run


class PasteError(Exception):
    """Auto-paste could not be done; the text is still on the clipboard for a manual Ctrl+V."""


def _connect() -> Any | None:
    """A python-xlib connection to $DISPLAY, or None off X11 (Wayland forbids synthetic input by design)."""
    if not os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    try:
        from Xlib import display, error
    except ImportError:  # python-xlib is a Linux-only dependency
        return None
    try:
        return display.Display()
    except (error.DisplayError, error.ConnectionClosedError, OSError) as exc:
        log.debug("no X connection for auto-paste: %s", exc)
        return None


def _active(conn: Any) -> int | None:
    from Xlib import X

    root = conn.screen().root
    prop = root.get_full_property(conn.intern_atom("_NET_ACTIVE_WINDOW"), X.AnyPropertyType)
    if prop is not None and len(prop.value) and int(prop.value[0]):
        return int(prop.value[0])
    # No EWMH window manager: fall back to the core input focus (an int for None/PointerRoot, else a Window).
    focus = conn.get_input_focus().focus
    window_id = getattr(focus, "id", None)
    return int(window_id) if window_id and window_id != root.id else None


def active_window() -> int | None:
    """The X window id that has focus now; call it before the popup shows. On Wayland WAYLAND_TARGET (until
    auto-paste has said once that it cannot work there); None where there is no way to paste."""
    if _wayland():
        from calmdesk.system.paste_wayland import unavailable_reason

        return None if _said_unavailable and unavailable_reason() else WAYLAND_TARGET
    conn = _connect()
    if conn is None:
        return None
    try:
        return _active(conn)
    finally:
        conn.close()


def paste_into(window: int) -> None:
    """Bring `window` back and type its paste key into it; raises PasteError when that fails."""
    if _wayland():
        _paste_wayland()
        return
    conn = _connect()
    if conn is None:
        raise PasteError("Auto-paste needs X11 or Wayland; press Ctrl+V to paste")
    try:
        _activate(conn, window)
        _press_paste_key(conn, paste_key_for(_window_class(conn, window)))
    finally:
        conn.close()


def focus(window: int) -> None:
    """Bring `window` back with the keyboard, without pasting (X11); raises PasteError when that fails."""
    conn = _connect()
    if conn is None:
        raise PasteError("No X11 display to give the keyboard back on")
    try:
        _activate(conn, window)
    finally:
        conn.close()


def _wayland() -> bool:
    return bool(os.environ.get("WAYLAND_DISPLAY"))


def _paste_wayland() -> None:
    global _said_unavailable
    from calmdesk.system.paste_wayland import WaylandPasteError, paste

    try:
        paste(_none_of_ours_focused, _serve_events)
    except WaylandPasteError as exc:
        _said_unavailable = True
        raise PasteError(f"Copied: {exc}") from None


def _serve_events() -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.processEvents()


def _none_of_ours_focused() -> bool:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.processEvents()  # the compositor's keyboard-leave for the hidden picker
    return QGuiApplication.focusWindow() is None


def _window_class(conn: Any, window: int) -> str:
    try:
        wm_class = conn.create_resource_object("window", window).get_wm_class() or ()
    except Exception:  # gone meanwhile: the plain paste key
        return ""
    return str(wm_class[-1]) if wm_class else ""


def _activate(conn: Any, window: int) -> None:
    from Xlib import X
    from Xlib.protocol import event

    root = conn.screen().root
    # EWMH: ask the window manager (source 2 = "pager", which WMs obey without focus-stealing checks).
    message = event.ClientMessage(
        window=conn.create_resource_object("window", window),
        client_type=conn.intern_atom("_NET_ACTIVE_WINDOW"),
        data=(32, [2, X.CurrentTime, 0, 0, 0]),
    )
    root.send_event(message, event_mask=X.SubstructureRedirectMask | X.SubstructureNotifyMask)
    conn.sync()
    deadline = time.monotonic() + _ACTIVATE_TIMEOUT_S
    while _active(conn) != window:
        if time.monotonic() > deadline:
            raise PasteError("The previous window could not be activated again; press Ctrl+V to paste")
        time.sleep(0.01)
    # The WM has marked it active; give its toolkit the FocusIn before keys arrive, or the first key is lost.
    conn.set_input_focus(window, X.RevertToParent, X.CurrentTime)
    conn.sync()


_X_KEYSYMS = {"ctrl": "Control_L", "shift": "Shift_L", "v": "v"}


def _press_paste_key(conn: Any, key: str) -> None:
    """Press `key` ("ctrl+v", "ctrl+shift+v") with XTEST: modifiers down, the key, all up in reverse."""
    from Xlib import XK, X
    from Xlib.ext import xtest

    if not conn.has_extension("XTEST"):
        raise PasteError("The X server has no XTEST extension; press Ctrl+V to paste")
    codes = [conn.keysym_to_keycode(XK.string_to_keysym(_X_KEYSYMS[part])) for part in key.split("+")]
    for code in codes:
        xtest.fake_input(conn, X.KeyPress, code)
    for code in reversed(codes):
        xtest.fake_input(conn, X.KeyRelease, code)
    conn.sync()
