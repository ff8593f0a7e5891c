"""The checklist panel's list of steps: all twelve in view, one selected, its name's place on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListView, QStyle, QWidget

if TYPE_CHECKING:
    from calmdesk.core.model import ChecklistStep
    from calmdesk.ui.complaint.checklist_model import StepsModel


class StepList(QListView):
    """A view of the panel's `StepsModel`, exactly as tall as its rows (no scrolling, no empty rows)."""

    def __init__(self, model: StepsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps = model
        self.setModel(model)
        self.setUniformItemSizes(True)

    def fit_rows(self) -> None:
        """Exactly the twelve steps, no scrolling and no empty rows: the detail below gets the rest."""
        rows = max(1, self._steps.rowCount())
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 2)

    def select_step(self, key: str | None) -> QModelIndex:
        """Select the step `key` (the first step when it is not listed); its index."""
        index = self._steps.index(max(0, self._steps.row_of(key)), 0)
        self.setCurrentIndex(index)
        return index

    def current_step(self) -> ChecklistStep | None:
        return self._steps.step(self.currentIndex().row())

    def name_area(self) -> QRect:
        """In global coordinates, the selected step's box and name; empty when none is selected."""
        index = self.currentIndex()
        if not index.isValid():
            return QRect()
        row = self.visualRect(index)
        # The name's end, not the row's: at 200% the picker may cover the empty right of the row.
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = index.data(Qt.ItemDataRole.FontRole)  # the step to work on is bold
        metrics = QFontMetrics(font) if isinstance(font, QFont) else self.fontMetrics()
        box = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 16  # and the margins around it
        row.setWidth(min(row.width(), box + metrics.horizontalAdvance(text)))
        return QRect(self.viewport().mapToGlobal(row.topLeft()), row.size())
