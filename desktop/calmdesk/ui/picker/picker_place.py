"""Where the picker opens: its size, and a spot that keeps the checklist panel's current step in view."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QCursor, QGuiApplication

from calmdesk.system.popup_window import on_wayland
from calmdesk.ui.common.clear_place import place_clear

PREFERRED_SIZE = QSize(720, 460)  # shrunk only to fit a small screen or to keep a panel's step in view
SMALLEST_SIZE = QSize(400, 360)  # still a search, a few results and the hints: beside a panel at 200%
KeepClear = tuple[Sequence[QRect], Sequence[QRect]]  # (must not cover, had rather not cover)


def picker_spot(keep_clear: Callable[[QRect], KeepClear]) -> QRect:
    """Centred in the upper part of the screen under the mouse, unless that hides what must stay seen."""
    screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    size = PREFERRED_SIZE.boundedTo(QSize(area.width() - 40, area.height() - 40))
    top = area.top() + max(20, (area.height() - size.height()) // 4)
    want = QRect(QPoint(area.center().x() - size.width() // 2, top), size)
    # Wayland tells no client where windows are (the compositor places the picker): nothing to avoid.
    avoid, rather_avoid = ((), ()) if on_wayland() else keep_clear(want)
    return place_clear(want, area, avoid, rather_avoid, SMALLEST_SIZE)
