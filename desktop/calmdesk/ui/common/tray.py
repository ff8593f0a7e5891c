"""The system tray icon and its menu."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from calmdesk.ui.common.icons import svg_icon


class Tray(QObject):
    """CalmDesk in the system tray: a click opens the picker, the menu reaches everything else.

    Signals:
        pickerRequested(): open the phrase picker.
        settingsRequested(): open the settings dialog.
        aboutRequested(): open the about dialog.
        checklistRequested(): show the checklist panel of the current complaint.
        newComplaintRequested(): start a new complaint (the small form).
        followupsRequested(): show the reminders and the history of closed complaints.
        editorRequested(): open the phrase editor.
        statsRequested(): open the personal statistics window.
        quitRequested(): quit CalmDesk.

    `available` is False when the desktop has no tray (GNOME without the AppIndicator extension); the
    icon is then never shown and the app must say how else to reach it.
    """

    pickerRequested = Signal()
    settingsRequested = Signal()
    aboutRequested = Signal()
    checklistRequested = Signal()
    newComplaintRequested = Signal()
    followupsRequested = Signal()
    customerRepliedRequested = Signal()
    editorRequested = Signal()
    statsRequested = Signal()
    quitRequested = Signal()

    def __init__(self, hotkey: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon = QSystemTrayIcon(self)
        self._menu = QMenu()
        self._open_action = QAction(self._menu)
        self._checklist_action = QAction(self.tr("Complaint checklist"), self._menu)
        self._new_complaint_action = QAction(self.tr("New complaint…"), self._menu)
        self._replied_action = QAction(self.tr("Customer replied (restart the reply clock)"), self._menu)
        self._followups_action = QAction(self.tr("Follow-ups and history…"), self._menu)
        self._editor_action = QAction(self.tr("Edit phrases…"), self._menu)
        self._stats_action = QAction(self.tr("Your statistics…"), self._menu)
        self._settings_action = QAction(self.tr("Settings…"), self._menu)
        self._about_action = QAction(self.tr("About CalmDesk"), self._menu)
        self._quit_action = QAction(self.tr("Quit"), self._menu)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()

        self._icon.setIcon(svg_icon())
        self._quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self._about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self._settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.set_hotkey(hotkey)

        self._open_action.triggered.connect(self.pickerRequested)
        self._settings_action.triggered.connect(self.settingsRequested)
        self._about_action.triggered.connect(self.aboutRequested)
        self._checklist_action.triggered.connect(self.checklistRequested)
        self._new_complaint_action.triggered.connect(self.newComplaintRequested)
        self._followups_action.triggered.connect(self.followupsRequested)
        self._replied_action.triggered.connect(self.customerRepliedRequested)
        self._editor_action.triggered.connect(self.editorRequested)
        self._stats_action.triggered.connect(self.statsRequested)
        self._quit_action.triggered.connect(self.quitRequested)
        self._icon.activated.connect(self._on_activated)

        for action in (
            self._open_action,
            None,
            self._new_complaint_action,
            self._checklist_action,
            self._replied_action,
            self._followups_action,
            self._editor_action,
            self._stats_action,
            None,
            self._settings_action,
            self._about_action,
            None,
            self._quit_action,
        ):
            if action is None:
                self._menu.addSeparator()
            else:
                self._menu.addAction(action)
        self._icon.setContextMenu(self._menu)

    def show(self) -> None:
        if self.available:
            self._icon.show()

    def hide(self) -> None:
        self._icon.hide()

    def menu(self) -> QMenu:
        return self._menu

    def set_hotkey(self, hotkey: str) -> None:
        """Name the hotkey in the menu and the tooltip, in the platform's own spelling."""
        shown = _key_text(hotkey)
        self._open_action.setText(self.tr("Open phrase search") + (f"\t{shown}" if shown else ""))
        tip = self.tr("CalmDesk: calm replies for tough chats")
        if shown:
            tip += "\n" + self.tr("Press %s to search phrases") % shown
        self._icon.setToolTip(tip)

    def notify(self, title: str, message: str, *, warning: bool = False, msecs: int = 8000) -> bool:
        """Show a balloon/notification; False when the tray cannot, so the caller can fall back."""
        if not (self.available and self._icon.isVisible() and QSystemTrayIcon.supportsMessages()):
            return False
        icon = QSystemTrayIcon.MessageIcon.Warning if warning else QSystemTrayIcon.MessageIcon.Information
        self._icon.showMessage(title, message, icon, msecs)
        return True

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # A left click (Trigger) or a double click opens the picker; the context menu stays on the right.
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.pickerRequested.emit()


def _key_text(hotkey: str) -> str:
    """One key in the platform's spelling; a desktop's own words for it (the Wayland portal's) as said."""
    sequence = QKeySequence(hotkey)
    if sequence.count() == 1 and sequence[0].key() != Qt.Key.Key_unknown:  # type: ignore[index]
        return sequence.toString(QKeySequence.SequenceFormat.NativeText)
    return hotkey
