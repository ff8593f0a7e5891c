"""The panel's line for the customer's message a complaint was started from: how it reads, wrapped."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from calmdesk.ui.common.reading_words import reading_summary

if TYPE_CHECKING:
    from calmdesk.core.reading import Reading


class MessageLine(QLabel):
    """ "Message: Furious · damaged · threatens: review · ..."; hidden for a complaint started otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)  # the panel is narrow: the whole reading, on two lines if need be
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("The customer's message"))
        self.setVisible(False)

    def show_reading(self, reading: Reading | None) -> None:
        self.setVisible(reading is not None)
        if reading is not None:
            self.setText(self.tr("Message: %s") % reading_summary(reading))
