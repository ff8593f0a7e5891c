"""app.CalmDesk wiring, offscreen: IPC commands, start-up notices, degraded starts, the excepthook."""

from __future__ import annotations

import logging
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from calmdesk.app import guards, handover, hotkey_control, store_control
from calmdesk.app import main as app_module
from calmdesk.app.main import CalmDesk
from calmdesk.app.window_control import WindowControl
from calmdesk.store import paths
from calmdesk.store.errors import StoreError
from calmdesk.store.settings import Settings
from calmdesk.system import popup_window
from calmdesk.system.hotkey import HotkeyBackend, HotkeyError
from calmdesk.system.instance_server import InstanceServer
from calmdesk.ui.common.notices import Notices

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (setting window masks|raise\(\))")


@pytest.fixture
def no_desktop(monkeypatch):
    """Offscreen has no X display, no Wayland and no tray: the app must still come up and say so."""
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def make_app(qtbot, no_desktop):
    made: list[tuple[CalmDesk, InstanceServer]] = []

    def make(**kwargs) -> CalmDesk:
        server = InstanceServer.acquire()
        assert server is not None
        desk = CalmDesk(server, hotkey=kwargs.pop("hotkey", None), pack_dirs=kwargs.pop("pack_dirs", ()))
        made.append((desk, server))
        return desk

    yield make
    for desk, server in made:
        desk.picker.hide()
        for box in desk.notices.shown():
            box.close()
        if desk.store is not None:
            desk.store.close()
        server.close()


def _notice_titles(desk: CalmDesk) -> list[str]:
    desk.notices.flush()
    return [box.text() for box in desk.notices.shown()]


def test_ipc_commands_drive_the_picker(qtbot, make_app, monkeypatch) -> None:
    desk = make_app()
    desk.server.commandReceived.emit("show", "")
    assert desk.picker.isVisible()
    desk.server.commandReceived.emit("hide", "")
    assert not desk.picker.isVisible()
    desk.server.commandReceived.emit("toggle", "")
    assert desk.picker.isVisible()
    desk.server.commandReceived.emit("toggle", "")
    assert not desk.picker.isVisible()
    desk.server.commandReceived.emit("bogus", "")  # unknown: ignored, no error
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    desk.server.commandReceived.emit("quit", "")
    assert quits == [True]
    desk._store = None  # closed by quit: the fixture must not close it again


def test_no_tray_and_no_hotkey_are_said_once(qtbot, make_app) -> None:
    desk = make_app(hotkey="Ctrl+Alt+K")
    assert desk.hotkeys.backend is None
    assert len(_notice_titles(desk)) == 1, "one start-up notice, not a box per problem"
    [box] = desk.notices.shown()
    text = box.informativeText()
    assert "calmdesk show" in text
    assert "cannot listen for a global key" in text
    # No key works here, so none may be offered (offscreen has no tray either: no icon is promised).
    assert "Ctrl+Alt+K" not in text
    if not desk.tray.available:
        assert "tray icon" not in text
    desk.notices.flush()  # a second flush shows nothing new
    assert len(desk.notices.shown()) == 1


def test_bad_pack_and_bad_settings_are_reported_not_fatal(qtbot, make_app, tmp_path) -> None:
    packs = tmp_path / "team"
    packs.mkdir()
    (packs / "broken.toml").write_text("[pack\nid = ", encoding="utf-8")
    settings_file = paths.ensure_dir(paths.config_dir()) / "settings.toml"
    settings_file.write_text('agent_name = "Sam"\ncolour = "blue"\n', encoding="utf-8")
    desk = make_app(pack_dirs=(packs,))
    assert desk.settings.agent_name == "Sam"
    assert len(desk.libraries.library.phrases) > 50  # the built-in packs still load
    _wait_for_teams(qtbot, desk)
    box = next(b for b in _open_all(desk) if "problems" in b.text())
    assert "broken.toml" in box.detailedText()
    assert "colour" in box.detailedText()


def test_a_pack_folder_of_an_unknown_user_is_reported_and_the_app_starts(qtbot, make_app) -> None:
    settings_file = paths.ensure_dir(paths.config_dir()) / "settings.toml"
    settings_file.write_text('pack_dirs = ["~nosuchuser-calmdesk/team"]\n', encoding="utf-8")
    desk = make_app()
    assert len(desk.libraries.library.phrases) > 50
    _wait_for_teams(qtbot, desk)
    box = next(b for b in _open_all(desk) if "problems" in b.text())
    assert "~nosuchuser-calmdesk/team" in box.detailedText()


def _wait_for_teams(qtbot, desk: CalmDesk) -> None:
    """The team folders are read on a thread at start; their problems come once it is done."""
    qtbot.waitUntil(lambda: not desk.libraries.packs.pending(), timeout=10_000)


def _open_all(desk: CalmDesk):
    desk.notices.flush()
    return desk.notices.shown()


def test_taken_hotkey_offers_settings(qtbot, make_app, monkeypatch) -> None:
    class TakenKey(HotkeyBackend):
        def register(self, sequence: str) -> None:
            raise HotkeyError(f"{sequence} is already used by another program.")

        def unregister(self) -> None:
            pass

    opened: list[bool] = []
    monkeypatch.setattr(hotkey_control, "create_hotkey_backend", lambda parent=None: TakenKey(parent))
    monkeypatch.setattr(WindowControl, "open_settings", lambda self: opened.append(True))
    desk = make_app()
    box = next(b for b in _open_all(desk) if "not available" in b.informativeText())
    assert "already used by another program" in box.informativeText()
    button = next(b for b in box.buttons() if b.text() == "Open Settings")
    button.click()
    assert opened == [True]


def test_store_error_means_no_favourites_but_a_working_picker(qtbot, make_app, monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise StoreError("The data file is locked by another program.")

    monkeypatch.setattr(store_control.UserStore, "open", refuse)
    desk = make_app()
    assert desk.store is None
    desk.picker.summon()
    assert desk.picker.search.list.results.rowCount() > 0
    box = next(b for b in _open_all(desk) if "problems" in b.text())
    assert "locked by another program" in box.detailedText()


def test_saved_settings_reach_picker_and_tray(qtbot, make_app) -> None:
    desk = make_app()
    desk.apply_settings(Settings(agent_name="Kim", hotkey="Ctrl+Shift+F12"))
    assert desk.picker.flow.settings.agent_name == "Kim"
    assert "F12" in desk.tray.menu().actions()[0].text()


def test_second_start_hands_over_and_returns_at_once(monkeypatch, capsys) -> None:
    sent: list[tuple[str, str | None]] = []

    def answer(command: str, argument: str | None = None, **_kw: object) -> tuple[str, str | None]:
        sent.append((command, argument))
        return ("ok", None)

    monkeypatch.setattr(handover, "send_request", answer)
    assert app_module.run() == 0
    assert sent == [("show", None)]
    assert "already running" in capsys.readouterr().err


def test_a_running_app_applies_options_handed_over(qtbot, make_app, tmp_path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    (team / "team.toml").write_text(
        '[pack]\nid = "t"\nname = "T"\nlanguage = "en"\nversion = "1"\n\n[[phrase]]\nid = "t.zebra"\n'
        'category = "closing"\ntitle = "Zebra thanks"\ntext = "Thanks, zebra."\n',
        encoding="utf-8",
    )
    desk = make_app()
    before = len(desk.libraries.library.phrases)
    ok, said = desk.apply_option("packs", str(team))
    assert ok
    assert said == f"the running CalmDesk loaded 1 phrase(s) from {team}."
    assert len(desk.libraries.library.phrases) == before + 1
    assert desk.libraries.index.search("zebra")[0].phrase.id == "t.zebra"
    desk.picker.summon()
    desk.picker.search.field.setText("zebra")
    assert desk.picker.current_phrase().id == "t.zebra"
    assert desk.apply_option("packs", str(team)) == (
        True,
        f"the running CalmDesk already has the packs in {team}.",
    )
    # No hotkey backend offscreen: said plainly, not pretended.
    ok, said = desk.apply_option("hotkey", "Ctrl+Alt+K")
    assert not ok
    assert "no global hotkey works on this desktop" in said


def test_excepthook_logs_and_shows_a_short_message(monkeypatch, caplog) -> None:
    shown: list[str] = []
    monkeypatch.setattr(Notices, "unexpected", lambda _self, message, _log: shown.append(message))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    guards.install_excepthook().start()
    with caplog.at_level(logging.ERROR, logger="calmdesk.app.guards"):
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    assert shown == ["boom"]
    assert "Traceback" in caplog.text


# -- one window of each kind, none modal --------------------------------------------------------------


def _visible(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


@pytest.fixture
def close_dialogs_soon(qtbot):
    """Rejects every open dialog now and then: a modal exec() would otherwise hold the test forever."""
    timer = QTimer()
    timer.timeout.connect(lambda: [d.reject() for d in _visible(QDialog)])
    timer.start(300)
    yield timer
    timer.stop()
    for dialog in _visible(QDialog):
        dialog.reject()


def _type_into_window(widget, text: str) -> None:
    # Through the QWindow, as the window system delivers keys: only that path honours modality.
    window = widget.window().windowHandle()
    for char in text:
        QTest.keyClick(window, Qt.Key(ord(char.upper())))


def test_picker_takes_keys_while_settings_and_about_are_open(qtbot, make_app, close_dialogs_soon) -> None:
    from calmdesk.ui.common.about_dialog import AboutDialog
    from calmdesk.ui.settings.settings_dialog import SettingsDialog

    desk = make_app()
    seen: list[tuple[str, int, int]] = []

    def with_dialogs_open() -> None:
        # The safety net waits while the keys are typed: on a loaded machine typing can outlast its 300 ms
        # and it closed the dialogs under the check. Restarted after, it still ends a modal exec() regression.
        close_dialogs_soon.stop()
        desk.picker.summon()
        _type_into_window(desk.picker, "refund")
        typed = desk.picker.search.field.text()
        seen.append((typed, len(_visible(SettingsDialog)), len(_visible(AboutDialog))))
        close_dialogs_soon.start()

    QTimer.singleShot(0, with_dialogs_open)
    desk.windows.open_settings()
    desk.windows.open_about()
    # Building the app and the dialogs may take longer than the safety net's 300 ms on a loaded machine:
    # restarted now, it cannot close the dialogs before the check above runs (due at once).
    close_dialogs_soon.start()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == [("refund", 1, 1)]


def test_settings_and_about_open_once_and_again_after_closing(qtbot, make_app, close_dialogs_soon) -> None:
    from calmdesk.ui.common.about_dialog import AboutDialog
    from calmdesk.ui.settings.settings_dialog import SettingsDialog

    desk = make_app()
    desk.windows.open_settings()
    desk.notices.settingsRequested.emit()  # "Open Settings" in a hotkey notice: the same window
    desk.windows.open_about()
    desk.windows.open_about()
    assert len(_visible(SettingsDialog)) == 1
    assert len(_visible(AboutDialog)) == 1
    _visible(SettingsDialog)[0].reject()
    qtbot.waitUntil(lambda: not _visible(SettingsDialog), timeout=1000)
    desk.windows.open_settings()
    assert len(_visible(SettingsDialog)) == 1


def test_unexpected_error_box_is_not_modal_and_not_repeated(qtbot, close_dialogs_soon) -> None:
    notices = Notices()
    notices.unexpected("boom", paths.state_dir() / "calmdesk.log")
    notices.unexpected("boom again", paths.state_dir() / "calmdesk.log")
    boxes = [b for b in _visible(QMessageBox) if "Something went wrong" in b.text()]
    try:
        assert len(boxes) == 1
        assert "boom" in boxes[0].text()
        assert boxes[0].windowModality() == Qt.WindowModality.NonModal
        assert not boxes[0].isModal()
    finally:
        for box in boxes:
            box.close()


# -- the excepthook and quitting ------------------------------------------------------------------------


class _Raises(QThread):
    def run(self) -> None:
        raise RuntimeError("boom in a thread")


def test_error_in_a_worker_thread_is_shown_by_the_gui_thread(qtbot, monkeypatch, caplog) -> None:
    shown: list[tuple[str, bool]] = []

    def unexpected(_self: Notices, message: str, _log: object) -> None:
        shown.append((message, threading.current_thread() is threading.main_thread()))

    monkeypatch.setattr(Notices, "unexpected", unexpected)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    guards.install_excepthook().start()
    worker = _Raises()
    with caplog.at_level(logging.ERROR, logger="calmdesk.app.guards"):
        worker.start()
        assert worker.wait(3000)
        qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert shown == [("boom in a thread", True)]
    assert "Traceback" in caplog.text


def test_error_in_a_python_thread_takes_the_same_path(qtbot, monkeypatch) -> None:
    shown: list[tuple[str, bool]] = []

    def unexpected(_self: Notices, message: str, _log: object) -> None:
        shown.append((message, threading.current_thread() is threading.main_thread()))

    def fail() -> None:
        raise ValueError("boom in a python thread")

    monkeypatch.setattr(Notices, "unexpected", unexpected)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    guards.install_excepthook().start()
    thread = threading.Thread(target=fail)
    thread.start()
    thread.join(3)
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert shown == [("boom in a python thread", True)]


class _RunningApp:
    """`python -m calmdesk` in a subprocess, offscreen, with this test's XDG dirs; stderr read by a thread."""

    def __init__(self) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "calmdesk"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.put(line.rstrip("\n"))

    def wait_ready(self, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        seen: list[str] = []
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.1)
            except queue.Empty:
                if self.proc.poll() is not None:
                    break
                continue
            seen.append(line)
            if line == app_module.READY_LINE:
                return
        pytest.fail(f"no ready line (exit status {self.proc.poll()}); stderr: {seen}")

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_signal_while_idle_quits_at_once_and_lets_go(no_desktop, signum: signal.Signals) -> None:
    first = _RunningApp()
    try:
        first.wait_ready()
        time.sleep(0.3)  # the event loop is idle now: no Python code runs until something wakes it
        first.proc.send_signal(signum)
        assert first.proc.wait(3) == 0
    finally:
        first.kill()
    second = _RunningApp()  # starts afresh rather than handing over: the lock and the socket were given back
    try:
        second.wait_ready()
        second.proc.send_signal(signal.SIGINT)
        assert second.proc.wait(3) == 0
    finally:
        second.kill()


TOKEN = "XDG_ACTIVATION_TOKEN"


class FakeBackend(HotkeyBackend):
    """Like the X11 backend: one key at a time, register() drops the old one first; `taken` keys fail."""

    name = "fake"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.taken: set[str] = set()
        self.current: str | None = None
        self.calls: list[str] = []

    def register(self, sequence: str) -> None:
        self.unregister()
        self.calls.append(f"register {sequence}")
        if sequence in self.taken:
            raise HotkeyError(f"{sequence} is already used by another program.")
        self.current = sequence

    def unregister(self) -> None:
        if self.current is not None:
            self.calls.append(f"unregister {self.current}")
        self.current = None


@pytest.fixture
def fake_backend(monkeypatch) -> FakeBackend:
    backend = FakeBackend()
    monkeypatch.setattr(hotkey_control, "create_hotkey_backend", lambda parent=None: backend)
    return backend


def test_quit_cleans_up_once_and_runs_on_about_to_quit(qtbot, make_app, fake_backend, monkeypatch) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    desk = make_app()
    assert fake_backend.current == "Ctrl+Alt+Space"
    store = desk.store
    assert store is not None
    closed: list[bool] = []
    monkeypatch.setattr(store, "close", lambda: closed.append(True))
    desk.quit()
    desk.quit()  # aboutToQuit after the tray's Quit: nothing twice
    assert fake_backend.calls.count("unregister Ctrl+Alt+Space") == 1
    assert closed == [True]
    assert quits == [True]


@pytest.fixture
def run_in_process(monkeypatch: pytest.MonkeyPatch) -> Callable[..., int]:
    """`app.run()` in this process: no other instance, a display assumed, no log file, hooks restored.

    `loop(qapp)` stands in for the event loop; aboutToQuit follows it, as when Ctrl+C or the session ending
    stops the loop without our quit(). The names run() gives the shared QApplication are put back.
    """
    qapp = QApplication.instance()
    monkeypatch.setattr(app_module, "hand_over", lambda *_args, **_kw: None)
    monkeypatch.setattr(app_module, "missing_display", lambda: None)
    monkeypatch.setattr(guards, "log_to_file", lambda: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(QApplication, "quit", lambda: None)

    def run(loop: Callable[[QApplication], object] = lambda _qapp: None) -> int:
        def event_loop(*_args: object) -> int:
            loop(qapp)
            qapp.aboutToQuit.emit()
            return 0

        monkeypatch.setattr(QApplication, "exec", event_loop)
        name, display = qapp.applicationName(), qapp.applicationDisplayName()
        try:
            return app_module.run()
        finally:
            qapp.setApplicationName(name)
            qapp.setApplicationDisplayName(display)

    return run


def test_run_cleans_up_when_the_event_loop_ends(qtbot, no_desktop, fake_backend, run_in_process) -> None:
    assert run_in_process() == 0
    assert fake_backend.current is None
    server = InstanceServer.acquire()  # the lock and the socket were given back
    assert server is not None
    server.close()


def test_run_ends_the_process_itself_when_a_thread_was_leaked(
    qtbot, monkeypatch, no_desktop, fake_backend, run_in_process
) -> None:
    monkeypatch.setattr(guards, "LEAKED_THREADS", [])
    exits: list[int] = []
    monkeypatch.setattr(guards, "exit_before_shutdown", exits.append)
    # As CalmDesk.quit() does with a stuck reader:
    run_in_process(lambda _qapp: guards.LEAKED_THREADS.append(QThread()))
    assert exits == [0]


def test_second_start_that_gets_no_answer_says_so(monkeypatch, capsys, no_desktop) -> None:
    qapp = QApplication.instance()
    name, display = qapp.applicationName(), qapp.applicationDisplayName()
    monkeypatch.setattr(app_module, "hand_over", lambda *_args, **_kw: None)
    monkeypatch.setattr(app_module, "missing_display", lambda: None)
    monkeypatch.setattr(app_module.InstanceServer, "acquire", classmethod(lambda cls, parent=None: None))
    monkeypatch.setattr(app_module, "HANDOVER_WAIT_S", 0.2)
    try:
        assert app_module.run() == 1
    finally:
        qapp.setApplicationName(name)
        qapp.setApplicationDisplayName(display)
    err = capsys.readouterr().err
    assert "opened its phrase search" not in err
    assert "did not answer" in err


# -- changing the hotkey --------------------------------------------------------------------------------


def _tray_text(desk: CalmDesk) -> str:
    return desk.tray.menu().actions()[0].text()


def test_taken_new_hotkey_keeps_the_old_one(qtbot, make_app, fake_backend) -> None:
    desk = make_app()
    fake_backend.taken.add("Ctrl+Alt+T")
    desk.notices.flush()
    desk.apply_settings(Settings(hotkey="Ctrl+Alt+T"))
    assert fake_backend.current == "Ctrl+Alt+Space"
    assert "Space" in _tray_text(desk)
    box = next(b for b in desk.notices.shown() if "not available" in b.text())
    assert "T" in box.text()
    # Saving the same key again, once the other program let go of it, tries again.
    fake_backend.taken.clear()
    desk.apply_settings(Settings(hotkey="Ctrl+Alt+T"))
    assert fake_backend.current == "Ctrl+Alt+T"
    assert "T" in _tray_text(desk)
    assert "Space" not in _tray_text(desk)


def test_the_key_the_desktop_bound_is_the_one_named(qtbot, make_app, fake_backend) -> None:
    """The Wayland portal may bind another key than the one asked for: the tray names the desktop's."""
    desk = make_app()
    assert "Space" in _tray_text(desk)
    fake_backend.bound.emit("Ctrl+Alt+K")
    assert "K" in _tray_text(desk)
    assert "Space" not in _tray_text(desk)
    assert desk._hotkeys.desktop_key == "Ctrl+Alt+K"
    fake_backend.bound.emit("Logo + Shift + F5, then K")  # a desktop's own words, not a key sequence
    assert "Logo + Shift + F5, then K" in _tray_text(desk)


def test_activation_tokens_reach_the_pickers_activation(qtbot, make_app, fake_backend, monkeypatch) -> None:
    """On Wayland the token (the portal's, or the one `calmdesk show` sent) is in the environment while
    the picker activates, where Qt's Wayland plugin takes it; never after."""
    monkeypatch.setattr(popup_window, "on_wayland", lambda: True)
    desk = make_app()
    seen: list[str | None] = []
    monkeypatch.setattr(desk._picker, "activateWindow", lambda: seen.append(os.environ.get(TOKEN)))
    monkeypatch.setattr(fake_backend, "take_activation_token", lambda: "token-from-the-portal")
    fake_backend.activated.emit()
    desk._picker.hide()
    desk._server.commandReceived.emit("show", "token-from-calmdesk-show")
    assert seen == ["token-from-the-portal", "token-from-calmdesk-show"]
    assert TOKEN not in os.environ


def test_taken_hotkey_at_start_is_retried_on_save(qtbot, make_app, fake_backend) -> None:
    fake_backend.taken.add("Ctrl+Alt+Space")
    desk = make_app()
    assert fake_backend.current is None
    assert "Space" not in _tray_text(desk)  # the tray names no key that does nothing
    fake_backend.taken.clear()
    desk.apply_settings(Settings(hotkey="Ctrl+Alt+Space"))
    assert fake_backend.current == "Ctrl+Alt+Space"
    assert "Space" in _tray_text(desk)


def test_unchanged_working_hotkey_is_left_alone(qtbot, make_app, fake_backend) -> None:
    desk = make_app()
    fake_backend.calls.clear()
    desk.apply_settings(Settings(agent_name="Kim"))
    assert fake_backend.calls == []


def test_backend_failing_later_shows_the_notice(qtbot, make_app, fake_backend) -> None:
    desk = make_app()
    desk.notices.flush()
    fake_backend.failed.emit("The global shortcut was not allowed.")
    box = next(b for b in desk.notices.shown() if "not available" in b.text())
    assert "not allowed" in box.informativeText()
    assert "Space" not in _tray_text(desk)
    desk.apply_settings(Settings(hotkey="Ctrl+Alt+Space"))  # saving again retries
    assert fake_backend.calls[-1] == "register Ctrl+Alt+Space"


def test_key_refused_later_goes_back_to_the_key_that_worked(qtbot, make_app, fake_backend) -> None:
    desk = make_app()
    desk.notices.flush()
    # Like the Wayland portal: register() accepts at once, the refusal arrives later through `failed`.
    desk.apply_settings(Settings(hotkey="Ctrl+Alt+T"))
    assert fake_backend.current == "Ctrl+Alt+T"
    fake_backend.failed.emit("The desktop did not allow the global shortcut.")
    assert fake_backend.current == "Ctrl+Alt+Space"
    assert "Space" in _tray_text(desk)
    box = next(b for b in desk.notices.shown() if "not available" in b.text())
    assert "T" in box.text()
    assert "did not allow" in box.informativeText()
    # The old key failing too leaves nothing to go back to: the tray then names no key.
    fake_backend.failed.emit("The desktop's shortcut service stopped answering.")
    assert "Space" not in _tray_text(desk)


def test_error_during_start_up_is_logged_and_shown_once_running(
    qtbot, monkeypatch, no_desktop, fake_backend, caplog, capsys, run_in_process
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(Notices, "unexpected", lambda _self, message, _log: shown.append(message))

    def fail() -> None:
        raise ValueError("boom while starting")

    def register_and_fail(sequence: str) -> None:
        FakeBackend.register(fake_backend, sequence)
        thread = threading.Thread(target=fail)  # like the first hotkey thread failing during start-up
        thread.start()
        thread.join(3)

    monkeypatch.setattr(fake_backend, "register", register_and_fail)
    with caplog.at_level(logging.ERROR, logger="calmdesk.app.guards"):
        assert run_in_process(lambda _qapp: qtbot.waitUntil(lambda: bool(shown), timeout=3000)) == 0
    assert shown == ["boom while starting"]
    assert "Traceback" in caplog.text
    assert "Traceback" not in capsys.readouterr().err  # the default hook never saw it


# -- paste failures --------------------------------------------------------------------------------------


def test_paste_failure_without_tray_messages_opens_a_notice(qtbot, make_app, monkeypatch) -> None:
    desk = make_app()
    desk.notices.flush()
    monkeypatch.setattr(desk.tray, "notify", lambda *_a, **_kw: False)
    desk.picker.pasteFailed.emit("xdotool is not installed")
    box = next(b for b in desk.notices.shown() if b.text() == "Copied, not pasted")
    assert "xdotool is not installed" in box.informativeText()


def test_paste_failure_with_tray_messages_opens_no_box(qtbot, make_app, monkeypatch) -> None:
    desk = make_app()
    desk.notices.flush()
    before = len(desk.notices.shown())
    said: list[str] = []
    monkeypatch.setattr(desk.tray, "notify", lambda _title, text, **_kw: said.append(text) or True)
    desk.picker.pasteFailed.emit("xdotool is not installed")
    assert said == ["xdotool is not installed"]
    assert len(desk.notices.shown()) == before


def test_the_tray_opens_the_statistics_window(qtbot, make_app) -> None:
    desk = make_app()
    desk.tray.statsRequested.emit()
    window = desk._stats._window
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible()
    assert "0 complaints" in window._summary.text()


# -- the complaint --------------------------------------------------------------------------------------


def test_checklist_command_and_tray_entries_reach_the_complaint(qtbot, make_app) -> None:
    desk = make_app()
    panel = desk.complaints.panel
    assert not panel.isVisible()  # built at start, shown on request
    desk._on_command("checklist")  # `calmdesk show --checklist`
    assert panel.isVisible()
    panel.close()
    assert not panel.isVisible()
    desk.tray.checklistRequested.emit()
    assert panel.isVisible()
    desk.tray.newComplaintRequested.emit()
    form = desk.complaints._form
    assert form is not None
    assert form.isVisible()
    form.accepted_fields.emit(
        {"customer": "Ana", "channel": "chat", "ticket": "", "topic": "", "anger": None}
    )
    qtbot.waitUntil(lambda: desk.complaints.watch.current() is not None)  # saved by the writer thread
    assert desk.complaints.watch.current().customer == "Ana"
    assert "Ana" in desk.picker.whose.text()
    form.close()
    panel.hide()
    desk.complaints.quit()


def test_cli_commands_reach_each_window_of_the_running_app(qtbot, make_app) -> None:
    """`calmdesk settings` (about, stats --window, followups --window), a real second process over IPC."""
    from calmdesk.ui.common.about_dialog import AboutDialog
    from calmdesk.ui.complaint.followups_window import FollowupsWindow
    from calmdesk.ui.settings.settings_dialog import SettingsDialog
    from calmdesk.ui.stats.stats_window import StatsWindow

    desk = make_app()
    for args, kind in (
        (("settings",), SettingsDialog),
        (("about",), AboutDialog),
        (("stats", "--window"), StatsWindow),
        (("followups", "--window"), FollowupsWindow),
    ):
        cli = subprocess.Popen([sys.executable, "-m", "calmdesk", *args], stderr=subprocess.PIPE, text=True)
        qtbot.waitUntil(
            lambda cli=cli, kind=kind: cli.poll() is not None and bool(_visible(kind)), timeout=20_000
        )
        assert cli.returncode == 0, cli.stderr.read() if cli.stderr else ""
        for window in _visible(kind):
            window.close()
    assert desk._complaints.watch.current() is None


def test_customer_replied_from_the_tray_or_ipc_restarts_the_clock(qtbot, make_app) -> None:
    desk = make_app()
    complaint = desk._complaints.watch.new(customer="Ana", channel="chat")
    desk._server.commandReceived.emit("replied", "")
    desk._tray.customerRepliedRequested.emit()
    assert desk._store.flush_uses(5)  # saved by the store's writer thread
    replied = desk._store.complaints.get(complaint.id)
    assert len(replied.customer_replies) == 2


def test_the_first_start_asks_who_signs_and_the_answer_fills_phrases(qtbot, make_app) -> None:
    from calmdesk.store.settings import load_settings

    desk = make_app()
    desk._windows.introduce()
    dialog = desk._windows.introduction
    assert dialog is not None
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry()
    assert screen.contains(dialog.frameGeometry()), "placed inside the screen"
    QTest.keyClicks(dialog._name, "Sam")
    QTest.keyClicks(dialog._company, "Acme")
    QTest.keyClick(dialog._company, Qt.Key.Key_Return)
    assert load_settings()[0].agent_name == "Sam"
    assert desk._settings.company == "Acme", "applied at once, as from Settings"
    desk._windows.introduction = None
    desk._windows.introduce()
    assert desk._windows.introduction is None, "asked once"


def test_the_picker_reaches_settings_follow_ups_statistics_and_about_by_keys(qtbot, make_app) -> None:
    from calmdesk.ui.common.about_dialog import AboutDialog
    from calmdesk.ui.complaint.followups_window import FollowupsWindow
    from calmdesk.ui.settings.settings_dialog import SettingsDialog
    from calmdesk.ui.stats.stats_window import StatsWindow

    desk = make_app()
    for key, mods, kind in (
        (Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier, SettingsDialog),
        (Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier, FollowupsWindow),
        (Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier, StatsWindow),
        (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier, AboutDialog),
    ):
        desk._picker.summon()
        QTest.keyClick(desk._picker.search.field, key, mods)
        qtbot.waitUntil(lambda kind=kind: bool(_visible(kind)), timeout=5000)
        for window in _visible(kind):
            window.close()
