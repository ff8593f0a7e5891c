"""A desktop notification with one button (freedesktop `actions`), its press heard on a thread of its own."""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

log = logging.getLogger(__name__)

_BUS_NAME = "org.freedesktop.Notifications"
_PATH = "/org/freedesktop/Notifications"
_TIMEOUT_S = 2.0
ACTION_KEY = "calmdesk-action"
# How long a press is listened for: a server may keep the notification in its list long after the banner
# went; after this the offer stands only where it always does (the settings), and the thread ends.
LISTEN_S = 15 * 60
_STOP_TIMEOUT_MS = 2000


def _call(conn: Any, message: Any) -> Any:
    """Send a method call and return its reply; an error reply raises."""
    from jeepney import HeaderFields

    reply = conn.send_and_get_reply(message, timeout=_TIMEOUT_S)
    if reply.header.message_type.name == "error":
        raise RuntimeError(f"{reply.header.fields.get(HeaderFields.error_name, 'error')}: {reply.body}")
    return reply


def notify_with_button(
    title: str, body: str, button: str, *, expire_ms: int, parent: QObject | None = None
) -> ButtonListener | None:
    """Show `title` and `body` with one button labelled `button`; a started listener that says when it is
    pressed, or None when nothing was shown (no session bus, no notification server, or one without
    buttons: the caller then says it in words)."""
    try:
        from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:  # pragma: no cover - jeepney is a dependency; a broken install says it in words
        return None
    address = DBusAddress(_PATH, bus_name=_BUS_NAME, interface=_BUS_NAME)
    try:
        conn = open_dbus_connection(bus="SESSION")
    except Exception as exc:  # no session bus here
        log.info("no session bus for a notification: %s", exc)
        return None
    try:
        (capabilities,) = _call(conn, new_method_call(address, "GetCapabilities")).body
        if "actions" not in capabilities:
            conn.close()
            return None
        # Listening before showing: a press right after the notification appears is not lost.
        rule = MatchRule(type="signal", interface=_BUS_NAME, path=_PATH)
        _call(conn, message_bus.AddMatch(rule))
        hints = {"urgency": ("y", 1), "desktop-entry": ("s", "calmdesk")}
        notify = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            ("CalmDesk", 0, "calmdesk", title, body, [ACTION_KEY, button], hints, expire_ms),
        )
        listener = ButtonListener(conn, rule, parent)
        listener.notification = _call(conn, notify).body[0]
    except Exception as exc:  # the server refused or went away: the caller says it in words
        log.info("no notification with a button: %s", exc)
        conn.close()
        return None
    listener.start()
    return listener


class ButtonListener(QThread):
    """Waits for the press of our notification's button, until the notification closes or LISTEN_S pass.

    Stopped (and waited for) when the application quits, so no thread outlives the event loop.

    Signals:
        pressed(): the agent pressed the button.
    """

    pressed = Signal()

    def __init__(self, conn: Any, rule: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notification = 0
        self._conn = conn
        self._rule = rule
        self._stopping = False
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.stop)

    def run(self) -> None:
        from jeepney import HeaderFields

        deadline = time.monotonic() + LISTEN_S
        try:
            with self._conn.filter(self._rule) as queue:
                while not self._stopping and time.monotonic() < deadline:
                    try:
                        message = self._conn.recv_until_filtered(queue, timeout=0.5)
                    except TimeoutError:
                        continue  # wake up regularly to notice stop()
                    member = message.header.fields.get(HeaderFields.member)
                    if not message.body or message.body[0] != self.notification:
                        continue
                    if member == "ActionInvoked" and message.body[1] == ACTION_KEY:
                        self.pressed.emit()
                        return
                    if member == "NotificationClosed":
                        return
        except Exception as exc:  # the bus went away: the settings still have the switch
            if not self._stopping:
                log.info("stopped listening for the notification's button: %s", exc)
        finally:
            self._conn.close()

    def stop(self) -> bool:
        """Ask the thread to end and wait for it; False (logged) when it is still running."""
        self._stopping = True
        if not self.wait(_STOP_TIMEOUT_MS):
            log.error("the notification thread did not stop within %d ms", _STOP_TIMEOUT_MS)
            return False
        return True
