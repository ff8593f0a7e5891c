"""The Settings switch "Start CalmDesk when you log in": shows the autostart entry's state and changes it."""

from __future__ import annotations

import os
from pathlib import Path

from calmdesk.store.settings import Settings
from calmdesk.system.autostart import AutostartError, AutostartStatus, Unsupported, XdgAutostart
from calmdesk.ui.settings.settings_dialog import SettingsDialog


def press_ok(qtbot, dialog: SettingsDialog) -> None:
    dialog._buttons.button(dialog._buttons.StandardButton.Ok).click()


def test_switch_writes_and_removes_the_entry(qtbot, tmp_path: Path) -> None:
    place = XdgAutostart(tmp_path / "config", ["/usr/bin/calmdesk"])
    dialog = SettingsDialog(Settings(), tmp_path / "settings.toml", autostart=place)
    qtbot.addWidget(dialog)
    assert not dialog._autostart.isChecked()
    dialog._autostart.setChecked(True)
    with qtbot.waitSignal(dialog.finished):
        press_ok(qtbot, dialog)
    assert place.status().enabled

    again = SettingsDialog(Settings(), tmp_path / "settings.toml", autostart=place)
    qtbot.addWidget(again)
    assert again._autostart.isChecked()  # read from the entry, not from the settings file
    again._autostart.setChecked(False)
    with qtbot.waitSignal(again.finished):
        press_ok(qtbot, again)
    assert not place.path.exists()


def test_the_default_is_this_systems_entry(qtbot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(), tmp_path / "settings.toml")
    qtbot.addWidget(dialog)
    dialog._autostart.setChecked(True)
    with qtbot.waitSignal(dialog.finished):
        press_ok(qtbot, dialog)
    assert (Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "calmdesk.desktop").is_file()


def test_unsupported_system_shows_the_switch_disabled(qtbot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(), tmp_path / "settings.toml", autostart=Unsupported("macOS"))
    qtbot.addWidget(dialog)
    assert not dialog._autostart.isEnabled()
    assert "Not supported" in dialog._autostart.toolTip()


class Failing(XdgAutostart):
    def enable(self) -> AutostartStatus:
        raise AutostartError("cannot write /x/autostart/calmdesk.desktop: Permission denied")


def test_a_failure_keeps_the_dialog_open_with_the_reason(qtbot, tmp_path: Path) -> None:
    dialog = SettingsDialog(
        Settings(), tmp_path / "settings.toml", autostart=Failing(tmp_path / "c", ["calmdesk"])
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._autostart.setChecked(True)
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "Permission denied" in dialog._error.text()
    assert (tmp_path / "settings.toml").exists()  # the rest was saved all the same
