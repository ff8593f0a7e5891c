"""app.CalmDesk wiring, offscreen: IPC commands, start-up notices, degraded starts, the excepthook."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication

from calmdesk import app as app_module
from calmdesk.app import CalmDesk
from calmdesk.store import paths
from calmdesk.store.errors import StoreError
from calmdesk.store.settings import Settings
from calmdesk.system.hotkey import HotkeyBackend, HotkeyError
from calmdesk.system.instance_server import InstanceServer
from calmdesk.ui.notices import Notices

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
        desk._picker.hide()
        for box in desk._notices.shown():
            box.close()
        if desk._store is not None:
            desk._store.close()
        server.close()


def _notice_titles(desk: CalmDesk) -> list[str]:
    desk._notices.flush()
    return [box.text() for box in desk._notices.shown()]


def test_ipc_commands_drive_the_picker(qtbot, make_app, monkeypatch) -> None:
    desk = make_app()
    desk._server.commandReceived.emit("show")
    assert desk._picker.isVisible()
    desk._server.commandReceived.emit("hide")
    assert not desk._picker.isVisible()
    desk._server.commandReceived.emit("toggle")
    assert desk._picker.isVisible()
    desk._server.commandReceived.emit("toggle")
    assert not desk._picker.isVisible()
    desk._server.commandReceived.emit("bogus")  # unknown: ignored, no error
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    desk._server.commandReceived.emit("quit")
    assert quits == [True]
    desk._store = None  # closed by quit


def test_no_tray_and_no_hotkey_are_said_once(qtbot, make_app) -> None:
    desk = make_app(hotkey="Ctrl+Alt+K")
    assert desk._hotkey_backend is None
    titles = _notice_titles(desk)
    assert "No global hotkey on this desktop" in titles
    if not desk._tray.available:
        running = next(b for b in desk._notices.shown() if b.text() == "CalmDesk is running")
        assert "calmdesk show" in running.informativeText()
        assert "K" in running.informativeText()
    desk._notices.flush()  # a second flush shows nothing new
    assert len(desk._notices.shown()) == len(titles)


def test_bad_pack_and_bad_settings_are_reported_not_fatal(qtbot, make_app, tmp_path) -> None:
    packs = tmp_path / "team"
    packs.mkdir()
    (packs / "broken.toml").write_text("[pack\nid = ", encoding="utf-8")
    settings_file = paths.ensure_dir(paths.config_dir()) / "settings.toml"
    settings_file.write_text('agent_name = "Sam"\ncolour = "blue"\n', encoding="utf-8")
    desk = make_app(pack_dirs=(packs,))
    assert desk._settings.agent_name == "Sam"
    assert len(desk._library.phrases) > 50  # the built-in packs still load
    box = next(b for b in _open_all(desk) if "problems" in b.text())
    assert "broken.toml" in box.detailedText()
    assert "colour" in box.detailedText()


def _open_all(desk: CalmDesk):
    desk._notices.flush()
    return desk._notices.shown()


def test_taken_hotkey_offers_settings(qtbot, make_app, monkeypatch) -> None:
    class TakenKey(HotkeyBackend):
        def register(self, sequence: str) -> None:
            raise HotkeyError(f"{sequence} is already used by another program.")

        def unregister(self) -> None:
            pass

    opened: list[bool] = []
    monkeypatch.setattr(app_module, "create_hotkey_backend", lambda parent=None: TakenKey(parent))
    monkeypatch.setattr(CalmDesk, "open_settings", lambda self: opened.append(True))
    desk = make_app()
    box = next(b for b in _open_all(desk) if "not available" in b.text())
    assert "already used by another program" in box.informativeText()
    button = next(b for b in box.buttons() if b.text() == "Open Settings")
    button.click()
    assert opened == [True]


def test_store_error_means_no_favourites_but_a_working_picker(qtbot, make_app, monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise StoreError("The data file is locked by another program.")

    monkeypatch.setattr(app_module.UserStore, "open", refuse)
    desk = make_app()
    assert desk._store is None
    desk._picker.summon()
    assert desk._picker._model.rowCount() > 0
    box = next(b for b in _open_all(desk) if "problems" in b.text())
    assert "locked by another program" in box.detailedText()


def test_saved_settings_reach_picker_and_tray(qtbot, make_app) -> None:
    desk = make_app()
    desk._apply_settings(Settings(agent_name="Kim", hotkey="Ctrl+Shift+F12"))
    assert desk._picker._settings.agent_name == "Kim"
    assert "F12" in desk._tray.menu().actions()[0].text()


def test_second_start_hands_over_and_returns_at_once(monkeypatch, capsys) -> None:
    sent: list[str] = []
    monkeypatch.setattr(app_module, "send_command", lambda command, **_kw: sent.append(command) or True)
    assert app_module.run() == 0
    assert sent == ["show"]
    assert "already running" in capsys.readouterr().err


def test_excepthook_logs_and_shows_a_short_message(monkeypatch, caplog) -> None:
    shown: list[str] = []
    monkeypatch.setattr(Notices, "unexpected", staticmethod(lambda message, _log: shown.append(message)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app_module._install_excepthook()
    with caplog.at_level(logging.ERROR, logger="calmdesk.app"):
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    assert shown == ["boom"]
    assert "Traceback" in caplog.text
