"""Settings and About dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from calmdesk.store import paths
from calmdesk.store.settings import Settings, load_settings
from calmdesk.ui.common.about_dialog import AboutDialog
from calmdesk.ui.settings.settings_dialog import SettingsDialog


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
    assert saved.pack_dirs == ("/teams",)  # shown one per line, kept as they were
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_settings_dialog_default_path_and_hotkey_reset(qtbot) -> None:
    dialog = SettingsDialog(Settings(hotkey="Ctrl+Shift+K"))
    qtbot.addWidget(dialog)
    dialog.show()  # clicked as an agent would: on the dialog's General page, shown
    qtbot.mouseClick(dialog._hotkey_reset, Qt.MouseButton.LeftButton)
    assert dialog._hotkey.keySequence().toString() == "Ctrl+Alt+Space"
    dialog.accept()
    assert load_settings(paths.settings_file())[0].hotkey == "Ctrl+Alt+Space"


def test_settings_dialog_refuses_a_hotkey_without_modifier(qtbot, tmp_path) -> None:
    path = tmp_path / "settings.toml"
    dialog = SettingsDialog(Settings(hotkey="Ctrl+Shift+K"), path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._hotkey.setKeySequence(QKeySequence("A"))
    assert "needs Ctrl, Alt or Super" in dialog._error.text(), "said as soon as the key is pressed"
    assert dialog._error.isVisible()
    with qtbot.assertNotEmitted(dialog.settingsSaved):
        dialog.accept()
    assert dialog.isVisible()
    assert not path.exists()
    dialog._hotkey.setKeySequence(QKeySequence("Ctrl+Alt+A"))
    assert not dialog._error.isVisible()
    dialog.accept()
    assert load_settings(path)[0].hotkey == "Ctrl+Alt+A"


def test_settings_dialog_cleared_hotkey_restores_the_default_visibly(qtbot, tmp_path) -> None:
    path = tmp_path / "settings.toml"
    dialog = SettingsDialog(Settings(hotkey="Ctrl+Shift+K"), path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._hotkey.clear()
    with qtbot.assertNotEmitted(dialog.settingsSaved):
        dialog.accept()  # not saved silently: the field shows the default and the dialog says so
    assert dialog.isVisible()
    assert dialog._hotkey.keySequence().toString() == "Ctrl+Alt+Space"
    assert "Ctrl+Alt+Space" in dialog._error.text()
    assert dialog._error.isVisible()
    dialog.accept()
    assert load_settings(path)[0].hotkey == "Ctrl+Alt+Space"


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
    assert str(paths.log_file()) in text  # where the log is, for a support request
    assert "42 in 3 packs" in text


def test_settings_dialog_has_preview_and_support_email_and_no_template_syntax(qtbot, tmp_path) -> None:
    path = tmp_path / "settings.toml"
    dialog = SettingsDialog(Settings(), path)
    qtbot.addWidget(dialog)
    shown = [w for w in dialog.findChildren(QWidget)]
    hints = [w.placeholderText() for w in shown if isinstance(w, QLineEdit)]
    hints += [w.toolTip() for w in shown] + [w.text() for w in shown if isinstance(w, QLabel)]
    assert not [hint for hint in hints if "{{" in hint], "agents never see template syntax"
    dialog._show_preview.setChecked(False)
    dialog._support_email.setText(" help@acme.example ")
    dialog.accept()
    saved = load_settings(path)[0]
    assert saved.show_preview is False
    assert saved.support_email == "help@acme.example"


def test_settings_dialog_refuses_an_email_without_at_sign(qtbot, tmp_path) -> None:
    path = tmp_path / "settings.toml"
    dialog = SettingsDialog(Settings(), path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._support_email.setText("helpdesk")
    with qtbot.assertNotEmitted(dialog.settingsSaved):
        dialog.accept()
    assert "email address" in dialog._error.text()
    assert not path.exists()
