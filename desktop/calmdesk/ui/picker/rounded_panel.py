"""A frameless top-level window drawn as a rounded panel with a subtle border, in the palette's colours."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPalette, QRegion, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from calmdesk.system.popup_window import keep_floating

RADIUS = 10


class RoundedPanel(QWidget):
    """Frameless, always on top, and a Tool window (no taskbar entry); openbox and KWin still focus it.

    On Wayland, where none of that is ours to say, it floats at a fixed size (see
    docs/decisions/wayland-popup.md).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        flags = Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        super().__init__(parent, flags)

    def showEvent(self, event: QShowEvent) -> None:
        keep_floating(self)  # before the native window is shown: Wayland reads the size hints then
        super().showEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        painter.fillPath(path, self.palette().color(QPalette.ColorRole.Window))
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawPath(path)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A mask, not a translucent window: without a compositor (plain X11) translucency paints black
        # corners. The mask is 1-bit; the antialiased border drawn just inside it hides the steps.
        path = QPainterPath()
        path.addRoundedRect(QRectF(self.rect()), RADIUS, RADIUS)
        self.setMask(QRegion(path.toFillPolygon().toPolygon()))
        super().resizeEvent(event)
