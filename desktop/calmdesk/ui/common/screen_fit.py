"""Every CalmDesk window inside the screen it opens on: at 200% a 1000 px screen is 500 px tall for Qt."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Top-level kinds that are windows a person places; menus, tooltips and the like place themselves.
_PLACED = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Tool)


def fit_rect(frame: QRect, area: QRect) -> QRect:
    """`frame` moved (and, when larger, shrunk) to lie inside `area`; pure, so it is tested alone."""
    width, height = min(frame.width(), area.width()), min(frame.height(), area.height())
    x = min(max(frame.x(), area.x()), area.x() + area.width() - width)
    y = min(max(frame.y(), area.y()), area.y() + area.height() - height)
    return QRect(x, y, width, height)


def fit_to_screen(window: QWidget) -> None:
    """Shrink `window` to its screen's available area where it is larger, and move it inside.

    The frame (title bar, borders) counts: a title bar above the screen's top cannot be dragged back.
    Content taller than the room left scrolls (each window puts its long parts in a scroll area).
    """
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    fitted = fit_rect(frame, area)
    if fitted == frame:
        return
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    if fitted.size() != frame.size():
        window.resize(max(1, fitted.width() - extra_w), max(1, fitted.height() - extra_h))
    window.move(fitted.topLeft())


class ScreenFit(QObject):
    """Installed on the application: fits each window as it is shown (and when it is restored)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() in _PLACED
        ):
            # After the show: the dialog has centred itself, the window manager has framed it.
            QTimer.singleShot(0, watched, lambda: fit_to_screen(watched))
        return False
