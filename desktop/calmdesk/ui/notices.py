"""Start-up notices and error messages: each said once, plainly, in a small non-blocking message box."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

_MAX_DETAIL_LINES = 200
_ERROR_BOX = "calmdeskUnexpectedError"


def _native(hotkey: str) -> str:
    return QKeySequence(hotkey).toString(QKeySequence.SequenceFormat.NativeText) or hotkey


class Notices(QObject):
    """Collects what went wrong during start-up and shows it once the event loop runs (`flush`).

    Signals:
        settingsRequested(): the agent chose "Open Settings" in a hotkey notice.

    Problems of the same start are merged into one box with the details folded away, so a bad team pack
    folder does not open a dozen windows. After `flush`, new notices show at once. No box is modal: a modal
    window would block the picker's keyboard while the hotkey still opens it.
    """

    settingsRequested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: list[tuple[str, list[str]]] = []
        self._pending: list[QMessageBox] = []
        self._open: list[QMessageBox] = []
        self._flushed = False

    def problems(self, title: str, lines: list[str]) -> None:
        self._problems.append((title, lines))
        if self._flushed:
            self._show_problems()

    def no_tray(self, hotkey: str) -> None:
        self._queue(
            self.tr("CalmDesk is running"),
            self.tr(
                "This desktop has no system tray, so CalmDesk shows no icon. It keeps running: press %s, "
                "or run “calmdesk show”, to open the phrase search."
            )
            % _native(hotkey),
        )

    def no_hotkey_backend(self) -> None:
        self._queue(
            self.tr("No global hotkey on this desktop"),
            self.tr(
                "CalmDesk cannot listen for a key here. Bind the command “calmdesk show” to a key in your "
                "desktop's keyboard settings (docs/hotkeys.md shows how); the tray icon works as well."
            ),
            warning=True,
        )

    def hotkey_failed(self, hotkey: str, reason: str) -> None:
        box = self._box(
            self.tr("The hotkey %s is not available") % _native(hotkey),
            self.tr("%s\n\nPick another key in Settings, or bind “calmdesk show” to a key in your desktop.")
            % reason,
            warning=True,
        )
        from PySide6.QtWidgets import QMessageBox

        settings = box.addButton(self.tr("Open Settings"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        settings.clicked.connect(self.settingsRequested)
        self._add(box)

    def say(self, title: str, text: str, *, warning: bool = False) -> None:
        """A one-off message, e.g. when the tray cannot show a notification."""
        self._queue(title, text, warning=warning)

    def flush(self) -> None:
        """Show everything collected so far (called once the event loop has started)."""
        self._flushed = True
        self._show_problems()
        for box in self._pending:
            self._show(box)
        self._pending.clear()

    def shown(self) -> list[QMessageBox]:
        return [box for box in self._open if box.isVisible()]

    def unexpected(self, message: str, log_file: Path) -> None:
        """The last resort for a bug: a short message instead of a traceback; the app keeps running.

        Shown at once, from the GUI thread only. While one such box is open, later errors go to the log
        only: a burst of the same bug should not bury the desktop in boxes.
        """
        from PySide6.QtWidgets import QMessageBox

        if any(box.objectName() == _ERROR_BOX for box in self.shown()):
            return
        box = self._box(
            self.tr("Something went wrong: %s") % message[:300],
            self.tr("CalmDesk keeps running. Details are in %s.") % log_file,
            warning=True,
        )
        box.setIcon(QMessageBox.Icon.Critical)
        box.setObjectName(_ERROR_BOX)
        self._show(box)

    def _show_problems(self) -> None:
        if not self._problems:
            return
        titles = [title for title, _lines in self._problems]
        details = [line for _title, lines in self._problems for line in lines]
        self._problems = []
        if len(details) > _MAX_DETAIL_LINES:
            hidden = len(details) - _MAX_DETAIL_LINES
            details = [*details[:_MAX_DETAIL_LINES], self.tr("… and %d more") % hidden]
        summary = "\n".join(f"• {title}" for title in titles)
        more = self.tr("Everything else works. “Show Details” has the full list.")
        box = self._box(self.tr("CalmDesk started with some problems"), f"{summary}\n\n{more}", warning=True)
        box.setDetailedText("\n".join(details))
        self._show(box)

    def _queue(self, title: str, text: str, *, warning: bool = False) -> None:
        self._add(self._box(title, text, warning=warning))

    def _add(self, box: QMessageBox) -> None:
        if self._flushed:
            self._show(box)
        else:
            self._pending.append(box)

    def _box(self, title: str, text: str, *, warning: bool) -> QMessageBox:
        # Imported here: most starts have nothing to say, and QMessageBox costs start-up time.
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
        # The headline is in the box; the title bar names the app only. Qt appends the display name to any
        # other title ("… — CalmDesk"), which window managers then clip in a box this narrow.
        box.setWindowTitle(QApplication.applicationDisplayName() or "CalmDesk")
        box.setText(title)
        box.setInformativeText(text)
        # QMessageBox sizes itself to the headline; without a floor the explanation wraps every few words.
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 26em; }")
        box.setStandardButtons(QMessageBox.StandardButton.NoButton)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setAccessibleName(title)
        return box

    def _show(self, box: QMessageBox) -> None:
        from PySide6.QtWidgets import QMessageBox

        if not box.buttons():
            box.addButton(QMessageBox.StandardButton.Ok)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.finished.connect(lambda _result, b=box: self._open.remove(b) if b in self._open else None)
        self._open.append(box)
        box.show()
