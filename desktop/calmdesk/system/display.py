"""Can this process show windows at all? Asked before Qt starts, because Qt cannot be asked."""

from __future__ import annotations

import os
import socket
import sys

# Platforms that need no display server: tests and screenshots run the app on these.
_HEADLESS_QT = frozenset({"offscreen", "minimal", "vnc"})


def missing_display() -> str | None:
    """Why no window can be shown here, in plain words, or None when the GUI can start.

    Qt ends the whole process (qFatal, then abort: no exception to catch) when it cannot reach a display,
    and its message blames a missing library. So the app checks first and can say what is really wrong.
    """
    if sys.platform in ("win32", "darwin"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform in _HEADLESS_QT:
        return None
    wayland, x11 = os.environ.get("WAYLAND_DISPLAY"), os.environ.get("DISPLAY")
    if not wayland and not x11:
        return "there is no graphical session here (neither DISPLAY nor WAYLAND_DISPLAY is set)"
    if wayland and platform != "xcb":
        problem = _wayland_problem(wayland)
        if problem is None or not x11:
            return problem
        # Unreachable, but Qt's default order on such a session is "wayland;xcb": X gets its chance next.
    if not x11:
        return "QT_QPA_PLATFORM asks for X11, but DISPLAY is not set"
    from calmdesk.system import x11_lib

    try:
        if not x11_lib.can_open(x11):
            return f"the X display {x11} cannot be opened (no X server there, or it refused this user)"
    except x11_lib.XUnavailable as exc:
        return f"the X display {x11} cannot be opened ({exc})"
    return None


def _wayland_problem(name: str) -> str | None:
    """None when a compositor answers on the Wayland socket `name`; a stale variable left behind by a
    crashed session otherwise (Qt would abort on it just the same)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    path = name if os.path.isabs(name) else os.path.join(runtime, name)
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(1.0)
            probe.connect(path)
    except OSError as exc:
        return f"the Wayland display {name} cannot be reached ({exc.strerror or exc})"
    return None
