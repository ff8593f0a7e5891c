"""The new-complaint form: six optional fields, Enter starts it. Two seconds or it won't be used."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from calmdesk.core.complaint import MAX_FIELD_CHARS, address_name
from calmdesk.core.languages import NAMES, SUPPORTED
from calmdesk.core.model import CHANNELS


class ComplaintForm(QDialog):
    """Customer (and how to address them), channel, ticket, topic, anger and language, all optional; Enter
    (anywhere) starts the complaint.

    Signals:
        accepted_fields(dict): the fields as `ComplaintWatch.new` takes them (customer, address_as, channel,
            ticket, topic, anger, lang).
    """

    accepted_fields = Signal(dict)

    def __init__(self, default_channel: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customer = QLineEdit(self)
        self._address = QLineEdit(self)
        self._channel = QComboBox(self)
        self._ticket = QLineEdit(self)
        self._topic = QLineEdit(self)
        self._anger = QComboBox(self)
        self._lang = QComboBox(self)
        self._hint = QLabel(self)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )

        self.setWindowTitle(self.tr("New complaint"))
        self.setAccessibleName(self.tr("New complaint"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        channel_names = {
            "chat": self.tr("Chat"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "social": self.tr("Social media"),
        }
        self._channel.addItem(self.tr("Not said"), "")
        for key in CHANNELS:
            self._channel.addItem(channel_names.get(key, key), key)
        self._channel.setCurrentIndex(max(0, self._channel.findData(default_channel)))
        self._anger.addItem(self.tr("Not said"), 0)
        labels = [self.tr("1 annoyed"), self.tr("2 upset"), self.tr("3 angry"), self.tr("4 very angry"),
                  self.tr("5 furious")]  # fmt: skip
        for level, label in enumerate(labels, start=1):
            self._anger.addItem(label, level)
        # The customer's language: the picker and the panel then offer and copy its phrases.
        self._lang.addItem(self.tr("Your language"), "")
        for code in SUPPORTED:
            self._lang.addItem(NAMES[code], code)
        for edit, name, placeholder in (
            (self._customer, self.tr("Customer name"), self.tr("e.g. Ana Souza")),
            (self._address, self.tr("Address the customer as"), self.tr("their first name")),
            (self._ticket, self.tr("Ticket or order"), self.tr("e.g. #10442")),
            (self._topic, self.tr("Topic"), self.tr("e.g. late refund")),
        ):
            edit.setAccessibleName(name)
            edit.setPlaceholderText(placeholder)
            edit.setMaxLength(MAX_FIELD_CHARS)
        self._channel.setAccessibleName(self.tr("Channel"))
        self._anger.setAccessibleName(self.tr("How angry"))
        self._lang.setAccessibleName(self.tr("Customer's language"))
        self._hint.setText(self.tr("Every field is optional. Enter starts the complaint."))
        self._hint.setWordWrap(True)
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))

        self._customer.textChanged.connect(self._suggest_address)
        self._buttons.accepted.connect(self._accept)
        self._buttons.rejected.connect(self.reject)

        form = QFormLayout()
        for caption, field in (
            (self.tr("&Customer:"), self._customer),
            (self.tr("Add&ress as:"), self._address),
            (self.tr("C&hannel:"), self._channel),
            (self.tr("&Ticket:"), self._ticket),
            (self.tr("T&opic:"), self._topic),
            (self.tr("How &angry:"), self._anger),
            (self.tr("&Language:"), self._lang),
        ):
            buddy = QLabel(caption, self)
            buddy.setBuddy(field)  # Alt+letter jumps to the field
            form.addRow(buddy, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._hint)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(360)
        self._customer.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in any field (a combo box too) starts the complaint: the form is for two-second use.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._accept()
            return
        super().keyPressEvent(event)

    def _suggest_address(self, customer: str) -> None:
        # Shown, not typed in: empty means the first name is used, and typing over it is one step.
        self._address.setPlaceholderText(address_name(customer) or self.tr("their first name"))

    def fields(self) -> dict[str, object]:
        anger = int(self._anger.currentData() or 0)
        return {
            "customer": self._customer.text().strip(),
            "address_as": self._address.text().strip(),
            "channel": str(self._channel.currentData() or ""),
            "ticket": self._ticket.text().strip(),
            "topic": self._topic.text().strip(),
            "anger": anger or None,
            "lang": str(self._lang.currentData() or ""),
        }

    def _accept(self) -> None:
        self.accepted_fields.emit(self.fields())
        self.accept()
