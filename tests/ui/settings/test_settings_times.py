"""Settings, "Times and complaints": working hours and days and the rounding are set in the dialog."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from calmdesk.core.human_time import promised_time
from calmdesk.store.settings import Settings, load_settings
from calmdesk.ui.settings.settings_dialog import SettingsDialog


def _type(field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text)
    field.clearFocus()  # leaving the field, as Tab does on a desktop


@pytest.mark.parametrize("typed", ["1630", "16:30", "16.30", "4:30 pm"])
def test_working_hours_take_a_time_as_people_type_it(qtbot, tmp_path, typed: str) -> None:
    path = tmp_path / "settings.toml"
    dialog = SettingsDialog(Settings(), path)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog._times._day_end
    field.selectAll()
    QTest.keyClicks(field, typed)
    with qtbot.waitSignal(dialog.settingsSaved):
        QTest.keyClick(field, Qt.Key.Key_Return)  # Enter in the field saves, as in any dialog
    assert field.text() == "16:30"  # shown back as it is kept
    assert load_settings(path)[0].working_hours == "09:00-16:30"


def test_a_time_that_is_no_time_is_refused_in_words(qtbot, tmp_path) -> None:
    dialog = SettingsDialog(Settings(), tmp_path / "settings.toml")
    qtbot.addWidget(dialog)
    dialog.show()
    _type(dialog._times._day_start, "25:99")
    with qtbot.assertNotEmitted(dialog.settingsSaved):
        dialog.accept()
    assert "is not a time" in dialog._error.text()


def test_working_time_and_reply_targets_are_saved_from_the_dialog(qtbot, tmp_path) -> None:
    path = tmp_path / "settings.toml"
    dialog = SettingsDialog(Settings(agent_name="Sam", reply_target_phone=90), path)
    qtbot.addWidget(dialog)
    dialog.show()
    times = dialog._times
    _type(times._day_start, "830")
    _type(times._day_end, "6 pm")
    times._days["Mon"].setChecked(False)
    times._days["Sat"].setChecked(True)
    times._step.setCurrentIndex(times._step.findData(30))
    dialog._complaints._targets["reply_target_chat"].setValue(5)  # on the same page
    with qtbot.waitSignal(dialog.settingsSaved):
        dialog.accept()
    saved, problems = load_settings(path)
    assert problems == []
    assert saved.working_hours == "08:30-18:00"
    assert saved.working_days == ("Tue", "Wed", "Thu", "Fri", "Sat")
    assert saved.time_step_minutes == 30
    assert saved.reply_target_chat == 300
    assert saved.reply_target_phone == 90, "90 s set in the file is not rounded to 2 min unless changed"
    assert saved.agent_name == "Sam", "the other page's values stay"
    # And the promise rule reads them: a Monday 17:00 promise + 2 h lands on Tuesday (Monday is off).
    monday = datetime(2026, 11, 30, 17, 0)
    assert promised_time(monday, 120, saved.working_time()).strftime("%a %H:%M") == "Tue 10:30"


def test_a_working_day_that_ends_before_it_starts_is_refused_in_words(qtbot, tmp_path) -> None:
    path = tmp_path / "settings.toml"
    dialog = SettingsDialog(Settings(), path)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(dialog._times._day_end, "08:00")
    with qtbot.assertNotEmitted(dialog.settingsSaved):
        dialog.accept()
    assert dialog.isVisible()
    assert "end after it starts" in dialog._error.text()
    assert dialog._times.isVisible(), "the page with the problem is shown"
    assert not path.exists()
    _type(dialog._times._day_end, "17:00")
    for button in dialog._times._days.values():
        button.setChecked(False)
    with qtbot.assertNotEmitted(dialog.settingsSaved):
        dialog.accept()
    assert "at least one working day" in dialog._error.text()
