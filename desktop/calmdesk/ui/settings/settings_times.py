"""The Settings dialog's promised times: working hours and days, and how promised clock times round up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from calmdesk.core.human_time import parse_clock
from calmdesk.store.settings import Settings
from calmdesk.ui.common.keys import buddy_label

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_STEPS = (1, 5, 10, 15, 30, 60)  # minutes a promised time rounds up to; 1 keeps the minute


class TimesPage(QGroupBox):
    """Edits when promises may fall; `edited(settings)` returns `settings` with these values.

    "by {{time+2h}}" at 16:30 reads "by 10:30 tomorrow" inside these hours; without this box they could only
    be set in the settings file.
    """

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Plain fields, not QTimeEdit: its sections ate "1630" (typed as 17:00), and agents type times.
        self._day_start = ClockField(self)
        self._day_end = ClockField(self)
        # Check boxes, not toggle buttons: a ticked box reads as "on" in every style and palette.
        self._days = {name: QCheckBox(self) for name in _DAYS}
        self._step = QComboBox(self)

        self.setTitle(self.tr("Promised times"))
        work = settings.working_time()  # a value the file got wrong shows as the default it stands for
        for edit, value, name in (
            (self._day_start, work.day_start, self.tr("Working day starts")),
            (self._day_end, work.day_end, self.tr("Working day ends")),
        ):
            edit.set_time(value)
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
        form.addRow(buddy_label(self.tr("Working &hours:"), self._day_start, self), hours_row)
        form.addRow(buddy_label(self.tr("Working &days:"), self._days["Mon"], self), days_row)
        form.addRow(buddy_label(self.tr("Rou&nd promised times up to:"), self._step, self), step_row)

    def problem(self) -> str | None:
        """Why these times cannot be saved, in words; None when they can."""
        for edit in (self._day_start, self._day_end):
            if edit.time() is None:
                edit.setFocus()
                return self.tr("“%s” is not a time; write it like 16:30 or 1630.") % edit.text()
        if self._day_end.time() <= self._day_start.time():  # type: ignore[operator]  # both read above
            self._day_end.setFocus()
            return self.tr("The working day must end after it starts.")
        if not any(button.isChecked() for button in self._days.values()):
            self._days["Mon"].setFocus()
            return self.tr("Choose at least one working day.")
        return None

    def edited(self, settings: Settings) -> Settings:
        """`settings` with this box's values (call `problem()` first)."""
        start, end = (f"{edit.time():%H:%M}" for edit in (self._day_start, self._day_end))
        return dataclasses.replace(
            settings,
            working_hours=f"{start}-{end}",
            working_days=tuple(key for key, button in self._days.items() if button.isChecked()),
            time_step_minutes=int(self._step.currentData()),
        )


class ClockField(QLineEdit):
    """A clock time typed as people type it ("16:30", "1630", "4:30 pm"), shown back as 16:30."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("16:30")
        self.setMaxLength(10)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00 pm") + 24)
        self.editingFinished.connect(self._tidy)

    def time(self) -> dt.time | None:
        return parse_clock(self.text())

    def set_time(self, value: dt.time) -> None:
        self.setText(f"{value:%H:%M}")

    def _tidy(self) -> None:
        value = self.time()
        if value is not None:
            self.set_time(value)
