"""Paints one search result: number key, star, title, a one-line preview and a coloured category badge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from calmdesk.ui.common.contrast import separating_ring
from calmdesk.ui.common.results_model import ResultRole

_PAD = 6
_BADGE_PAD = 6
_STAR = "\u2605"


def _badge_text_color(background: QColor) -> QColor:
    # Perceived luminance decides black or white text, so every category colour stays readable.
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#1b1b1b") if luminance > 150 else QColor("#ffffff")


class ResultDelegate(QStyledItemDelegate):
    """Two-line rows; the number column shows the Alt+1..9 shortcut for the first nine rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fonts: tuple[QFont, QFont, QFont] | None = None

    def _fonts_for(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        # Built once per base font, not per row: paint runs for every visible row on each keystroke.
        if self._fonts is None or self._fonts[1] != option.font:
            title = QFont(option.font)
            title.setWeight(QFont.Weight.DemiBold)
            small = QFont(option.font)
            small.setPointSizeF(max(option.font.pointSizeF() * 0.88, 6.0))
            self._fonts = (title, QFont(option.font), small)
        return self._fonts

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        title, body, _small = self._fonts_for(option)
        height = QFontMetrics(title).height() + QFontMetrics(body).height() + 3 * _PAD
        return QSize(200, height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        title_font, body_font, small_font = self._fonts_for(option)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        widget = option.widget
        style = widget.style() if widget is not None else None
        painter.save()
        # Background and selection come from the style, so the row matches the platform look and palette.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = palette.color(text_role)
        muted = QColor(text_color)
        muted.setAlphaF(0.65)

        rect = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        title_fm = QFontMetrics(title_font)
        small_fm = QFontMetrics(small_font)

        # Number column: Alt+1..9 picks that row.
        number_width = small_fm.horizontalAdvance("9") + _PAD
        if index.row() < 9:
            painter.setFont(small_font)
            painter.setPen(muted)
            number_rect = QRect(rect.left(), rect.top(), number_width, title_fm.height())
            painter.drawText(
                number_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(index.row() + 1)
            )
        rect.setLeft(rect.left() + number_width)

        # Category badge, right-aligned on the title line.
        label = str(index.data(ResultRole.CategoryLabel) or "")
        badge_width = small_fm.horizontalAdvance(label) + 2 * _BADGE_PAD
        badge = QRect(rect.right() - badge_width, rect.top() + 1, badge_width, title_fm.height() - 2)
        color = QColor(str(index.data(ResultRole.CategoryColor) or "#808080"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The badge sits on the row, or on the highlight when selected; a ring keeps it from blending in.
        behind = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        ring = separating_ring(color.name(), behind.name())
        painter.setPen(QPen(QColor(ring), 1.5) if ring is not None else Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setFont(small_font)
        painter.setPen(_badge_text_color(color))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)

        # A partial match (some of the query's words) says so in a small muted label before the badge; the
        # first one also gets a line above it, so full and partial matches read as two groups.
        title_right = badge.left() - _PAD
        if index.data(ResultRole.Partial):
            note = self.tr("partial")
            note_width = small_fm.horizontalAdvance(note)
            note_rect = QRect(title_right - note_width, rect.top(), note_width, title_fm.height())
            painter.setFont(small_font)
            painter.setPen(muted)
            painter.drawText(note_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, note)
            title_right = note_rect.left() - _PAD
        if index.data(ResultRole.FirstPartial) and index.row() > 0:
            line = QColor(palette.color(QPalette.ColorRole.Text))
            line.setAlphaF(0.35)
            painter.setPen(line)
            top = option.rect.top()
            painter.drawLine(option.rect.left() + _PAD, top, option.rect.right() - _PAD, top)

        # Title, with a star for favourites.
        title_rect = QRect(rect.left(), rect.top(), title_right - rect.left(), title_fm.height())
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if index.data(ResultRole.Favourite):
            title = f"{_STAR} {title}"
        painter.setFont(title_font)
        painter.setPen(text_color)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title_fm.elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )

        # One-line preview under the title, elided to the row width.
        body_fm = QFontMetrics(body_font)
        preview_rect = QRect(rect.left(), title_rect.bottom() + _PAD // 2, rect.width(), body_fm.height())
        preview = str(index.data(ResultRole.Preview) or "")
        painter.setFont(body_font)
        painter.setPen(muted)
        painter.drawText(
            preview_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            body_fm.elidedText(preview, Qt.TextElideMode.ElideRight, preview_rect.width()),
        )
        painter.restore()
