"""The languages in the Settings dialog: the windows' and the phrases', "as the system" by default."""

from __future__ import annotations

from pathlib import Path

import pytest

from calmdesk.app.main import CalmDesk
from calmdesk.store.settings import Settings, load_settings
from calmdesk.system.instance_server import InstanceServer
from calmdesk.ui.settings.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (setting window masks|raise\(\))")


def _save(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.settingsSaved):
        dialog._buttons.button(dialog._buttons.StandardButton.Ok).click()


def test_both_follow_the_system_by_default_and_name_it(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    dialog = SettingsDialog(Settings(), tmp_path / "settings.toml")
    qtbot.addWidget(dialog)
    box = dialog._languages
    assert box._interface.currentText() == "As the system (Deutsch)"
    assert box._content.currentText() == "As the system (Deutsch)"
    assert [box._interface.itemData(i) for i in range(box._interface.count())] == [
        "",
        "en",
        "es",
        "de",
        "fr",
        "pt",
    ]
    edited = box.edited(Settings(interface_language="fr", language="es"))
    assert (edited.interface_language, edited.language) == ("", "")


def test_a_chosen_language_is_saved_and_the_restart_is_said(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.toml"
    dialog = SettingsDialog(Settings(), path)
    qtbot.addWidget(dialog)
    box = dialog._languages
    assert dialog._tabs.tabText(dialog._tabs.indexOf(box)) == "Languages"
    assert box._restart.text() == "The windows change language when CalmDesk starts again."
    box._interface.setCurrentIndex(box._interface.findData("es"))
    box._content.setCurrentIndex(box._content.findData("fr"))
    _save(qtbot, dialog)
    saved, problems = load_settings(path)
    assert (saved.interface_language, saved.language, problems) == ("es", "fr", [])


def test_a_code_without_a_catalogue_is_kept_as_it_was(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "settings.toml"
    dialog = SettingsDialog(Settings(interface_language="it", language="de"), path)
    qtbot.addWidget(dialog)
    assert dialog._languages._interface.currentText() == "it"
    _save(qtbot, dialog)
    saved, _problems = load_settings(path)
    assert (saved.interface_language, saved.language) == ("it", "de")


def test_a_new_content_language_shows_the_phrases_in_it_at_once(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(var, raising=False)
    server = InstanceServer.acquire()
    assert server is not None
    try:
        desk = CalmDesk(server, hotkey=None, pack_dirs=())
        assert desk.libraries.library.language == "en"
        desk.apply_settings(Settings(language="es"))
        assert desk.libraries.library.language == "es"
        assert desk.libraries.library.get("apology.sorry-for-the-wait").lang == "es"  # type: ignore[union-attr]
        desk.picker.hide()
        if desk.store is not None:
            desk.store.close()
    finally:
        server.close()
