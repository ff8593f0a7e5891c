"""The few libX11 calls the hotkey and the display check make, through ctypes: Qt's xcb plugin maps libX11.

python-xlib speaks the protocol in Python: its request and event tables, and the modules its connection
imports (platform, subprocess), cost 2 MB resident at every start for a key grab. libX11 is in memory
already (Qt opens its own Xlib display), so calling it costs ctypes alone (0.4 MB).
"""

from __future__ import annotations

import ctypes
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

KEY_PRESS, KEY_RELEASE = 2, 3
SHIFT_MASK, LOCK_MASK, CONTROL_MASK = 1, 2, 4
MOD1_MASK, MOD2_MASK, MOD4_MASK = 8, 16, 64
BAD_ACCESS = 10  # another client holds the grab
_GRAB_MODE_ASYNC = 1


class XUnavailable(Exception):
    """libX11 is missing, or the display cannot be opened; the message says which."""


class ConnectionLost(Exception):
    """The X server closed the connection (it stopped, or the session ended)."""


class KeyEvent(NamedTuple):
    type: int  # KEY_PRESS or KEY_RELEASE (other events come as 0)
    keycode: int
    state: int  # the modifier and lock bits held
    time: int  # server milliseconds: auto-repeat sends a release and a press with the same time


class _XKeyEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("root", ctypes.c_ulong),
        ("subwindow", ctypes.c_ulong),
        ("time", ctypes.c_ulong),
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("x_root", ctypes.c_int),
        ("y_root", ctypes.c_int),
        ("state", ctypes.c_uint),
        ("keycode", ctypes.c_uint),
        ("same_screen", ctypes.c_int),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xkey", _XKeyEvent), ("pad", ctypes.c_long * 24)]


class _XErrorEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("resourceid", ctypes.c_ulong),
        ("serial", ctypes.c_ulong),
        ("error_code", ctypes.c_ubyte),
        ("request_code", ctypes.c_ubyte),
        ("minor_code", ctypes.c_ubyte),
    ]


class _XModifierKeymap(ctypes.Structure):
    _fields_ = [("max_keypermod", ctypes.c_int), ("modifiermap", ctypes.POINTER(ctypes.c_ubyte))]


_ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(_XErrorEvent))
_lib: Any = None


def _x11() -> Any:
    """libX11, loaded once, with the signature of every function used here declared."""
    global _lib
    if _lib is not None:
        return _lib
    try:
        lib = ctypes.CDLL("libX11.so.6")
    except OSError:
        from ctypes.util import find_library  # not at the top: it imports subprocess, to ask ldconfig

        name = find_library("X11")
        if name is None:
            raise XUnavailable("libX11 is not installed (Debian package libx11-6)") from None
        lib = ctypes.CDLL(name)
    display, window, keysym = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong
    signatures: dict[str, tuple[Any, list[Any]]] = {
        "XOpenDisplay": (display, [ctypes.c_char_p]),
        "XCloseDisplay": (ctypes.c_int, [display]),
        "XConnectionNumber": (ctypes.c_int, [display]),
        "XDefaultRootWindow": (window, [display]),
        "XStringToKeysym": (keysym, [ctypes.c_char_p]),
        "XKeysymToKeycode": (ctypes.c_ubyte, [display, keysym]),
        "XGetModifierMapping": (ctypes.POINTER(_XModifierKeymap), [display]),
        "XFreeModifiermap": (ctypes.c_int, [ctypes.POINTER(_XModifierKeymap)]),
        # display, keycode, modifiers, grab window, owner_events, pointer mode, keyboard mode
        "XGrabKey": (ctypes.c_int, [display, ctypes.c_int, ctypes.c_uint, window] + [ctypes.c_int] * 3),
        "XUngrabKey": (ctypes.c_int, [display, ctypes.c_int, ctypes.c_uint, window]),
        "XSync": (ctypes.c_int, [display, ctypes.c_int]),
        "XPending": (ctypes.c_int, [display]),
        "XNextEvent": (ctypes.c_int, [display, ctypes.POINTER(_XEvent)]),
        "XSetErrorHandler": (_ErrorHandler, [_ErrorHandler]),
    }
    for name, (result, arguments) in signatures.items():
        function = getattr(lib, name)
        function.restype, function.argtypes = result, arguments
    _lib = lib
    return lib


def string_to_keysym(name: str) -> int:
    """The keysym X calls `name` ("space", "F8", "a"), or 0 when X knows no such name. Needs no display."""
    return int(_x11().XStringToKeysym(name.encode("ascii", "replace")))


def can_open(name: str) -> bool:
    """True when the X display `name` accepts a connection (opened and closed at once)."""
    lib = _x11()
    handle = lib.XOpenDisplay(name.encode())
    if not handle:
        return False
    lib.XCloseDisplay(handle)
    return True


class Connection:
    """One connection of our own to an X server, used by one thread at a time (the hotkey's)."""

    def __init__(self, name: str | None = None) -> None:
        self._lib = _x11()
        shown = name or os.environ.get("DISPLAY", "")
        self._handle = self._lib.XOpenDisplay(name.encode() if name else None)
        if not self._handle:
            raise XUnavailable(f"the X display {shown!r} cannot be opened")
        self.root = int(self._lib.XDefaultRootWindow(self._handle))

    def fileno(self) -> int:
        return int(self._lib.XConnectionNumber(self._handle))

    def keysym_to_keycode(self, keysym: int) -> int:
        """The key that types `keysym` on this server's keyboard map; 0 when none does."""
        return int(self._lib.XKeysymToKeycode(self._handle, keysym))

    def modifier_mapping(self) -> list[set[int]]:
        """The keycodes on each of the 8 modifiers (Shift, Lock, Control, Mod1..Mod5), from the server."""
        keymap = self._lib.XGetModifierMapping(self._handle)
        if not keymap:
            return [set() for _ in range(8)]
        try:
            per = keymap.contents.max_keypermod
            codes = keymap.contents.modifiermap
            return [{codes[i * per + j] for j in range(per)} - {0} for i in range(8)]
        finally:
            self._lib.XFreeModifiermap(keymap)

    def grab_key(self, keycode: int, modifiers: int) -> None:
        """A passive grab on the root window, queued: errors come at the next sync (see catching_errors)."""
        self._lib.XGrabKey(self._handle, keycode, modifiers, self.root, 0, _GRAB_MODE_ASYNC, _GRAB_MODE_ASYNC)

    def ungrab_key(self, keycode: int, modifiers: int) -> None:
        self._lib.XUngrabKey(self._handle, keycode, modifiers, self.root)

    def sync(self) -> None:
        """Send what is queued and wait until the server has handled it (its errors included)."""
        self._lib.XSync(self._handle, 0)

    @contextmanager
    def catching_errors(self) -> Iterator[list[int]]:
        """Collect the error codes of this connection's requests, instead of Xlib's default of printing and
        ending the process. The handler is process-wide: errors of other displays go on to the handler that
        was there before (Qt's). Call sync() inside, so that the errors arrive before it ends."""
        caught: list[int] = []

        def handler(display: int | None, event: Any) -> int:
            if display == self._handle:
                caught.append(int(event.contents.error_code))
                return 0
            return int(previous(display, event)) if previous else 0

        callback = _ErrorHandler(handler)
        previous = self._lib.XSetErrorHandler(callback)
        try:
            yield caught
        finally:
            self._lib.XSetErrorHandler(previous)

    def pending(self) -> int:
        """How many events are waiting (reading what has arrived). Raises ConnectionLost when the server
        closed the connection: Xlib itself would call the process-wide I/O error handler, which exits."""
        if self._server_closed(self._handle):
            raise ConnectionLost("the X server closed the connection")
        return int(self._lib.XPending(self._handle))

    def next_key_event(self) -> KeyEvent:
        """The next event (call only when pending() says there is one)."""
        event = _XEvent()
        self._lib.XNextEvent(self._handle, ctypes.byref(event))
        if event.type in (KEY_PRESS, KEY_RELEASE):
            key = event.xkey
            return KeyEvent(event.type, key.keycode, key.state, key.time)
        return KeyEvent(0, 0, 0, 0)

    def close(self) -> None:
        handle, self._handle = self._handle, None
        if not handle:
            return
        if self._server_closed(handle):
            # XCloseDisplay would flush to a dead server and end the process through Xlib's I/O error
            # handler; the socket is closed instead, and Xlib's small record of the display is left.
            os.close(self._lib.XConnectionNumber(handle))
            return
        self._lib.XCloseDisplay(handle)

    def _server_closed(self, handle: int) -> bool:
        probe = socket.socket(fileno=os.dup(self._lib.XConnectionNumber(handle)))
        try:
            return probe.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
        except (BlockingIOError, InterruptedError):
            return False  # nothing to read now: still open
        except OSError:
            return True  # reset by the server
        finally:
            probe.close()
