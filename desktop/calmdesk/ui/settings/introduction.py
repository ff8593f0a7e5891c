"""The first start asks who is signing: the agent's name and company, which a dozen phrases end with."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from calmdesk.store.errors import StoreError
from calmdesk.store.settings import Settings, save_settings
from calmdesk.system.popup_window import keep_floating, on_wayland
from calmdesk.ui.common.clear_place import place_clear
from calmdesk.ui.common.keys import buddy_label


class IntroductionDialog(QDialog):
    """Name and company, once. Shown without taking the keyboard (CalmDesk often starts at login, while
    the agent is typing elsewhere); a click or the tray brings it forward, with the name field ready.

    Signals:
        settingsSaved(object): the Settings with the name and company, once written.
    """

    settingsSaved = Signal(object)

    def __init__(self, settings: Settings, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._path = path
        self._intro = QLabel(self)
        self._name = QLineEdit(self)
        self._company = QLineEdit(self)
        self._error = QLabel(self)
        self._buttons = QDialogButtonBox(self)

        self.setWindowTitle(self.tr("Welcome"))  # Qt appends " — CalmDesk"
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self._intro.setText(self.question())
        self._intro.setWordWrap(True)
        self._name.setText(settings.agent_name)
        self._name.setPlaceholderText(self.tr("The name you sign replies with, e.g. Sam"))
        self._name.setAccessibleName(self.tr("Your name"))
        self._company.setText(settings.company)
        self._company.setPlaceholderText(self.tr("Your company or team, e.g. Acme"))
        self._company.setAccessibleName(self.tr("Company"))
        self._error.setWordWrap(True)
        self._error.setStyleSheet("color: #c0392b;")
        self._error.hide()
        save = self._buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        later = self._buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        save.setDefault(True)
        later.setAccessibleName(self.tr("Later: ask in Settings"))

        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Your name:"), self._name, self), self._name)
        form.addRow(buddy_label(self.tr("&Company:"), self._company, self), self._company)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self._error)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(380)
        self._name.setFocus()

    def question(self) -> str:
        return self.tr(
            "Many replies end with your name and your company. What should they say? "
            "(Settings can change it later.)"
        )

    def place(self) -> None:
        """Centred on the screen the agent works on (the one under the mouse), where it is seen at once;
        the tray's corner put it out of sight, and under the picker when that opened."""
        screen = QGuiApplication.screenAt(QCursor.pos()) or self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        frame = QRect(QPoint(0, 0), self.sizeHint().expandedTo(self.minimumSize()))
        frame.moveCenter(screen.availableGeometry().center())
        self.move(frame.topLeft())

    def make_way(self, picker: QRect) -> None:
        """The picker opened at `picker`: step aside (below it, as a rule) so that it hides none of this."""
        if not self.isVisible() or not self.frameGeometry().intersects(picker):
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        spot = place_clear(self.frameGeometry(), screen.availableGeometry(), [picker])
        self.move(spot.topLeft())

    def showEvent(self, event: QShowEvent) -> None:
        # Fixed size on Wayland before the native window exists: sway then floats it, as it does the picker,
        # instead of tiling it across the whole screen.
        keep_floating(self)
        super().showEvent(event)

    def accept(self) -> None:
        settings = dataclasses.replace(
            self._settings, agent_name=self._name.text().strip(), company=self._company.text().strip()
        )
        try:
            save_settings(settings, self._path)
        except (StoreError, OSError) as exc:
            self._error.setText(self.tr("Could not save: %s") % exc)
            self._error.show()
            if on_wayland():  # its size is fixed there (see showEvent): make room for the message
                self.setFixedSize(self.sizeHint().expandedTo(self.size()))
            return
        self.settingsSaved.emit(settings)
        super().accept()
