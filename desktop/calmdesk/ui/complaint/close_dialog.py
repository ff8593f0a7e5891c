"""Closing a complaint: one question, whether (and when) to follow up. Enter closes with the choice shown."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from calmdesk.core.human_time import WorkingTime
from calmdesk.core.reminder_time import follow_up_time
from calmdesk.ui.common.keys import buddy_label

# What the agent picks from: "" means no follow-up; the rest are spans follow_up_time reads.
_CHOICES = ("", "4h", "1d", "2d", "1w")


class CloseComplaintDialog(QDialog):
    """Asks for a follow-up when a complaint closes: none, in 4 hours ... a week, or a typed time.

    Signals:
        closeRequested(object): the follow-up moment (an aware datetime) or None for no follow-up.
    """

    closeRequested = Signal(object)

    def __init__(
        self, who: str, clock: datetime, work: WorkingTime | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock  # the moment the dialog opened, in local time: spans count from it
        self._work = work or WorkingTime()  # spans count working time: "in 4 hours" is never a Sunday
        self._question = QLabel(self)
        self._choice = QComboBox(self)
        self._custom = QLineEdit(self)
        self._problem = QLabel(self)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )

        self.setWindowTitle(self.tr("Close complaint"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self._question.setText(self.tr("Close the complaint of %s. Follow up later?") % who)
        self._question.setWordWrap(True)
        self._question.setTextFormat(Qt.TextFormat.PlainText)
        labels = {
            "": self.tr("No follow-up"),
            "4h": self.tr("In 4 hours"),
            "1d": self.tr("Next working day, same time"),
            "2d": self.tr("In 2 working days"),
            "1w": self.tr("In a week"),
        }
        for key in _CHOICES:
            self._choice.addItem(labels[key], key)
        self._choice.addItem(self.tr("At…"), "custom")
        self._choice.setAccessibleName(self.tr("Follow up"))
        self._custom.setPlaceholderText(self.tr("friday 15:00, 2026-12-24 09:00, 3h"))
        self._custom.setAccessibleName(self.tr("Follow-up time"))
        self._custom.setVisible(False)
        self._problem.setStyleSheet("color: #c0392b;")
        self._problem.setVisible(False)
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Close complaint"))

        self._choice.currentIndexChanged.connect(self._on_choice)
        self._buttons.accepted.connect(self._accept)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._question)
        layout.addWidget(buddy_label(self.tr("&Follow up:"), self._choice, self))
        layout.addWidget(self._choice)
        layout.addWidget(self._custom)
        layout.addWidget(self._problem)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(340)
        self._choice.setFocus()  # the first field: arrows choose, Enter closes

    def _on_choice(self) -> None:
        custom = self._choice.currentData() == "custom"
        self._custom.setVisible(custom)
        if custom:
            self._custom.setFocus()

    def _accept(self) -> None:
        key = str(self._choice.currentData() or "")
        text = self._custom.text() if key == "custom" else key
        due = None
        if text:
            try:
                due = follow_up_time(text, self._clock, self._work)
            except ValueError as exc:  # said beside the field; nothing is closed yet
                self._problem.setText(str(exc))
                self._problem.setVisible(True)
                return
        self.closeRequested.emit(due)
        self.accept()
