"""Check boxes and disabled buttons that read as such in a dark palette as in a light one.

A dark desktop palette often sets no Disabled colours (a disabled button then looks like any other), and
Fusion draws an unticked box as a base-coloured square with an outline a shade off the window colour,
which vanishes on a dark list. Both are mended here, for whatever palette the desktop gives.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from calmdesk.ui.common.contrast import contrast_ratio

# Disabled text is the enabled text this far toward the background: plainly fainter, still readable.
DISABLED_BLEND = 0.55
# An unticked box's edge must stand out from what it sits on at least this much (WCAG's 3:1 for marks).
MIN_EDGE_CONTRAST = 3.0
_TEXT_ROLES = (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText)
_BACKGROUND_OF = {
    QPalette.ColorRole.WindowText: QPalette.ColorRole.Window,
    QPalette.ColorRole.Text: QPalette.ColorRole.Base,
    QPalette.ColorRole.ButtonText: QPalette.ColorRole.Button,
}


def _hex(color: QColor) -> str:
    return color.name(QColor.NameFormat.HexRgb)


def _blend(ink: QColor, paper: QColor, share: float) -> QColor:
    return QColor(
        round(ink.red() + (paper.red() - ink.red()) * share),
        round(ink.green() + (paper.green() - ink.green()) * share),
        round(ink.blue() + (paper.blue() - ink.blue()) * share),
    )


def legible_palette(palette: QPalette) -> QPalette:
    """`palette` with disabled text plainly fainter than enabled text wherever it was not."""
    mended = QPalette(palette)
    for role in _TEXT_ROLES:
        active = palette.color(QPalette.ColorGroup.Active, role)
        disabled = palette.color(QPalette.ColorGroup.Disabled, role)
        background = palette.color(QPalette.ColorGroup.Disabled, _BACKGROUND_OF[role])
        faint_enough = contrast_ratio(_hex(active), _hex(background)) * 0.7
        if contrast_ratio(_hex(disabled), _hex(background)) >= faint_enough:
            mended.setColor(QPalette.ColorGroup.Disabled, role, _blend(active, background, DISABLED_BLEND))
    return mended


def edge_colour(palette: QPalette, background: QColor) -> QColor:
    """The colour of an unticked box's edge on `background`: the text colour, softened while it still
    stands out at least MIN_EDGE_CONTRAST."""
    ink = palette.color(QPalette.ColorRole.Text)
    for share in (0.5, 0.35, 0.2, 0.0):
        edge = _blend(ink, background, share)
        if contrast_ratio(_hex(edge), _hex(background)) >= MIN_EDGE_CONTRAST:
            return edge
    return ink


class LegibleStyle(QProxyStyle):
    """The desktop's style, with an unticked check box that always shows its edge."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        boxes = (
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        )
        if element not in boxes or not option.state & QStyle.StateFlag.State_Off:
            return
        background = option.palette.color(
            QPalette.ColorRole.Base if element == boxes[0] else QPalette.ColorRole.Window
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(edge_colour(option.palette, background), 1.2))
        side = min(option.rect.width(), option.rect.height()) - 3
        box = QRectF(0, 0, side, side)
        box.moveCenter(QRectF(option.rect).center())
        painter.drawRoundedRect(box, 2, 2)
        painter.restore()
