"""Opt-in auto-paste on X11: remember the window that had focus, later re-activate it and send Ctrl+V."""

from __future__ import annotations

import logging
import os
import time
from typing import Any

log = logging.getLogger(__name__)

_ACTIVATE_TIMEOUT_S = 1.0


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
    """The X window id that has focus now; call it before the popup shows. None off X11."""
    conn = _connect()
    if conn is None:
        return None
    try:
        return _active(conn)
    finally:
        conn.close()


def paste_into(window: int) -> None:
    """Re-activate `window` and type Ctrl+V into it with XTEST; raises PasteError when that fails."""
    conn = _connect()
    if conn is None:
        raise PasteError("Auto-paste works on X11 only; press Ctrl+V to paste")
    try:
        _activate(conn, window)
        _press_ctrl_v(conn)
    finally:
        conn.close()


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


def _press_ctrl_v(conn: Any) -> None:
    from Xlib import XK, X
    from Xlib.ext import xtest

    if not conn.has_extension("XTEST"):
        raise PasteError("The X server has no XTEST extension; press Ctrl+V to paste")
    control = conn.keysym_to_keycode(XK.string_to_keysym("Control_L"))
    v_key = conn.keysym_to_keycode(XK.string_to_keysym("v"))
    for kind, keycode in (
        (X.KeyPress, control),
        (X.KeyPress, v_key),
        (X.KeyRelease, v_key),
        (X.KeyRelease, control),
    ):
        xtest.fake_input(conn, kind, keycode)
    conn.sync()
