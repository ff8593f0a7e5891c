"""A window's bottom line: its key hints, or for a few seconds a message about what just happened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

FLASH_MS = 2500  # how long a message stays before the key hints come back: time to read it


class StatusLine(QLabel):
    """Shows `hints()` (asked each time, since they follow the window's mode), or a flashed message."""

    def __init__(self, hints: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hints = hints
        self._timer = QTimer(self)

        self.setAccessibleName(self.tr("Status"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # The key hints outgrow one line at the default width (and at 200%): wrap rather than clip them.
        self.setWordWrap(True)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FLASH_MS)

        self._timer.timeout.connect(self.show_hints)

    def flash(self, message: str) -> None:
        """Say what just happened; the hints come back after `FLASH_MS`."""
        self.setText(message)
        self._timer.start()

    def show_hints(self) -> None:
        """The hints (or the warning they hold) now, in place of any message."""
        self._timer.stop()
        self.setText(self._hints())

    def hints_changed(self) -> None:
        """The hints changed: shown now, unless a message is being flashed (they follow it)."""
        if not self._timer.isActive():
            self.setText(self._hints())
