"""The checklist panel's list of open complaints: the current one shown, another one picked to switch."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from calmdesk.core.complaint import Complaint
from calmdesk.ui.common.phrase_flow import complaint_summary
from calmdesk.ui.common.reading_words import topic_name


class ComplaintBox(QComboBox):
    """One row per open complaint (customer, channel, topic), or one row that says none is open.

    Signals:
        picked(int): the agent chose this complaint (a click, or `step()` from Ctrl+PgUp/PgDn).
    """

    picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activated.connect(self._on_activated)

    def show_complaints(
        self, complaints: Sequence[Complaint], current: Complaint | None, none_open: str
    ) -> None:
        """Fill the rows anew without a `picked` for it; `none_open` is the row shown when there are none."""
        self.blockSignals(True)
        self.clear()
        for c in complaints:
            self.addItem(complaint_summary(c, topic_name), c.id)
        if not complaints:
            self.addItem(none_open, 0)
        if current is not None:
            self.setCurrentIndex(max(0, self.findData(current.id)))
        self.blockSignals(False)

    def step(self, by: int) -> None:
        """Pick the complaint `by` rows on, round the end (with two or more open)."""
        count = self.count()
        if count > 1:
            row = (self.currentIndex() + by) % count
            self.setCurrentIndex(row)
            self._on_activated(row)

    def _on_activated(self, row: int) -> None:
        complaint_id = int(self.itemData(row) or 0)
        if complaint_id:  # 0: the "none open" row
            self.picked.emit(complaint_id)
