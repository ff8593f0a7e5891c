"""Start-up notices and error messages: each said once, plainly, in a small non-blocking message box."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from calmdesk.system.popup_window import map_quietly, on_wayland

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

    Everything said before `flush` becomes ONE box: a line per problem, the details folded away, and one
    piece of advice on how to reach CalmDesk that holds for this desktop (no key is named when none works,
    no tray icon when there is none). Esc and Enter close it. After `flush`, new notices show at once. No
    box is modal: a modal window would block the picker's keyboard while the hotkey still opens it.
    """

    settingsRequested = Signal()

    def __init__(
        self, parent: QObject | None = None, *, desktop_notify: Callable[[str, str], bool] | None = None
    ) -> None:
        super().__init__(parent)
        # Where a window would take the keyboard from the agent's chat (Wayland compositors focus every new
        # window), a notice that needs no answer goes to the desktop's notification server; True: it went.
        self._desktop_notify = desktop_notify
        self._problems: list[tuple[str, list[str]]] = []
        self._hotkey_failures: list[tuple[str, str]] = []
        self._no_backend = False
        self._no_tray = False
        self._working_hotkey: str | None = None  # the key that opens the search, as no_tray was told
        self._pending: list[QMessageBox] = []
        self._open: list[QMessageBox] = []
        self._flushed = False

    def problems(self, title: str, lines: list[str]) -> None:
        self._problems.append((title, lines))
        if self._flushed:
            self._show_start_up()

    def no_tray(self, hotkey: str | None) -> None:
        """No system tray here; `hotkey` is the key that works now, None when none does."""
        self._no_tray = True
        self._working_hotkey = hotkey
        if self._flushed:
            self._show_start_up()

    def no_hotkey_backend(self) -> None:
        self._no_backend = True
        if self._flushed:
            self._show_start_up()

    def hotkey_failed(self, hotkey: str, reason: str) -> None:
        if not self._flushed:  # part of the start-up notice
            self._hotkey_failures.append((hotkey, reason))
            return
        box = self._box(
            self.tr("The hotkey %s is not available") % _native(hotkey),
            self.tr("%s\n\nPick another key in Settings, or bind “calmdesk show” to a key in your desktop.")
            % reason,
            warning=True,
        )
        self._offer_settings(box)
        self._show(box)

    def say(self, title: str, text: str, *, warning: bool = False) -> None:
        """A one-off message, e.g. when the tray cannot show a notification."""
        self._queue(title, text, warning=warning)

    def flush(self) -> None:
        """Show everything collected so far (called once the event loop has started)."""
        self._flushed = True
        self._show_start_up()
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

    def _show_start_up(self) -> None:
        lines = [f"• {title}" for title, _details in self._problems]
        details = [line for _title, found in self._problems for line in found]
        lines += [
            "• " + self.tr("The hotkey %s is not available: %s") % (_native(key), reason)
            for key, reason in self._hotkey_failures
        ]
        if self._no_backend:
            lines.append("• " + self.tr("CalmDesk cannot listen for a global key on this desktop."))
        if self._no_tray:
            lines.append("• " + self.tr("This desktop has no system tray, so CalmDesk shows no icon."))
        if not lines:
            return
        problems = bool(self._problems or self._hotkey_failures or self._no_backend)
        offer_settings = bool(self._hotkey_failures)
        advice = self._advice()
        self._problems, self._hotkey_failures = [], []
        self._no_backend = self._no_tray = False
        if len(details) > _MAX_DETAIL_LINES:
            hidden = len(details) - _MAX_DETAIL_LINES
            details = [*details[:_MAX_DETAIL_LINES], self.tr("… and %d more") % hidden]
        parts = ["\n".join(lines), advice]
        if details:
            parts.append(self.tr("Everything else works. “Show Details” has the full list."))
        headline = (
            self.tr("CalmDesk started with some problems") if problems else self.tr("CalmDesk is running")
        )
        # Advice needs no answer; details to unfold and a Settings button need a window.
        if not (details or offer_settings) and self._notified(headline, "\n\n".join(parts)):
            return
        box = self._box(headline, "\n\n".join(parts), warning=problems)
        if details:
            box.setDetailedText("\n".join(details))
        if offer_settings:
            self._offer_settings(box)
        self._show(box)

    def _notified(self, title: str, text: str) -> bool:
        return self._desktop_notify is not None and self._desktop_notify(title, text)

    def _advice(self) -> str:
        """How to open the search on this desktop: only ways that work here are named."""
        key_works = not self._no_backend and not self._hotkey_failures
        if self._no_tray and key_works and self._working_hotkey:
            return self.tr(
                "CalmDesk keeps running: press %s, or run “calmdesk show”, to open the phrase search."
            ) % (_native(self._working_hotkey))
        if key_works:
            return ""
        bind = self.tr(
            "To open the phrase search, bind the command “calmdesk show” to a key in your desktop's "
            "keyboard settings (docs/hotkeys.md shows how)"
        )
        if self._hotkey_failures:
            bind += self.tr(", or pick another key in Settings")
        if self._no_tray:
            return self.tr("CalmDesk keeps running. %s.") % bind
        return self.tr("%s; the tray icon works as well.") % bind

    def _offer_settings(self, box: QMessageBox) -> None:
        from PySide6.QtWidgets import QMessageBox

        settings = box.addButton(self.tr("Open Settings"), QMessageBox.ButtonRole.ActionRole)
        settings.clicked.connect(self.settingsRequested)

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

        # One button closes: Enter presses it (not "Open Settings"), Esc too, whatever else the box offers.
        close = box.addButton(QMessageBox.StandardButton.Ok)
        box.setDefaultButton(close)
        box.setEscapeButton(close)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.finished.connect(lambda _result, b=box: self._open.remove(b) if b in self._open else None)
        self._open.append(box)
        if on_wayland():
            # A title of its own, which the compositor's rule for mapping it without the keyboard names.
            box.setWindowTitle(self.tr("Notice"))
            if map_quietly(box):
                box.show()  # beside the chat, which keeps the keyboard; a click gives the box the keys
                return
        box.show()
        # A box nobody focused gets no keys: Esc and Enter would go to whatever window had them before.
        box.raise_()
        box.activateWindow()
