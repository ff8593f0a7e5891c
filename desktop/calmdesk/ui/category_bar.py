"""A compact, scrollable row of category chips ("All" plus one per category)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QWheelEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QScrollArea, QToolButton, QWidget

from calmdesk.core.model import Category

_CHIP_STYLE = """
QToolButton {
    border: 1px solid palette(mid);
    border-radius: 10px;
    padding: 1px 8px;
    background: palette(base);
}
QToolButton:hover { border-color: palette(highlight); }
QToolButton:checked {
    background: palette(highlight);
    color: palette(highlighted-text);
    border-color: palette(highlight);
}
"""


def _dot_icon(color: str, size: int = 8) -> QIcon:
    """A small filled circle in the category colour, so chips match the badges in the result list."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawEllipse(0, 0, size, size)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class _HorizontalScrollArea(QScrollArea):
    """A scroll area whose mouse wheel scrolls sideways: the row has no vertical extent to scroll."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.angleDelta().x()
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() - delta)
        event.accept()


class CategoryBar(QWidget):
    """Category filter chips.

    Signals:
        categoryChanged(str): the chosen category key, "" for All.

    Chips never take keyboard focus: the search field keeps it, and Ctrl+Left/Right (handled by the picker
    through `step`) move between chips.
    """

    categoryChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scroll = _HorizontalScrollArea(self)
        self._row = QWidget(self._scroll)
        self._group = QButtonGroup(self)
        self._keys: list[str] = []

        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._row.setStyleSheet(_CHIP_STYLE)
        self._group.setExclusive(True)
        self.setAccessibleName(self.tr("Categories"))

        self._group.idToggled.connect(self._on_toggled)

        row_layout = QHBoxLayout(self._row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.setSpacing(4)
        row_layout.addStretch(1)
        self._scroll.setWidget(self._row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)

    def set_categories(self, categories: Mapping[str, Category]) -> None:
        """Build one chip per category (in the given order) after an "All" chip, which is selected."""
        for button in self._group.buttons():
            self._group.removeButton(button)
            button.deleteLater()
        self._keys = ["", *categories]
        layout = self._row.layout()
        assert isinstance(layout, QHBoxLayout)
        for i, key in enumerate(self._keys):
            chip = QToolButton(self._row)
            chip.setCheckable(True)
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            if key:
                category = categories[key]
                chip.setText(category.label)
                chip.setToolTip(category.description)
                chip.setIcon(_dot_icon(category.color))
                chip.setIconSize(QSize(8, 8))
            else:
                chip.setText(self.tr("All"))
                chip.setToolTip(self.tr("Phrases of every category"))
            chip.setAccessibleName(self.tr("Category: %s") % chip.text())
            self._group.addButton(chip, i)
            layout.insertWidget(i, chip)
        self._group.button(0).setChecked(True)
        self.setFixedHeight(self._row.sizeHint().height())

    def current(self) -> str | None:
        """The selected category key, None for All."""
        index = self._group.checkedId()
        return self._keys[index] or None if index >= 0 else None

    def set_current(self, key: str | None) -> None:
        if (key or "") in self._keys:
            self._group.button(self._keys.index(key or "")).setChecked(True)

    def step(self, delta: int) -> None:
        """Select the chip `delta` places along, wrapping around (Ctrl+Left/Right)."""
        if self._keys:
            index = (max(self._group.checkedId(), 0) + delta) % len(self._keys)
            self._group.button(index).setChecked(True)

    def _on_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self._scroll.ensureWidgetVisible(self._group.button(index), 24, 0)
            self.categoryChanged.emit(self._keys[index])
