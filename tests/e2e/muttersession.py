"""Headless GNOME mutter for the e2e tests; keys are typed through mutter's own RemoteDesktop D-Bus API.

mutter has no virtual-keyboard protocol (wtype cannot type there) and its wl-paste sees no keyboard; its
RemoteDesktop service on the session bus is what GNOME's remote desktop and the RemoteDesktop portal use.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from waylandsession import WaylandSession, WaylandSessionError, wait_until

OUTPUT_SIZE = (1280, 800)
_REMOTE_DESKTOP = "org.gnome.Mutter.RemoteDesktop"
_REMOTE_PATH = "/org/gnome/Mutter/RemoteDesktop"
# X keysyms of the keys the tests press; printable ASCII characters are their own keysyms.
KEYSYMS = {"Return": 0xFF0D, "Escape": 0xFF1B, "Shift_L": 0xFFE1, "Control_L": 0xFFE3, "BackSpace": 0xFF08}


class MutterSession(WaylandSession):
    """mutter --headless with one virtual 1280x800 monitor, on a session bus of its own."""

    name = "mutter"
    desktop = "GNOME"
    needs_bus = True
    required_tools: Mapping[str, str] = {
        **WaylandSession.required_tools,
        "mutter": "mutter",
        "dbus-daemon": "dbus",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._conn: Any = None
        self._keyboard = ""  # the RemoteDesktop session's object path

    def command(self) -> list[str]:
        width, height = OUTPUT_SIZE
        return ["mutter", "--headless", "--wayland", "--no-x11", "--virtual-monitor", f"{width}x{height}"]

    def wait_ready(self) -> None:
        super().wait_ready()
        wait_until(self._remote_desktop_ready, 30, "mutter's RemoteDesktop service on the bus")
        # The virtual keyboard is plugged in before any client comes, as a desktop's keyboard is: a client
        # focused while the seat had no keyboard is not told when one appears, and gets no keys.
        self._session()

    def _bus(self) -> Any:
        if self._conn is None:
            from jeepney.io.blocking import open_dbus_connection

            self._conn = open_dbus_connection(bus=self.bus_address)
        return self._conn

    def _call(self, path: str, interface: str, method: str, signature: str = "", body: tuple[Any, ...] = ()):
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(path, bus_name=_REMOTE_DESKTOP, interface=interface)
        message = new_method_call(address, method, signature or None, body)
        reply = self._bus().send_and_get_reply(message, timeout=10)
        if reply.header.message_type.name == "error":
            raise WaylandSessionError(f"{interface}.{method} failed: {reply.body}")
        return reply.body

    def _remote_desktop_ready(self) -> bool:
        from jeepney import DBusAddress, Properties

        address = DBusAddress(_REMOTE_PATH, bus_name=_REMOTE_DESKTOP, interface=_REMOTE_DESKTOP)
        try:
            reply = self._bus().send_and_get_reply(Properties(address).get("SupportedDeviceTypes"), timeout=2)
        except (OSError, TimeoutError):
            return False
        return reply.header.message_type.name == "method_return"

    def _session(self) -> str:
        """A RemoteDesktop session, started once: mutter adds its virtual keyboard to the seat then."""
        if not self._keyboard:
            (path,) = self._call(_REMOTE_PATH, _REMOTE_DESKTOP, "CreateSession")
            self._call(path, f"{_REMOTE_DESKTOP}.Session", "Start")
            self._keyboard = path
            # A new virtual keyboard's first key can be lost while the client takes in its keymap.
            self.tap("Shift_L")
        return self._keyboard

    def key(self, keysym: int, pressed: bool) -> None:
        self._call(
            self._session(), f"{_REMOTE_DESKTOP}.Session", "NotifyKeyboardKeysym", "ub", (keysym, pressed)
        )

    def tap(self, name: str) -> None:
        keysym = KEYSYMS.get(name, ord(name) if len(name) == 1 else 0)
        self.key(keysym, True)
        self.key(keysym, False)

    def chord_syms(self, *syms: int) -> None:
        """Press keysyms together, release them in reverse."""
        for sym in syms:
            self.key(sym, True)
        for sym in reversed(syms):
            self.key(sym, False)

    def type_text(self, text: str) -> None:
        for char in text:
            self.tap(char)

    def chord(self, *names: str) -> None:
        """Press keys together (e.g. "Control_L", "v"), release them in reverse."""
        syms = [KEYSYMS.get(n, ord(n) if len(n) == 1 else 0) for n in names]
        for sym in syms:
            self.key(sym, True)
        for sym in reversed(syms):
            self.key(sym, False)

    def stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        super().stop()
