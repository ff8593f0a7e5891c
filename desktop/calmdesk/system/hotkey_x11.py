"""X11 global hotkey: XGrabKey on the root window over our own connection, read by a thread."""

from __future__ import annotations

import logging
import os
import select

from PySide6.QtCore import QObject, QThread, Signal

from calmdesk.core.messages import gettext as _
from calmdesk.system import x11_lib
from calmdesk.system.hotkey_backend import HotkeyBackend, HotkeyError, KeySequence, parse_sequence
from calmdesk.system.x11_lib import ConnectionLost, XUnavailable

log = logging.getLogger(__name__)

_STOP_TIMEOUT_MS = 2000

# Qt-style key names -> X keysym names, where they differ (letters, digits and F-keys map by themselves).
_KEY_NAMES = {
    "space": "space",
    "return": "Return",
    "enter": "Return",
    "esc": "Escape",
    "escape": "Escape",
    "tab": "Tab",
    "backspace": "BackSpace",
    "del": "Delete",
    "delete": "Delete",
    "ins": "Insert",
    "insert": "Insert",
    "home": "Home",
    "end": "End",
    "pgup": "Prior",
    "pageup": "Prior",
    "pgdown": "Next",
    "pagedown": "Next",
    "left": "Left",
    "right": "Right",
    "up": "Up",
    "down": "Down",
    "print": "Print",
    "pause": "Pause",
    "+": "plus",
    "-": "minus",
    "=": "equal",
    ",": "comma",
    ".": "period",
    "/": "slash",
    "\\": "backslash",
    ";": "semicolon",
    "'": "apostrophe",
    "`": "grave",
    "[": "bracketleft",
    "]": "bracketright",
}


def keysym_for(key: str) -> int:
    """The X keysym for a Qt-style key name; HotkeyError when X does not know it."""
    name = _KEY_NAMES.get(key.lower())
    if name is None:
        name = key.lower() if len(key) == 1 else key
    try:
        keysym = x11_lib.string_to_keysym(name)
        if not keysym and len(key) > 1:
            keysym = x11_lib.string_to_keysym(key.capitalize())  # "f8" -> "F8"
    except XUnavailable as exc:
        raise HotkeyError(f"The X11 shortcut cannot work here: {exc}") from None
    if not keysym:  # NoSymbol
        raise HotkeyError(f"{key!r} is not a key name X11 knows; try e.g. Space, F8 or a letter")
    return int(keysym)


def _modifier_mask(
    conn: x11_lib.Connection, modifier_map: list[set[int]], keysym_names: tuple[str, ...], fallback: int
) -> int:
    """The ModN mask a modifier key (Alt, Super, NumLock) sits on in this server's modifier map."""
    wanted = {conn.keysym_to_keycode(x11_lib.string_to_keysym(n)) for n in keysym_names} - {0}
    for index, keycodes in enumerate(modifier_map):
        if wanted & keycodes:
            return 1 << index
    return fallback


class X11HotkeyBackend(HotkeyBackend):
    """XGrabKey with the NumLock/CapsLock variants, so the key is consumed and never reaches the chat tool."""

    name = "x11"

    def __init__(self, parent: QObject | None = None, *, display_name: str | None = None) -> None:
        super().__init__(parent)
        self._display_name = display_name
        self._conn: x11_lib.Connection | None = None
        self._reader: _GrabReader | None = None
        self._keycode = 0
        self._modifiers = 0
        self._variants: tuple[int, ...] = ()
        self._relevant = 0  # the modifier bits that must match exactly (locks are ignored)

    def register(self, sequence: str) -> None:
        self.unregister()
        if self._reader is not None:
            raise HotkeyError("The previous shortcut is still being released; try again in a moment.")
        parsed = parse_sequence(sequence)
        try:
            conn = x11_lib.Connection(self._display_name)
        except (XUnavailable, OSError) as exc:
            raise HotkeyError(f"Cannot reach the X display for the shortcut: {exc}") from None
        try:
            self._grab(conn, parsed)
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        self._reader = _GrabReader(conn, self._keycode, self._modifiers, self._relevant)
        # Signal to signal across threads: Qt queues it into the thread that owns this backend (the GUI one).
        self._reader.pressed.connect(self.activated)
        self._reader.failed.connect(self.failed)
        self._reader.start()
        log.debug("grabbed %s (keycode %d, modifiers %#x)", parsed.text, self._keycode, self._modifiers)

    def _grab(self, conn: x11_lib.Connection, parsed: KeySequence) -> None:
        keycode = conn.keysym_to_keycode(keysym_for(parsed.key))
        if keycode == 0:
            raise HotkeyError(f"{parsed.text}: the key {parsed.key!r} is not on this keyboard layout")
        modifier_map = conn.modifier_mapping()
        masks = {
            "ctrl": x11_lib.CONTROL_MASK,
            "shift": x11_lib.SHIFT_MASK,
            "alt": _modifier_mask(conn, modifier_map, ("Alt_L", "Alt_R"), x11_lib.MOD1_MASK),
            "super": _modifier_mask(conn, modifier_map, ("Super_L", "Super_R"), x11_lib.MOD4_MASK),
        }
        modifiers = 0
        for mod in parsed.modifiers:
            modifiers |= masks[mod]
        num_lock = _modifier_mask(conn, modifier_map, ("Num_Lock",), x11_lib.MOD2_MASK)
        # A passive grab matches the modifier state exactly: grab once per NumLock/CapsLock combination, or
        # the shortcut silently stops working while either lock is on.
        lock = x11_lib.LOCK_MASK
        variants = tuple(sorted({0, lock, num_lock, lock | num_lock}))
        with conn.catching_errors() as errors:
            for variant in variants:
                conn.grab_key(keycode, modifiers | variant)
            # Errors come asynchronously: sync so that a BadAccess (another client holds the key) is seen now.
            conn.sync()
            if errors:
                for variant in variants:
                    conn.ungrab_key(keycode, modifiers | variant)
                conn.sync()
        if x11_lib.BAD_ACCESS in errors:
            raise HotkeyError(f"{parsed.text} is already used by another program.")
        if errors:
            raise HotkeyError(f"{parsed.text}: the X server refused the shortcut (error {errors[0]}).")
        self._keycode, self._modifiers, self._variants = keycode, modifiers, variants
        self._relevant = x11_lib.SHIFT_MASK | x11_lib.CONTROL_MASK | masks["alt"] | masks["super"]

    def unregister(self) -> None:
        reader = self._reader
        if reader is not None:
            if not reader.stop():
                # Still reading from the connection: closing it now would pull it from under the thread,
                # and dropping a running QThread aborts the process. Keep both; the next call tries again.
                return
            reader.pressed.disconnect(self.activated)
            reader.failed.disconnect(self.failed)
            self._reader = None
        conn, self._conn = self._conn, None
        if conn is not None:
            # The reader thread has ended, so this thread may use the connection now.
            try:
                conn.pending()  # ConnectionLost when the server is gone: its grabs went with it
                with conn.catching_errors():
                    for variant in self._variants:
                        conn.ungrab_key(self._keycode, self._modifiers | variant)
                    conn.sync()
            except (ConnectionLost, OSError):
                pass
            conn.close()
        self._variants = ()

    def running_thread(self) -> QThread | None:
        reader = self._reader
        return reader if reader is not None and reader.isRunning() else None


class _GrabReader(QThread):
    """Reads our X connection's events off the GUI thread; sleeps in select() until X or stop() wakes it.

    Signals:
        pressed(): the grabbed key combination went down (auto-repeat filtered out).
        failed(str): the X connection closed under the thread (server gone, logged out); the plain reason.
    """

    pressed = Signal()
    failed = Signal(str)

    def __init__(self, conn: x11_lib.Connection, keycode: int, modifiers: int, relevant: int) -> None:
        super().__init__()
        self.setObjectName("calmdesk-hotkey-x11")
        self._conn = conn
        self._keycode = keycode
        self._modifiers = modifiers
        self._relevant = relevant
        self._stopping = False
        self._wake_r, self._wake_w = os.pipe()

    def run(self) -> None:
        fd = self._conn.fileno()
        last_release = -1
        try:
            while not self._stopping:
                while self._conn.pending():
                    event = self._conn.next_key_event()
                    if event.type == x11_lib.KEY_RELEASE and event.keycode == self._keycode:
                        last_release = event.time
                    # Auto-repeat of a held key sends Release+Press with one timestamp: count one press only.
                    elif self._is_press(event) and event.time != last_release:
                        self.pressed.emit()
                select.select([fd, self._wake_r], [], [])
        except (ConnectionLost, OSError) as exc:
            if not self._stopping:
                log.warning(
                    _("global shortcut stopped: the X connection closed (%(reason)s)"), {"reason": exc}
                )
                self.failed.emit("The connection to the X display closed, so the shortcut stopped working.")

    def _is_press(self, event: x11_lib.KeyEvent) -> bool:
        """The shortcut going down: its key, with exactly its modifiers (locks ignored)."""
        return (
            event.type == x11_lib.KEY_PRESS
            and event.keycode == self._keycode
            and (event.state & self._relevant) == self._modifiers
        )

    def stop(self) -> bool:
        """Wake the thread and wait for it to end; True once it has and the wake-up pipe is freed.

        False (logged) when it is still running: the pipe stays open, and stop() may be called again.
        """
        self._stopping = True
        if self._wake_w < 0:  # stopped before
            return True
        os.write(self._wake_w, b"x")
        if not self.wait(_STOP_TIMEOUT_MS):
            log.error(
                "the hotkey thread did not stop within %d ms; keeping it until it does", _STOP_TIMEOUT_MS
            )
            return False
        os.close(self._wake_r)
        os.close(self._wake_w)
        self._wake_r = self._wake_w = -1
        return True
