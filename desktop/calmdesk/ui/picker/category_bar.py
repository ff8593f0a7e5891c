"""Category filter chips ("All" plus one per category), wrapping onto a second row when needed."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QButtonGroup, QLayout, QLayoutItem, QPushButton, QSizePolicy, QWidget

from calmdesk.core.model import Category
from calmdesk.ui.common.contrast import separating_ring

_DOT_SIZE = 10
_RING_WIDTH = 2.0  # whole pixels: a thinner antialiased ring fades into both colours at 1x

_CHIP_STYLE = """
QPushButton {
    border: 1px solid palette(mid);
    border-radius: 12px;
    padding: 4px 10px;
    min-height: 16px;
    background: palette(base);
}
QPushButton:hover { border-color: palette(highlight); }
QPushButton:checked {
    background: palette(highlight);
    color: palette(highlighted-text);
    border-color: palette(highlight);
}
"""


def _dot_pixmap(color: str, background: str, size: int, scale: int) -> QPixmap:
    pixmap = QPixmap(size * scale, size * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ring = separating_ring(color, background)
    if ring is None:
        painter.setPen(Qt.PenStyle.NoPen)
    else:
        # On a background of nearly its own colour (the selected chip's highlight), the dot gets a ring.
        painter.setPen(QPen(QColor(ring), _RING_WIDTH))
    painter.setBrush(QColor(color))
    inset = _RING_WIDTH / 2
    painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
    painter.end()
    return pixmap


def _dot_icon(color: str, normal: str, checked: str, size: int = _DOT_SIZE) -> QIcon:
    """A small filled circle in the category colour, so chips match the badges in the result list; the
    checked state is drawn for the chip's checked background, so the dot stays visible on it."""
    icon = QIcon()
    for scale in (1, 2):
        icon.addPixmap(_dot_pixmap(color, normal, size, scale), QIcon.Mode.Normal, QIcon.State.Off)
        icon.addPixmap(_dot_pixmap(color, checked, size, scale), QIcon.Mode.Normal, QIcon.State.On)
    return icon


class _FlowLayout(QLayout):
    """Lays chips out left to right and wraps to a new row, so every category stays visible and clickable
    at any width or scale (a scrolled row hid half of them)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, row_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and x > rect.x():
                x, y, row_height = rect.x(), y + row_height + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()


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
        self._group = QButtonGroup(self)
        self._keys: list[str] = []

        self.setStyleSheet(_CHIP_STYLE)
        self._group.setExclusive(True)
        self.setAccessibleName(self.tr("Categories"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self._group.idToggled.connect(self._on_toggled)

        self._flow = _FlowLayout(self)

    def set_categories(self, categories: Mapping[str, Category]) -> None:
        """Build one chip per category (in the given order) after an "All" chip, which is selected."""
        for button in self._group.buttons():
            self._group.removeButton(button)
            button.deleteLater()
        self._keys = ["", *categories]
        for i, key in enumerate(self._keys):
            chip = QPushButton(self)
            chip.setCheckable(True)
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if key:
                category = categories[key]
                chip.setText(category.label)
                chip.setToolTip(category.description)
                palette = self.palette()
                base = palette.color(QPalette.ColorRole.Base).name()
                highlight = palette.color(QPalette.ColorRole.Highlight).name()
                chip.setIcon(_dot_icon(category.color, base, highlight))
                chip.setIconSize(QSize(_DOT_SIZE, _DOT_SIZE))
            else:
                chip.setText(self.tr("All"))
                chip.setToolTip(self.tr("Phrases of every category"))
            chip.setAccessibleName(self.tr("Category: %s") % chip.text())
            self._group.addButton(chip, i)
            self._flow.addWidget(chip)
        self._group.button(0).setChecked(True)

    def current(self) -> str | None:
        """The selected category key, None for All."""
        index = self._group.checkedId()
        return self._keys[index] or None if index >= 0 else None

    def label(self, key: str) -> str:
        """The text of the chip for `key` ("" when there is none)."""
        if key not in self._keys:
            return ""
        return self._group.button(self._keys.index(key)).text()

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
            self.categoryChanged.emit(self._keys[index])
