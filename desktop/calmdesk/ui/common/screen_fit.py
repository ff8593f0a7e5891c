"""Every CalmDesk window inside the screen it opens on: at 200% a 1000 px screen is 500 px tall for Qt."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Top-level kinds that are windows a person places; menus, tooltips and the like place themselves.
_PLACED = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Tool)
# A window with this property set places itself around the panel (the picker): it is only kept on screen.
PLACES_ITSELF = "calmdeskPlacesItself"


def fit_rect(frame: QRect, area: QRect) -> QRect:
    """`frame` moved (and, when larger, shrunk) to lie inside `area`; pure, so it is tested alone."""
    width, height = min(frame.width(), area.width()), min(frame.height(), area.height())
    x = min(max(frame.x(), area.x()), area.x() + area.width() - width)
    y = min(max(frame.y(), area.y()), area.y() + area.height() - height)
    return QRect(x, y, width, height)


def beside(frame: QRect, obstacle: QRect, area: QRect, gap: int = 8) -> QRect:
    """`frame` moved off `obstacle` (the always-on-top panel) if it overlaps it: to its left if there is
    room, else to its right, else as far from it as the screen allows. Pure, like fit_rect."""
    if not frame.intersects(obstacle):
        return frame
    left = obstacle.left() - gap - frame.width()
    right = obstacle.right() + 1 + gap
    if left >= area.left():
        x = left
    elif right + frame.width() <= area.right() + 1:
        x = right
    else:  # no room either side: keep the window whole on screen, on the side with more room
        room_left = obstacle.left() - area.left()
        room_right = area.right() - obstacle.right()
        x = area.left() if room_left >= room_right else area.right() + 1 - frame.width()
    return QRect(x, frame.y(), frame.width(), frame.height())


def fit_to_screen(window: QWidget, keep_clear: QRect | None = None, asked: QPoint | None = None) -> None:
    """Shrink `window` to its screen's available area where it is larger, and move it inside.

    The frame (title bar, borders) counts: a title bar above the screen's top cannot be dragged back.
    Content taller than the room left scrolls (each window puts its long parts in a scroll area).
    `asked`: where the program put the frame before the show. It is what counts for such a window: while
    the window manager reparents it, X11 can report it at 0,0 for a moment, and fitting that moment threw
    a centred window into the screen's corner.
    """
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    if asked is not None:
        frame.moveTopLeft(asked)
    fitted = fit_rect(frame, area)
    if keep_clear is not None:
        fitted = fit_rect(beside(fitted, keep_clear, area), area)
    if fitted == frame:
        return
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    if fitted.size() != frame.size():
        window.resize(max(1, fitted.width() - extra_w), max(1, fitted.height() - extra_h))
    window.move(fitted.topLeft())


class ScreenFit(QObject):
    """Installed on the application: fits each window as it is shown (and when it is restored).

    `keep_clear()` names an always-on-top window (the checklist panel) that other windows are placed
    beside: opened behind it, Settings or the editor would have fields nobody can reach.
    """

    def __init__(
        self, keep_clear: Callable[[], QWidget | None] = lambda: None, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._keep_clear = keep_clear

    def _fit(self, window: QWidget, asked: QPoint | None = None) -> None:
        panel = self._keep_clear()
        clear = None
        if (
            panel is not None
            and panel is not window
            and panel.isVisible()
            and window.parentWidget() is None
            and not window.property(PLACES_ITSELF)
        ):
            clear = panel.frameGeometry()
        fit_to_screen(window, clear, asked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() in _PLACED
        ):
            # After the show: the dialog has centred itself, the window manager has framed it. Where the
            # program placed it is read now, before the window manager's reparenting can blur it.
            asked = QPoint(watched.pos()) if watched.testAttribute(Qt.WidgetAttribute.WA_Moved) else None
            QTimer.singleShot(0, watched, lambda: self._fit(watched, asked))
        return False
