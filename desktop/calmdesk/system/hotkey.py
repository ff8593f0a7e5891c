"""Global hotkey: one small interface, one backend per platform (X11, Windows, Wayland portal)."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QObject, QThread, Signal

from calmdesk.core.shortcut import DEFAULT_SHORTCUT, Shortcut, ShortcutError, parse_shortcut

log = logging.getLogger(__name__)

DEFAULT_SEQUENCE = DEFAULT_SHORTCUT
KeySequence = Shortcut  # the backends' name for a parsed shortcut


class HotkeyError(Exception):
    """The shortcut cannot be used; the message is meant for the person and says what to do."""


def parse_sequence(sequence: str) -> KeySequence:
    """Split "Ctrl+Alt+Space" into modifiers and key (see parse_shortcut). Raises HotkeyError."""
    try:
        return parse_shortcut(sequence)
    except ShortcutError as exc:
        raise HotkeyError(str(exc)) from None


class HotkeyBackend(QObject):
    """One way of getting a system-wide shortcut; subclasses do the platform work.

    Signals:
        activated(): the shortcut was pressed (always delivered in the thread that owns this object).
        failed(str): a shortcut that `register` accepted stopped working later (e.g. the Wayland portal
            refused it after asking the person); the plain reason, delivered like `activated`.
    """

    activated = Signal()
    failed = Signal(str)

    name = "none"

    def register(self, sequence: str) -> None:
        """Start listening for `sequence`; raises HotkeyError with a plain message when that is impossible."""
        raise NotImplementedError

    def unregister(self) -> None:
        """Stop listening; safe to call when nothing is registered."""
        raise NotImplementedError

    def running_thread(self) -> QThread | None:
        """The reader thread unregister() had to keep because it would not stop, or None.

        Whoever ends the process must keep it referenced: Qt aborts when a running QThread is destroyed.
        """
        return None


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

        return "portal" if PortalHotkeyBackend.available() else "none (bind `calmdesk show` in the desktop)"
    return {"windows": "windows", "x11": "x11"}.get(kind, "none (bind `calmdesk show` in the desktop)")
