"""Windows global hotkey: RegisterHotKey on the GUI thread, WM_HOTKEY picked up by a native event filter."""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject

from calmdesk.system.hotkey_backend import HotkeyBackend, HotkeyError, parse_sequence

log = logging.getLogger(__name__)

WM_HOTKEY = 0x0312
MOD_ALT = 0x0001
MOD_CONTROL = 0x0002
MOD_SHIFT = 0x0004
MOD_WIN = 0x0008
MOD_NOREPEAT = 0x4000  # one WM_HOTKEY per press, not one per auto-repeat
ERROR_HOTKEY_ALREADY_REGISTERED = 1409
_HOTKEY_ID = 0xCA1D  # any id in 0x0000..0xBFFF is ours to pick for an application; this one is memorable

_MODIFIER_FLAGS = {"ctrl": MOD_CONTROL, "alt": MOD_ALT, "shift": MOD_SHIFT, "super": MOD_WIN}

# Qt-style key names -> Windows virtual-key codes (letters and digits are their ASCII upper-case codes).
_VIRTUAL_KEYS = {
    "space": 0x20,
    "return": 0x0D,
    "enter": 0x0D,
    "tab": 0x09,
    "esc": 0x1B,
    "escape": 0x1B,
    "backspace": 0x08,
    "insert": 0x2D,
    "ins": 0x2D,
    "delete": 0x2E,
    "del": 0x2E,
    "home": 0x24,
    "end": 0x23,
    "pgup": 0x21,
    "pageup": 0x21,
    "pgdown": 0x22,
    "pagedown": 0x22,
    "left": 0x25,
    "up": 0x26,
    "right": 0x27,
    "down": 0x28,
    "pause": 0x13,
    "print": 0x2C,
    "+": 0xBB,  # VK_OEM_PLUS
    ",": 0xBC,
    "-": 0xBD,
    ".": 0xBE,
}


def virtual_key(key: str) -> int:
    """The Windows virtual-key code for a Qt-style key name; HotkeyError when there is none."""
    lowered = key.lower()
    if lowered in _VIRTUAL_KEYS:
        return _VIRTUAL_KEYS[lowered]
    if len(key) == 1 and key.isascii() and key.isalnum():
        return ord(key.upper())
    if lowered.startswith("f") and lowered[1:].isdigit() and 1 <= int(lowered[1:]) <= 24:
        return 0x70 + int(lowered[1:]) - 1  # VK_F1..VK_F24
    raise HotkeyError(f"{key!r} cannot be used as a shortcut key on Windows; try e.g. Space, F8 or a letter")


def win32_flags(sequence: str) -> tuple[int, int]:
    """(modifier flags incl. MOD_NOREPEAT, virtual key) for RegisterHotKey."""
    parsed = parse_sequence(sequence)
    flags = MOD_NOREPEAT
    for mod in parsed.modifiers:
        flags |= _MODIFIER_FLAGS[mod]
    return flags, virtual_key(parsed.key)


class _HotkeyFilter(QAbstractNativeEventFilter):
    """Sees every native message of the GUI thread; reports our WM_HOTKEY and lets everything else pass."""

    def __init__(self, backend: WindowsHotkeyBackend) -> None:
        super().__init__()
        self._backend = backend

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:
        if bytes(event_type) != b"windows_generic_MSG":
            return False, 0
        from ctypes import wintypes

        msg = wintypes.MSG.from_address(int(message))
        if msg.message == WM_HOTKEY and msg.wParam == _HOTKEY_ID:
            self._backend.activated.emit()  # already on the GUI thread: a direct call is fine
            return True, 0
        return False, 0


class WindowsHotkeyBackend(HotkeyBackend):
    """RegisterHotKey with no window: Windows posts WM_HOTKEY to the registering (GUI) thread's queue."""

    name = "windows"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter: _HotkeyFilter | None = None
        self._registered = False

    def register(self, sequence: str) -> None:
        if sys.platform != "win32":
            raise HotkeyError("The Windows shortcut backend only works on Windows")
        self.unregister()
        flags, vk = win32_flags(sequence)
        user32 = ctypes.WinDLL("user32", use_last_error=True)
        # Registered from the GUI thread on purpose: WM_HOTKEY goes to the registering thread's queue.
        if not user32.RegisterHotKey(None, _HOTKEY_ID, flags, vk):
            code = ctypes.get_last_error()
            if code == ERROR_HOTKEY_ALREADY_REGISTERED:
                raise HotkeyError(f"{sequence} is already used by another program.")
            raise HotkeyError(f"Windows refused the shortcut {sequence} (error {code})")
        self._registered = True
        app = QCoreApplication.instance()
        if app is None:
            self.unregister()
            raise HotkeyError("The shortcut needs the running app (no QApplication yet)")
        self._filter = _HotkeyFilter(self)
        app.installNativeEventFilter(self._filter)

    def unregister(self) -> None:
        if self._filter is not None:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeNativeEventFilter(self._filter)
            self._filter = None
        if self._registered and sys.platform == "win32":
            ctypes.WinDLL("user32", use_last_error=True).UnregisterHotKey(None, _HOTKEY_ID)
        self._registered = False
