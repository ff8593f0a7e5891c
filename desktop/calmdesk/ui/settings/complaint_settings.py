"""The complaint part of the Settings dialog: reply targets, check-in time, auto-tick, unwind, reading."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from calmdesk.store.settings import Settings
from calmdesk.ui.common.keys import buddy_label

_CHANNEL_FIELDS = ("reply_target_chat", "reply_target_email", "reply_target_phone", "reply_target_social")


class ComplaintSettingsBox(QGroupBox):
    """Shown in minutes (what agents think in); saved in seconds, the unit of the settings file. A value
    that is not whole minutes in the file (90 s) is kept as it is unless the agent changes that field."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._targets: dict[str, QSpinBox] = {name: QSpinBox(self) for name in _CHANNEL_FIELDS}
        self._check_in = QSpinBox(self)
        self._auto_tick = QCheckBox(self)
        self._unwind = QCheckBox(self)
        self._read_messages = QCheckBox(self)

        self.setTitle(self.tr("Complaints"))
        labels = {
            "reply_target_chat": self.tr("Chat"),
            "reply_target_email": self.tr("Email"),
            "reply_target_phone": self.tr("Phone (on hold)"),
            "reply_target_social": self.tr("Social media"),
        }
        for name, box in self._targets.items():
            box.setRange(1, 24 * 60)
            box.setSuffix(self.tr(" min"))
            box.setValue(max(1, round(getattr(settings, name) / 60)))
            box.setAccessibleName(self.tr("Reply target, %s") % labels[name])
            box.setToolTip(self.tr("The clock turns amber shortly before this and red after it"))
        self._check_in.setRange(1, 120)
        self._check_in.setSuffix(self.tr(" min"))
        self._check_in.setValue(settings.check_in_minutes)
        self._check_in.setAccessibleName(self.tr("Check-in reminder after a wait phrase"))
        self._auto_tick.setText(self.tr("Copying a phrase ticks the checklist &step it serves"))
        self._auto_tick.setChecked(settings.auto_tick)
        self._auto_tick.setAccessibleName(self._auto_tick.text().replace("&", ""))
        self._unwind.setText(self.tr("Offer a one-minute &break after a hard complaint"))
        self._unwind.setChecked(settings.unwind_prompt)
        self._unwind.setAccessibleName(self._unwind.text().replace("&", ""))
        # Beside the complaint's settings: the message read is what a complaint starts from (Ctrl+Shift+N).
        self._read_messages.setText(self.tr("Read the cust&omer's message on the clipboard"))
        self._read_messages.setChecked(settings.read_messages)
        self._read_messages.setAccessibleName(self._read_messages.text().replace("&", ""))
        self._read_messages.setToolTip(
            self.tr(
                "The search shows how the customer feels and what they ask, and offers the phrases that "
                "answer it. Passwords and card numbers are never read; nothing is kept."
            )
        )

        # Two by two, not in one row: "Telefon (Warteschleife)" and its three neighbours do not fit one line.
        targets = QGridLayout()
        form = QFormLayout(self)
        for n, (name, box) in enumerate(self._targets.items()):
            row, column = divmod(n, 2)
            label = QLabel(labels[name], self)
            label.setBuddy(box)
            targets.addWidget(label, row, 2 * column)
            targets.addWidget(box, row, 2 * column + 1)
        targets.setColumnStretch(4, 1)
        form.addRow(buddy_label(self.tr("&Reply within:"), self._targets["reply_target_chat"], self), targets)
        check_in = QHBoxLayout()
        check_in.addWidget(self._check_in)
        check_in.addStretch(1)
        form.addRow(buddy_label(self.tr("Check in &after:"), self._check_in, self), check_in)
        form.addRow("", self._auto_tick)
        form.addRow("", self._unwind)
        form.addRow("", self._read_messages)

    def values(self) -> dict[str, object]:
        """The fields as Settings keyword arguments."""
        result: dict[str, object] = {}
        for name, box in self._targets.items():
            before = int(getattr(self._settings, name))
            changed = box.value() != max(1, round(before / 60))
            result[name] = box.value() * 60 if changed else before
        result["check_in_minutes"] = self._check_in.value()
        result["auto_tick"] = self._auto_tick.isChecked()
        result["unwind_prompt"] = self._unwind.isChecked()
        result["read_messages"] = self._read_messages.isChecked()
        return result
