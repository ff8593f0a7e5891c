"""The hotkey backends' reader threads: a thread that will not stop is kept, never dropped or cut off."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace

import pytest
from pytestqt.qtbot import QtBot

from calmdesk.system import hotkey_portal, hotkey_x11, x11_lib
from calmdesk.system.hotkey import HotkeyError
from calmdesk.system.hotkey_portal import PortalHotkeyBackend
from calmdesk.system.hotkey_x11 import X11HotkeyBackend, _GrabReader


@pytest.fixture(autouse=True)
def short_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hotkey_x11, "_STOP_TIMEOUT_MS", 100, raising=False)
    monkeypatch.setattr(hotkey_portal, "_STOP_TIMEOUT_MS", 100, raising=False)


class _StuckDisplay:
    """Stands in for an X connection (x11_lib.Connection) whose reader hangs inside a call until `release`."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.closed = False
        self._r, self._w = os.pipe()

    def fileno(self) -> int:
        return self._r

    def pending(self) -> int:
        self.entered.set()
        self.release.wait(10)
        return 0

    def ungrab_key(self, _keycode: int, _modifiers: int) -> None:
        pass

    @contextmanager
    def catching_errors(self) -> Iterator[list[int]]:
        yield []

    def sync(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True
        os.close(self._r)
        os.close(self._w)


def test_x11_reader_that_will_not_stop_is_kept_with_its_connection(
    qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    conn = _StuckDisplay()
    backend = X11HotkeyBackend()
    reader = _GrabReader(conn, 65, 0, 0)  # type: ignore[arg-type]
    reader.pressed.connect(backend.activated)
    reader.failed.connect(backend.failed)
    backend._conn, backend._reader = conn, reader  # type: ignore[assignment]
    reader.start()
    assert conn.entered.wait(3)
    try:
        with caplog.at_level(logging.ERROR, logger="calmdesk.system.hotkey_x11"):
            backend.unregister()
        assert "did not stop" in caplog.text
        assert reader.isRunning()
        assert backend._reader is reader  # dropping a running QThread aborts the process
        assert not conn.closed  # the thread is still reading from it
        with pytest.raises(HotkeyError, match="still being released"):
            backend.register("Ctrl+Alt+Space")
    finally:
        conn.release.set()
    backend.unregister()  # the thread has noticed by now: this time everything goes
    assert reader.isFinished()
    assert backend._reader is None
    assert conn.closed


class _FakeBus:
    """A jeepney connection to a portal that answers `version`, then CreateSession, then `bind_code`.

    With `hang`, every call after the first (`version`, made by register() itself) waits for `release`.
    """

    unique_name = ":1.42"

    def __init__(self, bind_code: int = 0, *, hang: bool = False) -> None:
        self.closed = False
        self._hang = hang
        self._calls = 0
        self.entered = threading.Event()
        self.release = threading.Event()
        self._responses = [
            SimpleNamespace(body=(0, {"session_handle": ("o", "/org/freedesktop/portal/desktop/session/1")})),
            SimpleNamespace(body=(bind_code, {})),
        ]

    def send_and_get_reply(self, _message: object, timeout: float | None = None) -> None:
        self._calls += 1
        if self._hang and self._calls > 1:
            self.entered.set()
            self.release.wait(10)
            raise ConnectionResetError("bus closed")

    @contextmanager
    def filter(self, _rule: object) -> Iterator[list[object]]:
        yield []

    def recv_until_filtered(self, _queue: object, timeout: float | None = None) -> object:
        if self._responses:
            return self._responses.pop(0)
        time.sleep(min(timeout or 0.0, 0.01))
        raise TimeoutError

    def close(self) -> None:
        self.closed = True


def test_portal_refusal_is_forwarded_to_the_gui_thread(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    bus = _FakeBus(bind_code=2)  # 2: the person (or the desktop) said no
    monkeypatch.setattr(hotkey_portal, "_open_connection", lambda: bus)
    backend = PortalHotkeyBackend()
    seen: list[tuple[str, bool]] = []
    backend.failed.connect(
        lambda reason: seen.append((reason, threading.current_thread() is threading.main_thread()))
    )
    backend.register("Ctrl+Alt+Space")  # accepted for now: the portal answers later, from its thread
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == [("The desktop did not allow the global shortcut.", True)]
    backend.unregister()
    assert bus.closed


def test_portal_listener_that_will_not_stop_is_kept(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    bus = _FakeBus(hang=True)  # the listener's first call to the bus does not return
    monkeypatch.setattr(hotkey_portal, "_open_connection", lambda: bus)
    backend = PortalHotkeyBackend()
    backend.register("Ctrl+Alt+Space")
    listener = backend._listener
    assert listener is not None
    assert bus.entered.wait(3)
    try:
        with caplog.at_level(logging.ERROR, logger="calmdesk.system.hotkey_portal"):
            backend.unregister()
        assert "did not stop" in caplog.text
        assert backend._listener is listener
        assert listener.isRunning()
    finally:
        bus.release.set()
    with qtbot.assertNotEmitted(backend.failed):  # ended because we asked: not a failure to report
        backend.unregister()
    assert backend._listener is None
    assert listener.isFinished()


def test_quit_keeps_a_reader_that_will_not_stop_alive_for_good(
    qapp: object, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from PySide6.QtWidgets import QApplication

    from calmdesk.app import guards
    from calmdesk.app import main as app_module
    from calmdesk.system.instance_server import InstanceServer

    for var in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(guards, "LEAKED_THREADS", [])
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    conn = _StuckDisplay()
    backend = X11HotkeyBackend()
    reader = _GrabReader(conn, 65, 0, 0)  # type: ignore[arg-type]
    server = InstanceServer.acquire()
    assert server is not None
    desk = app_module.CalmDesk(server, hotkey=None, pack_dirs=())
    desk.hotkeys.backend = backend  # as if register() had grabbed the key and started its reader
    backend._conn, backend._reader = conn, reader  # type: ignore[assignment]
    reader.pressed.connect(backend.activated)
    reader.failed.connect(backend.failed)
    reader.start()
    assert conn.entered.wait(3)
    try:
        with caplog.at_level(logging.WARNING, logger="calmdesk.app.guards"):
            desk.quit()
        # CalmDesk and its backend go when the process ends; Qt aborts if that destroys a running thread.
        assert reader in guards.LEAKED_THREADS
        assert "leaked on purpose" in caplog.text
    finally:
        conn.release.set()
        assert reader.wait(3000)
        backend.unregister()


class _ClosingDisplay(_StuckDisplay):
    """An X connection whose server goes away as soon as the reader looks at it."""

    def pending(self) -> int:
        self.entered.set()
        raise x11_lib.ConnectionLost("the X server closed the connection")


def test_x11_connection_closing_is_reported_as_failed(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = _ClosingDisplay()
    monkeypatch.setattr(x11_lib, "Connection", lambda _name=None: conn)
    monkeypatch.setattr(X11HotkeyBackend, "_grab", lambda _self, _conn, _parsed: None)
    backend = X11HotkeyBackend()
    seen: list[tuple[str, bool]] = []
    backend.failed.connect(
        lambda reason: seen.append((reason, threading.current_thread() is threading.main_thread()))
    )
    backend.register("Ctrl+Alt+Space")
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert len(seen) == 1
    reason, in_gui_thread = seen[0]
    assert "X display" in reason
    assert in_gui_thread
    backend.unregister()
    assert conn.closed


_EXIT_WITH_A_STUCK_THREAD = """
import sys, time
from PySide6.QtCore import QCoreApplication, QThread
from calmdesk.app import guards

class Stuck(QThread):
    def run(self):
        time.sleep(30)

qapp = QCoreApplication([])
thread = Stuck()
thread.start()
guards.keep_if_running(thread)
if sys.argv[1] == "run":
    guards.exit_before_shutdown(0)
"""


@pytest.mark.parametrize(("how", "status"), [("run", 0), ("shutdown", -6)])
def test_leaked_thread_survives_only_an_exit_before_shutdown(how: str, status: int) -> None:
    import subprocess
    import sys

    # -6: SIGABRT from "QThread: Destroyed while thread is still running"; the module reference alone
    # does not prevent it, which is why run() ends the process first.
    result = subprocess.run(
        [sys.executable, "-c", _EXIT_WITH_A_STUCK_THREAD, how], capture_output=True, text=True, timeout=20
    )
    assert result.returncode == status, result.stderr
