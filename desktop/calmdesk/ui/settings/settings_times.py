"""The Settings dialog's promised times: working hours and days, and how promised clock times round up."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QWidget,
)

from calmdesk.store.settings import Settings

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_STEPS = (1, 5, 10, 15, 30, 60)  # minutes a promised time rounds up to; 1 keeps the minute


class TimesPage(QGroupBox):
    """Edits when promises may fall; `edited(settings)` returns `settings` with these values.

    "by {{time+2h}}" at 16:30 reads "by 10:30 tomorrow" inside these hours; without this box they could only
    be set in the settings file.
    """

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day_start = QTimeEdit(self)
        self._day_end = QTimeEdit(self)
        # Check boxes, not toggle buttons: a ticked box reads as "on" in every style and palette.
        self._days = {name: QCheckBox(self) for name in _DAYS}
        self._step = QComboBox(self)

        self.setTitle(self.tr("Promised times"))
        work = settings.working_time()  # a value the file got wrong shows as the default it stands for
        for edit, value, name in (
            (self._day_start, work.day_start, self.tr("Working day starts")),
            (self._day_end, work.day_end, self.tr("Working day ends")),
        ):
            edit.setDisplayFormat("HH:mm")
            edit.setTime(QTime(value.hour, value.minute))
            edit.setAccessibleName(name)
        names = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )
        for number, button in enumerate(self._days.values()):
            button.setText(names[number][:3])
            button.setChecked(number in work.days)
            button.setAccessibleName(names[number])
            button.setToolTip(names[number])
        steps = sorted({*_STEPS, settings.time_step_minutes})
        for minutes in steps:
            self._step.addItem(self.tr("%d min") % minutes, minutes)
        self._step.setCurrentIndex(steps.index(settings.time_step_minutes))
        self._step.setAccessibleName(self.tr("Round promised times up to"))

        hours_row = QHBoxLayout()
        hours_row.addWidget(self._day_start)
        hours_row.addWidget(QLabel(self.tr("to"), self))
        hours_row.addWidget(self._day_end)
        hours_row.addStretch(1)
        days_row = QHBoxLayout()
        for button in self._days.values():
            days_row.addWidget(button)
        days_row.addStretch(1)
        step_row = QHBoxLayout()
        step_row.addWidget(self._step)
        step_row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Working hours:"), hours_row)
        form.addRow(self.tr("Working days:"), days_row)
        form.addRow(self.tr("Round up to:"), step_row)

    def problem(self) -> str | None:
        """Why these times cannot be saved, in words; None when they can."""
        if self._day_end.time() <= self._day_start.time():
            self._day_end.setFocus()
            return self.tr("The working day must end after it starts.")
        if not any(button.isChecked() for button in self._days.values()):
            self._days["Mon"].setFocus()
            return self.tr("Choose at least one working day.")
        return None

    def edited(self, settings: Settings) -> Settings:
        """`settings` with this box's values (call `problem()` first)."""
        start, end = (edit.time().toString("HH:mm") for edit in (self._day_start, self._day_end))
        return dataclasses.replace(
            settings,
            working_hours=f"{start}-{end}",
            working_days=tuple(key for key, button in self._days.items() if button.isChecked()),
            time_step_minutes=int(self._step.currentData()),
        )
