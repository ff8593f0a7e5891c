"""Desktop notifications behind one small interface: freedesktop D-Bus, else the tray balloon, else a window.

The freedesktop call (org.freedesktop.Notifications.Notify) goes through jeepney on a blocking connection
with a short timeout: a notification is a fire-and-forget message of a few hundred bytes, and the session
bus is local (no network). Where no notification server runs, the caller's fallbacks take over.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger(__name__)

_BUS_NAME = "org.freedesktop.Notifications"
_PATH = "/org/freedesktop/Notifications"
_TIMEOUT_S = 2.0
_EXPIRE_MS = 0  # 0: the server keeps it until the agent dismisses it; a reminder must not slip away
APP_NAME = "CalmDesk"


def freedesktop_notify(title: str, body: str, *, urgent: bool = False, expire_ms: int = _EXPIRE_MS) -> bool:
    """Send a notification to the session's notification server; False when none answers.

    `expire_ms` 0 (reminders) keeps it until dismissed; a passing word (the welcome) goes by itself.
    """
    try:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:  # pragma: no cover - jeepney is a dependency; a broken install falls back
        return False
    address = DBusAddress(_PATH, bus_name=_BUS_NAME, interface=_BUS_NAME)
    hints = {"urgency": ("y", 2 if urgent else 1), "desktop-entry": ("s", "calmdesk")}
    message = new_method_call(
        address, "Notify", "susssasa{sv}i", (APP_NAME, 0, "calmdesk", title, body, [], hints, expire_ms)
    )
    try:
        with open_dbus_connection(bus="SESSION") as conn:
            reply = conn.send_and_get_reply(message, timeout=_TIMEOUT_S)
    except Exception as exc:  # no session bus, no server (ServiceUnknown), a timeout: fall back
        log.info("no freedesktop notification: %s", exc)
        return False
    if reply.header.message_type.name == "error":
        log.info("the notification server refused: %s", reply.body)
        return False
    return True


class Notifier:
    """Says one thing to the agent by the best way this desktop has, in order: D-Bus, tray, window.

    `tray` and `window` are callables returning True when they showed it (the tray says False when it has
    no balloons); the window is the last resort and always shows.
    """

    def __init__(
        self,
        tray: Callable[[str, str], bool],
        window: Callable[[str, str], None],
        *,
        dbus: Callable[[str, str], bool] = freedesktop_notify,
    ) -> None:
        self._dbus = dbus
        self._tray = tray
        self._window = window

    def notify(self, title: str, body: str) -> str:
        """Returns the way it was shown: "dbus", "tray" or "window"."""
        if self._dbus(title, body):
            return "dbus"
        if self._tray(title, body):
            return "tray"
        self._window(title, body)
        return "window"
