"""Wayland global hotkey through the org.freedesktop.portal.GlobalShortcuts portal (jeepney, best effort).

jeepney rather than QtDBus: PySide6's QtDBus cannot marshal the a(sa{sv}) argument BindShortcuts takes.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from calmdesk.core.messages import gettext as _
from calmdesk.system.hotkey_backend import HotkeyBackend, HotkeyError, parse_sequence
from calmdesk.system.portal_shortcuts import (
    INTERFACE,
    OBJECT_PATH,
    activation_token,
    bind,
    call_portal,
    create_session,
    interface_version,
    portal_address,
)

log = logging.getLogger(__name__)

_CONFIGURE_VERSION = 2  # GlobalShortcuts gained ConfigureShortcuts, the desktop's own dialog, in version 2
_STOP_TIMEOUT_MS = 2000

# XDG shortcut spec trigger names (CTRL+ALT+space): modifiers upper-case, the key as an xkb keysym name.
_TRIGGER_MODIFIERS = {"ctrl": "CTRL", "alt": "ALT", "shift": "SHIFT", "super": "LOGO"}


def preferred_trigger(sequence: str) -> str:
    parsed = parse_sequence(sequence)
    mods = [_TRIGGER_MODIFIERS[m] for m in ("ctrl", "alt", "shift", "super") if m in parsed.modifiers]
    key = parsed.key.lower() if len(parsed.key) == 1 or parsed.key.lower() == "space" else parsed.key
    return "+".join([*mods, key])


def _open_connection() -> Any:
    from jeepney.io.blocking import open_dbus_connection

    try:
        return open_dbus_connection(bus="SESSION")
    except (OSError, KeyError, ValueError) as exc:  # no bus, unset or malformed DBUS_SESSION_BUS_ADDRESS
        raise HotkeyError(f"No desktop session bus for the GlobalShortcuts portal ({exc})") from None


class PortalHotkeyBackend(HotkeyBackend):
    """CreateSession + BindShortcuts once, then a thread waits for the portal's Activated signal."""

    name = "portal"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener: _ActivatedListener | None = None
        self._token = ""  # the activation token of the last press, until taken
        self._version = 0  # the portal's interface version, read at register()

    @staticmethod
    def available() -> bool:
        """True when a session bus answers for the GlobalShortcuts portal (its "version" property)."""
        try:
            conn = _open_connection()
        except HotkeyError:
            return False
        try:
            from jeepney import Properties

            call_portal(conn, Properties(portal_address()).get("version"))
        except Exception as exc:  # an error reply (no portal service), timeout, closed bus: "no portal"
            log.debug("GlobalShortcuts portal not available: %s", exc)
            return False
        finally:
            conn.close()
        return True

    def register(self, sequence: str) -> None:
        self.unregister()
        if self._listener is not None:
            raise HotkeyError("The previous shortcut is still being released; try again in a moment.")
        trigger = preferred_trigger(sequence)
        conn = _open_connection()
        try:
            from jeepney import Properties

            self._version = interface_version(call_portal(conn, Properties(portal_address()).get("version")))
        except Exception as exc:  # an error reply (no such service or interface), timeout: no portal
            conn.close()
            raise HotkeyError(
                f"This desktop has no global shortcut portal ({exc}); bind `calmdesk show`"
            ) from None
        # Session + binding happen in the listener thread: BindShortcuts may wait for the person to confirm a
        # desktop dialog, and the GUI thread must not wait with it.
        self._listener = _ActivatedListener(conn, trigger)
        # Emitted in the listener thread: Qt queues them into this object's (GUI) thread.
        self._listener.activated.connect(self._on_activated)
        self._listener.bound.connect(self.bound)
        self._listener.failed.connect(self.failed)
        self._listener.start()

    def _on_activated(self, token: str) -> None:
        self._token = token
        self.activated.emit()

    def take_activation_token(self) -> str:
        token, self._token = self._token, ""
        return token

    def can_configure(self) -> bool:
        listener = self._listener
        return self._version >= _CONFIGURE_VERSION and listener is not None and listener.isRunning()

    def configure(self) -> None:
        if self._listener is not None:
            self._listener.configure()  # sent from its thread: the session belongs to its connection

    def unregister(self) -> None:
        listener = self._listener
        if listener is None:
            return
        if not listener.stop():
            return  # still running: dropping a running QThread aborts the process; the next call retries
        listener.activated.disconnect(self._on_activated)
        listener.bound.disconnect(self.bound)
        listener.failed.disconnect(self.failed)
        self._listener = None

    def running_thread(self) -> QThread | None:
        listener = self._listener
        return listener if listener is not None and listener.isRunning() else None


def _reason(exc: Exception) -> str:
    """A plain sentence for the notice; the notice itself says what to do instead."""
    if isinstance(exc, HotkeyError):
        return str(exc)
    return f"The desktop's shortcut service stopped answering ({exc})."


class _ActivatedListener(QThread):
    """Owns the D-Bus connection after registration and turns Activated signals into a Qt signal.

    Signals:
        activated(str): our shortcut was pressed; the activation token that came with it ("" when none).
        bound(str): the desktop bound the shortcut; the key it chose, in its own words ("" when unsaid).
        failed(str): the portal refused the shortcut or the bus went away; the plain reason.
    """

    activated = Signal(str)
    bound = Signal(str)
    failed = Signal(str)

    def __init__(self, conn: Any, trigger: str) -> None:
        super().__init__()
        self._conn = conn
        self._trigger = trigger
        self._session = ""
        self._stopping = False
        self._configure = threading.Event()

    def run(self) -> None:
        from jeepney import MatchRule, message_bus

        rule = MatchRule(type="signal", interface=INTERFACE, member="Activated", path=OBJECT_PATH)
        try:
            self._session = create_session(self._conn, self._is_stopping)
            call_portal(self._conn, message_bus.AddMatch(rule))
            # Listening before binding: a press right after the bind is not lost.
            with self._conn.filter(rule) as queue:
                self.bound.emit(bind(self._conn, self._session, self._trigger, self._is_stopping))
                while not self._stopping:
                    if self._configure.is_set():
                        self._configure.clear()
                        self._open_configuration()
                    try:
                        message = self._conn.recv_until_filtered(queue, timeout=0.1)
                    except TimeoutError:
                        continue  # wake up regularly to notice stop() and configure()
                    token = activation_token(message.body, self._session)
                    if token is not None:
                        self.activated.emit(token)
        except Exception as exc:  # refused or the bus went away: `calmdesk show` still works
            if not self._stopping:
                log.warning(_("global shortcut portal stopped: %(reason)s"), {"reason": exc})
                self.failed.emit(_reason(exc))
        finally:
            self._conn.close()  # closing the connection also ends the portal session

    def _is_stopping(self) -> bool:
        return self._stopping

    def configure(self) -> None:
        """Ask for the desktop's dialog to change the shortcut (sent from this thread soon)."""
        self._configure.set()

    def _open_configuration(self) -> None:
        from jeepney import new_method_call

        call = new_method_call(portal_address(), "ConfigureShortcuts", "osa{sv}", (self._session, "", {}))
        try:
            call_portal(self._conn, call)
        except HotkeyError as exc:  # the shortcut keeps working; only the dialog did not open
            log.warning(_("the desktop's shortcut dialog did not open: %(reason)s"), {"reason": exc})

    def stop(self) -> bool:
        """Ask the thread to end and wait for it; False (logged) when it is still running."""
        self._stopping = True
        if not self.wait(_STOP_TIMEOUT_MS):
            log.error(
                "the portal thread did not stop within %d ms; keeping it until it does", _STOP_TIMEOUT_MS
            )
            return False
        return True
