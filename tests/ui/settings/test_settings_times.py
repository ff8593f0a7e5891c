"""Settings, "Times and complaints": working hours and days and the rounding are set in the dialog."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTime

from calmdesk.core.human_time import promised_time
from calmdesk.store.settings import Settings, load_settings
from calmdesk.ui.settings.settings_dialog import SettingsDialog


def test_working_time_and_reply_targets_are_saved_from_the_dialog(qtbot, tmp_path) -> None:
    path = tmp_path / "settings.toml"
    dialog = SettingsDialog(Settings(agent_name="Sam", reply_target_phone=90), path)
    qtbot.addWidget(dialog)
    dialog.show()
    times = dialog._times
    times._day_start.setTime(QTime(8, 30))
    times._day_end.setTime(QTime(18, 0))
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
    dialog._times._day_end.setTime(QTime(8, 0))
    with qtbot.assertNotEmitted(dialog.settingsSaved):
        dialog.accept()
    assert dialog.isVisible()
    assert "end after it starts" in dialog._error.text()
    assert dialog._times.isVisible(), "the page with the problem is shown"
    assert not path.exists()
    dialog._times._day_end.setTime(QTime(17, 0))
    for button in dialog._times._days.values():
        button.setChecked(False)
    with qtbot.assertNotEmitted(dialog.settingsSaved):
        dialog.accept()
    assert "at least one working day" in dialog._error.text()
