"""Global hotkey: the interface (hotkey_backend) and one backend per platform (X11, Windows, portal).

This module picks the backend at run time; the interface and errors are re-exported from hotkey_backend.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QObject

from calmdesk.system.hotkey_backend import (
    DEFAULT_SEQUENCE,
    HotkeyBackend,
    HotkeyError,
    KeySequence,
    parse_sequence,
)

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_SEQUENCE",
    "HotkeyBackend",
    "HotkeyError",
    "KeySequence",
    "backend_name",
    "create_hotkey_backend",
    "parse_sequence",
    "session_kind",
]


def session_kind() -> str:
    """ "wayland", "x11", "windows", "macos" or "none", from the environment (no Qt needed)."""
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    if os.environ.get("WAYLAND_DISPLAY") or os.environ.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    if os.environ.get("DISPLAY"):
        return "x11"
    return "none"


def create_hotkey_backend(parent: QObject | None = None) -> HotkeyBackend | None:
    """The backend for this desktop, or None (then `calmdesk show` bound in the desktop is the way in)."""
    kind = session_kind()
    if kind == "windows":
        from calmdesk.system.hotkey_windows import WindowsHotkeyBackend

        return WindowsHotkeyBackend(parent)
    if kind == "wayland":
        # An X grab under XWayland only sees keys typed into X windows, so on Wayland only the portal counts.
        from calmdesk.system.hotkey_portal import PortalHotkeyBackend

        if PortalHotkeyBackend.available():
            return PortalHotkeyBackend(parent)
        log.info("no GlobalShortcuts portal: bind `calmdesk show` to a key in the desktop settings")
        return None
    if kind == "x11":
        from calmdesk.system.hotkey_x11 import X11HotkeyBackend

        return X11HotkeyBackend(parent)
    return None


def backend_name() -> str:
    """What create_hotkey_backend would pick, for `calmdesk doctor` (creates nothing)."""
    kind = session_kind()
    if kind == "wayland":
        from calmdesk.system.hotkey_portal import PortalHotkeyBackend

        if PortalHotkeyBackend.available():
            return (
                "portal (org.freedesktop.portal.GlobalShortcuts: the desktop may ask you to confirm the key)"
            )
        return "none: no GlobalShortcuts portal here; bind `calmdesk show` to a key (docs/hotkeys.md)"
    return {"windows": "windows", "x11": "x11"}.get(kind, "none (bind `calmdesk show` in the desktop)")
