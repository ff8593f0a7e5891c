"""Can this process show windows at all? Asked before Qt starts, because Qt cannot be asked."""

from __future__ import annotations

import os
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
        return None  # Qt prefers Wayland here and falls back to XWayland by itself
    try:
        from Xlib import display
        from Xlib.error import DisplayError

        display.Display(x11).close()
    except (DisplayError, OSError, ImportError) as exc:
        return f"the X display {x11} cannot be opened ({exc})"
    return None
