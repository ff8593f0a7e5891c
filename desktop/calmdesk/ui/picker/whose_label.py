"""The picker's "Filling for" line: as much of the complaint as fits, and the switch hint always whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from calmdesk.core.complaint import Complaint
from calmdesk.ui.common.phrase_flow import complaint_summary
from calmdesk.ui.common.reading_words import topic_name


class WhoseLabel(QLabel):
    """One line that never runs past the popup's edge.

    `show_summary(lead, summary, hint)` shows lead + summary + hint; when it is too wide, the summary (the
    customer first, then channel and topic) is elided at its end, so the customer's name and the hint that
    other complaints are open stay readable. The whole line is the tooltip. Fitted when shown and resized.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts = ("", "", "")
        self.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.font()
        bold.setBold(True)  # the one line that keeps the wrong name out of a reply: easy to see
        self.setFont(bold)

    def show_summary(self, lead: str, summary: str, hint: str = "") -> None:
        self._parts = (lead, summary, hint)
        self.setToolTip(lead + summary + hint)
        self._fit()

    def show_complaint(self, complaint: Complaint | None, others: int) -> None:
        """Whose complaint the blanks are filled for, and how many more are open; hidden when none is."""
        self.setVisible(complaint is not None)
        if complaint is None:
            return
        hint = "  " + self.tr("(%n more open: Ctrl+PgUp/PgDn)", "", others) if others > 0 else ""
        self.show_summary(self.tr("Filling for: "), complaint_summary(complaint, topic_name), hint)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        lead, summary, hint = self._parts
        if not self.isVisible():  # not laid out yet: the width it will have is not known
            self.setText(lead + summary + hint)
            return
        metrics = self.fontMetrics()
        room = self.contentsRect().width() - metrics.horizontalAdvance(lead + hint)
        self.setText(lead + metrics.elidedText(summary, Qt.TextElideMode.ElideRight, max(room, 0)) + hint)
