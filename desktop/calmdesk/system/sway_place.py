"""Where a floating window of ours goes under sway: where the agent left it, else beside the chat.

Wayland gives a client no position: sway centres every floating window, so the checklist panel covered the
middle of the chat. sway takes `move absolute position` on its IPC socket, and its tree tells where the window
that had the keyboard (the chat) is. GNOME and KDE place windows themselves (see
docs/decisions/wayland-popup.md); elsewhere this does nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from calmdesk.system import sway_ipc

log = logging.getLogger(__name__)

GAP = 8  # between the chat and the panel, and from the output's edge
_TRY_MS = 20  # how often the new window is looked for after show()
_TRIES = 50  # a second at most: sway maps a window within a frame or two


class Rect(NamedTuple):
    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height


def rect(node: Mapping[str, Any]) -> Rect:
    r = node["rect"]
    return Rect(int(r["x"]), int(r["y"]), int(r["width"]), int(r["height"]))


def outer(node: Mapping[str, Any]) -> Rect:
    """A window's rect with its title bar, which sway's `rect` leaves out and `move position` counts."""
    inner = rect(node)
    title = int((node.get("deco_rect") or {}).get("height", 0))
    return Rect(inner.x, inner.y - title, inner.width, inner.height + title)


def beside(chat: Rect | None, size: tuple[int, int], area: Rect) -> tuple[int, int]:
    """The top left corner for a window of `size` beside `chat` in `area` (the workspace): right of it
    where there is room, else left of it, else at the area's right edge over the chat; top-aligned."""
    width, height = size
    if chat is None:
        x, top = area.right - width - GAP, area.y + GAP
    elif chat.right + GAP + width <= area.right:
        x, top = chat.right + GAP, chat.y
    elif chat.x - GAP - width >= area.x:
        x, top = chat.x - GAP - width, chat.y
    else:
        x, top = area.right - width - GAP, chat.y + GAP
    y = max(area.y, min(top, area.bottom - height))
    return max(area.x, x), y


class SwayPlace(QObject):
    """Places `window` (a floating window of ours) each time it maps under sway, and remembers where the
    agent left it (under `key` in the INI file `settings_file`, when given)."""

    def __init__(self, window: QWidget, settings_file: str | None, key: str) -> None:
        super().__init__(window)
        self._window = window
        self._file = settings_file
        self._key = key
        self._spot: tuple[int, int] | None = self._load()
        self._tries = 0
        self._timer = QTimer(self)
        self._timer.setInterval(_TRY_MS)
        self._timer.timeout.connect(self._try_move)

    @staticmethod
    def wanted() -> bool:
        return QGuiApplication.platformName().startswith("wayland") and sway_ipc.available()

    def before_show(self) -> None:
        """Called just before the window shows: where it goes is worked out while the chat has the keys."""
        if not self.wanted() or self._window.isVisible():
            return
        if self._spot is None:
            self._spot = self._beside_the_chat()
        if self._spot is not None:
            self._tries = 0
            self._timer.start()

    def before_hide(self) -> None:
        """Called just before the window hides: where it is now (the agent may have moved it) is kept."""
        if not self.wanted() or not self._window.isVisible():
            return
        node = self._own_node()
        if node is not None:
            spot = outer(node)
            self._spot = (spot.x, spot.y)
            self._save()

    def _criteria(self) -> str:
        from calmdesk.system.popup_window import full_title

        app_id = QGuiApplication.desktopFileName() or QGuiApplication.applicationName()
        title = full_title(self._window.windowTitle())
        return f"[app_id={sway_ipc.quoted(app_id)} title={sway_ipc.quoted(title)}]"

    def _own_node(self) -> Mapping[str, Any] | None:
        from calmdesk.system.popup_window import full_title

        title = full_title(self._window.windowTitle())
        try:
            return next((n for n in sway_ipc.windows() if n.get("name") == title), None)
        except sway_ipc.SwayIpcError as exc:
            log.debug("no place from sway: %s", exc)
            return None

    def _beside_the_chat(self) -> tuple[int, int] | None:
        try:
            area = next((rect(w) for w in sway_ipc.workspaces() if w.get("focused")), None)
            focused = sway_ipc.focused_window()
        except sway_ipc.SwayIpcError as exc:
            log.debug("no place from sway: %s", exc)
            return None
        if area is None:
            return None
        own = QGuiApplication.desktopFileName() or QGuiApplication.applicationName()
        chat = outer(focused) if focused is not None and focused.get("app_id") != own else None
        frame = self._window.frameGeometry().size()
        return beside(chat, (frame.width(), frame.height()), area)

    def _try_move(self) -> None:
        self._tries += 1
        if self._spot is None or not self._window.isVisible() or self._tries > _TRIES:
            self._timer.stop()
            return
        x, y = self._spot
        try:
            sway_ipc.command(f"{self._criteria()} move absolute position {x} {y}")
        except sway_ipc.SwayIpcError:
            return  # not mapped yet: the next try
        self._timer.stop()

    def _settings(self) -> QSettings | None:
        return QSettings(self._file, QSettings.Format.IniFormat) if self._file else None

    def _load(self) -> tuple[int, int] | None:
        store = self._settings()
        saved = store.value(self._key) if store is not None else None
        try:
            x, y = (int(part) for part in str(saved).split(","))
        except ValueError:
            return None
        return x, y

    def _save(self) -> None:
        store = self._settings()
        if store is not None and self._spot is not None:
            store.setValue(self._key, f"{self._spot[0]},{self._spot[1]}")
            store.sync()
