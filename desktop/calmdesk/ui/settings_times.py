"""The Settings dialog's "Times" page: working hours and days, rounding, reply targets, complaint helpers."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from calmdesk.store.settings import Settings

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_STEPS = (1, 5, 10, 15, 30, 60)  # minutes a promised time rounds up to; 1 keeps the minute
_MAX_TARGET_MINUTES = 7 * 24 * 60  # the settings file's own cap on a reply target (a week)


class TimesPage(QWidget):
    """Edits the time settings of a `Settings`; `edited(settings)` returns them applied to it.

    Reply targets are kept in seconds in the file but shown in minutes, as agents think of them; a
    target that is not whole minutes (set by hand in the file) is kept as it is unless its field changes.
    """

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._day_start = QTimeEdit(self)
        self._day_end = QTimeEdit(self)
        # Check boxes, not toggle buttons: a ticked box reads as "on" in every style and palette.
        self._days = {name: QCheckBox(self) for name in _DAYS}
        self._step = QComboBox(self)
        self._targets = {channel: QSpinBox(self) for channel in ("chat", "email", "phone", "social")}
        self._check_in = QSpinBox(self)
        self._auto_tick = QCheckBox(self)
        self._unwind = QCheckBox(self)

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
        labels = {
            "chat": self.tr("Chat"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone hold"),
            "social": self.tr("Social media"),
        }
        for channel, spin in self._targets.items():
            spin.setRange(1, _MAX_TARGET_MINUTES)
            spin.setSuffix(self.tr(" min"))
            spin.setValue(max(1, round(settings.reply_targets()[channel] / 60)))
            spin.setAccessibleName(self.tr("Reply target, %s") % labels[channel])
        self._check_in.setRange(1, 24 * 60)
        self._check_in.setSuffix(self.tr(" min"))
        self._check_in.setValue(settings.check_in_minutes)
        self._check_in.setAccessibleName(self.tr("Offer a check-in reminder after"))
        self._auto_tick.setText(self.tr("Copying a phrase ticks the checklist step it serves"))
        self._auto_tick.setChecked(settings.auto_tick)
        self._auto_tick.setAccessibleName(self._auto_tick.text())
        self._unwind.setText(self.tr("Offer a short break after a hard complaint"))
        self._unwind.setChecked(settings.unwind_prompt)
        self._unwind.setAccessibleName(self._unwind.text())

        hours_row = QHBoxLayout()
        hours_row.addWidget(self._day_start)
        hours_row.addWidget(QLabel(self.tr("to"), self))
        hours_row.addWidget(self._day_end)
        hours_row.addStretch(1)
        days_row = QHBoxLayout()
        for button in self._days.values():
            days_row.addWidget(button)
        days_row.addStretch(1)
        targets = QGridLayout()
        for row, (channel, spin) in enumerate(self._targets.items()):
            targets.addWidget(QLabel(labels[channel], self), row // 2, 2 * (row % 2))
            targets.addWidget(spin, row // 2, 2 * (row % 2) + 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Working hours:"), hours_row)
        form.addRow(self.tr("Working days:"), days_row)
        form.addRow(self.tr("Round promised times up to:"), _left(self._step))
        form.addRow(self.tr("Reply within:"), targets)
        form.addRow(self.tr("Check-in reminder after:"), _left(self._check_in))
        form.addRow("", self._auto_tick)
        form.addRow("", self._unwind)

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
        """`settings` with this page's values (call `problem()` first)."""
        start, end = (edit.time().toString("HH:mm") for edit in (self._day_start, self._day_end))
        return dataclasses.replace(
            settings,
            reply_target_chat=self._target("chat"),
            reply_target_email=self._target("email"),
            reply_target_phone=self._target("phone"),
            reply_target_social=self._target("social"),
            working_hours=f"{start}-{end}",
            working_days=tuple(key for key, button in self._days.items() if button.isChecked()),
            time_step_minutes=int(self._step.currentData()),
            check_in_minutes=self._check_in.value(),
            auto_tick=self._auto_tick.isChecked(),
            unwind_prompt=self._unwind.isChecked(),
        )

    def _target(self, channel: str) -> int:
        """The reply target in seconds; unchanged in its field, the file's exact seconds stay (90 s is
        not rounded to 2 min)."""
        before = self._settings.reply_targets()[channel]
        minutes = self._targets[channel].value()
        return before if minutes == max(1, round(before / 60)) else minutes * 60


def _left(field: QWidget) -> QHBoxLayout:
    """A short field at its natural width, not stretched across the form."""
    row = QHBoxLayout()
    row.addWidget(field)
    row.addStretch(1)
    return row
