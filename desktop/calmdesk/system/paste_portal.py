"""The paste key through the RemoteDesktop portal, on Wayland desktops with no virtual keyboard (GNOME, KDE).

The portal types keys for a program only after the agent grants it in the desktop's own dialog. Debian 12's
portal (1.16) speaks RemoteDesktop version 1, which keeps no grant between sessions: the dialog comes once
per run of CalmDesk, at its first auto-paste, and the session is kept for the rest of the run. The grant
waits on a person, so it runs on a thread; each key afterwards is one short D-Bus call.
"""

from __future__ import annotations

import logging
import secrets
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal

from calmdesk.core.messages import gettext as _

log = logging.getLogger(__name__)

_BUS_NAME = "org.freedesktop.portal.Desktop"
_PATH = "/org/freedesktop/portal/desktop"
_INTERFACE = "org.freedesktop.portal.RemoteDesktop"
_KEYBOARD = 1  # the device type bit
_CALL_TIMEOUT_S = 2.0
_GRANT_TIMEOUT_S = 120.0  # the agent reads the dialog; after this the paste is given up (and said)
_STOP_TIMEOUT_MS = 2000
KEYSYMS = {"ctrl": 0xFFE3, "shift": 0xFFE1, "v": 0x76}


class PortalPasteError(Exception):
    pass


def _call(conn: Any, method: str, signature: str, body: tuple[Any, ...]) -> Any:
    from jeepney import DBusAddress, HeaderFields, MessageType, new_method_call

    address = DBusAddress(_PATH, bus_name=_BUS_NAME, interface=_INTERFACE)
    call = new_method_call(address, method, signature, body)
    reply = conn.send_and_get_reply(call, timeout=_CALL_TIMEOUT_S)
    if reply.header.message_type == MessageType.error:
        raise PortalPasteError(f"{reply.header.fields.get(HeaderFields.error_name)}: {reply.body}")
    return reply.body


class PortalKeyboard(QObject):
    """One RemoteDesktop session with a keyboard, granted by the agent once and kept for the run.

    Signals:
        granted(): the agent allowed it; keys can be pressed now.
        refused(str): the agent said no, or the portal failed (why, for the log and the status line).
    """

    granted = Signal()
    refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conn: Any = None
        self._session = ""
        self._available: bool | None = None
        self._thread: _Grant | None = None
        self.refusal = ""  # why the last grant failed ("" before any)

    def available(self) -> bool:
        """True when the session bus has a RemoteDesktop portal that offers a keyboard (asked once)."""
        if self._available is None:
            self._available = self._ask_available()
        return self._available

    def _ask_available(self) -> bool:
        from jeepney import DBusAddress, Properties
        from jeepney.io.blocking import open_dbus_connection

        try:
            with open_dbus_connection(bus="SESSION") as conn:
                address = DBusAddress(_PATH, bus_name=_BUS_NAME, interface=_INTERFACE)
                reply = conn.send_and_get_reply(Properties(address).get("AvailableDeviceTypes"), timeout=1.0)
        except Exception as exc:  # no bus, no portal, a portal that never answers
            log.info("no RemoteDesktop portal: %s", exc)
            return False
        try:
            return bool(int(reply.body[0][1]) & _KEYBOARD)
        except (IndexError, TypeError, ValueError):
            return False

    @property
    def is_granted(self) -> bool:
        return bool(self._session)

    @property
    def asking(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def ask(self) -> None:
        """Ask for the grant (the desktop shows its dialog); `granted` or `refused` follows."""
        if self.is_granted or self.asking:
            return
        self._thread = _Grant(self)
        self._thread.finished_with.connect(self._on_grant)
        self._thread.start()

    def _on_grant(self, conn: Any, session: str, problem: str) -> None:
        if session:
            self._conn, self._session = conn, session
            log.info("the desktop let CalmDesk type the paste key for this session")
            self.granted.emit()
            return
        self.refusal = problem
        log.info("the desktop did not let CalmDesk type the paste key: %s", problem)
        self.refused.emit(problem)

    def press_when_granted(self, key: str, delay_ms: int) -> None:
        """Press `key` once the agent has granted it (at once when granted already, else after the
        dialog, `delay_ms` later: the dialog's window gives the keyboard back to the chat as it closes)."""
        if self.is_granted:
            self.press(key)
            return

        def after_grant() -> None:
            self.granted.disconnect(after_grant)
            self.refused.disconnect(forget)
            QTimer.singleShot(delay_ms, lambda: self._press_logged(key))

        def forget(_why: str) -> None:
            self.granted.disconnect(after_grant)
            self.refused.disconnect(forget)

        self.granted.connect(after_grant)
        self.refused.connect(forget)
        self.ask()

    def _press_logged(self, key: str) -> None:
        try:
            self.press(key)
        except PortalPasteError as exc:  # the phrase is on the clipboard either way
            log.warning(_("Auto-paste failed: %(reason)s"), {"reason": exc})

    def press(self, key: str) -> None:
        """Press `key` ("ctrl+v", "ctrl+shift+v"): every part down, then up in reverse order."""
        if not self.is_granted:
            raise PortalPasteError("the paste key was not granted")
        syms = [KEYSYMS[part] for part in key.split("+")]
        try:
            for state, order in ((1, syms), (0, list(reversed(syms)))):
                for sym in order:
                    _call(self._conn, "NotifyKeyboardKeysym", "oa{sv}iu", (self._session, {}, sym, state))
        except (PortalPasteError, OSError, TimeoutError) as exc:
            self._conn, self._session = None, ""  # the session ended (the agent stopped it): ask again
            raise PortalPasteError(f"the desktop stopped CalmDesk's paste key ({exc})") from None


class _Grant(QThread):
    """CreateSession, SelectDevices (keyboard) and Start, each answered by the portal's Response signal;
    Start waits for the agent's answer in the desktop's dialog. Stopped (and waited for) when the
    application quits, so no thread outlives the event loop.
    """

    finished_with = Signal(object, str, str)  # the connection, the session ("" when refused), why not

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stopping = False
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.stop)

    def stop(self) -> None:
        self._stopping = True
        if not self.wait(_STOP_TIMEOUT_MS):
            log.error("the paste-key grant thread did not stop within %d ms", _STOP_TIMEOUT_MS)

    def run(self) -> None:
        from jeepney.io.blocking import open_dbus_connection

        try:
            conn = open_dbus_connection(bus="SESSION")
        except Exception as exc:
            self.finished_with.emit(None, "", f"no session bus ({exc})")
            return
        try:
            session = self._start(conn)
        except Exception as exc:  # refused, cancelled, timed out, a portal error
            conn.close()
            self.finished_with.emit(None, "", str(exc))
            return
        self.finished_with.emit(conn, session, "")

    def _start(self, conn: Any) -> str:
        from jeepney import MatchRule, message_bus

        rule = MatchRule(type="signal", interface="org.freedesktop.portal.Request", member="Response")
        conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=_CALL_TIMEOUT_S)
        with conn.filter(rule) as responses:
            token = f"calmdesk{secrets.token_hex(4)}"
            options = {"handle_token": ("s", token), "session_handle_token": ("s", token)}
            results = self._request(conn, responses, "CreateSession", "a{sv}", (options,), _CALL_TIMEOUT_S)
            session = str(results["session_handle"][1])
            devices = {"handle_token": ("s", token + "d"), "types": ("u", _KEYBOARD)}
            self._request(conn, responses, "SelectDevices", "oa{sv}", (session, devices), _CALL_TIMEOUT_S)
            start = (session, "", {"handle_token": ("s", token + "s")})
            results = self._request(conn, responses, "Start", "osa{sv}", start, _GRANT_TIMEOUT_S)
        if not int(results.get("devices", ("u", 0))[1]) & _KEYBOARD:
            raise PortalPasteError("the keyboard was not granted")
        return session

    def _request(
        self, conn: Any, responses: Any, method: str, sig: str, body: tuple[Any, ...], wait: float
    ) -> Any:
        from jeepney import HeaderFields

        (request,) = _call(conn, method, sig, body)
        deadline = time.monotonic() + wait
        while True:
            if self._stopping or time.monotonic() > deadline:
                raise PortalPasteError(f"no answer to {method}")
            try:
                message = conn.recv_until_filtered(responses, timeout=0.25)  # wakes up to notice stop()
            except TimeoutError:
                continue
            if message.header.fields.get(HeaderFields.path) != request:
                continue
            code, results = message.body
            if code != 0:
                raise PortalPasteError("the agent said no" if code == 1 else f"{method} failed ({code})")
            return results
