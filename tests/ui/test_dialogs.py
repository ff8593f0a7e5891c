"""Settings and About dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QLabel

from calmdesk.store import paths
from calmdesk.store.settings import Settings, load_settings
from calmdesk.ui.about_dialog import AboutDialog
from calmdesk.ui.settings_dialog import SettingsDialog


def test_settings_dialog_saves_the_file_and_emits(qtbot, tmp_path) -> None:
    path = tmp_path / "settings.toml"
    dialog = SettingsDialog(Settings(agent_name="Old", pack_dirs=("/teams",)), path)
    qtbot.addWidget(dialog)
    dialog._agent_name.setText("  Sam  ")
    dialog._company.setText("ACME")
    dialog._hotkey.setKeySequence(QKeySequence("Ctrl+Shift+K"))
    dialog._auto_paste.setChecked(True)
    with qtbot.waitSignal(dialog.settingsSaved) as blocker:
        dialog._buttons.button(dialog._buttons.StandardButton.Ok).click()
    saved, problems = load_settings(path)
    assert problems == []
    assert saved == blocker.args[0]
    assert (saved.agent_name, saved.company, saved.hotkey, saved.auto_paste) == (
        "Sam",
        "ACME",
        "Ctrl+Shift+K",
        True,
    )
    assert saved.pack_dirs == ("/teams",)  # keys the dialog does not show are kept
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_settings_dialog_default_path_and_hotkey_reset(qtbot) -> None:
    dialog = SettingsDialog(Settings(hotkey="Ctrl+Shift+K"))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog._hotkey_reset, Qt.MouseButton.LeftButton)
    dialog._hotkey.clear()  # an empty key keeps the old one rather than saving no hotkey at all
    dialog.accept()
    assert load_settings(paths.settings_file())[0].hotkey == "Ctrl+Shift+K"


def test_settings_dialog_keeps_open_and_explains_when_saving_fails(qtbot, tmp_path) -> None:
    blocker_file = tmp_path / "not-a-dir"
    blocker_file.write_text("x")
    dialog = SettingsDialog(Settings(), blocker_file / "settings.toml")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.assertNotEmitted(dialog.settingsSaved):
        dialog.accept()
    assert dialog.isVisible()
    assert "Could not save the settings" in dialog._error.text()


def test_about_dialog_names_version_and_paths(qtbot) -> None:
    dialog = AboutDialog([("Phrases", "42 in 3 packs")])
    qtbot.addWidget(dialog)
    text = dialog.findChildren(QLabel)[1].text()
    assert "CalmDesk 0." in text
    assert str(paths.settings_file()) in text
    assert "42 in 3 packs" in text
