"""The Settings dialog's Languages page: the windows' and the phrases' language, the system's by default."""

from __future__ import annotations

import dataclasses
import os

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from calmdesk.core.languages import NAMES, SUPPORTED, resolve
from calmdesk.store.settings import Settings
from calmdesk.ui.common.keys import buddy_label
from calmdesk.ui.common.translation import interface_language


class LanguagePage(QWidget):
    """Two choices, each "as the system" (the saved "") or one of the languages CalmDesk speaks.

    The phrases change at once (the library is loaded again); the windows at the next start, which the page
    always says. A page of its own: on the General page the two rows made the dialog too tall for a laptop
    screen at 200%.
    """

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._interface = QComboBox(self)
        self._content = QComboBox(self)
        self._restart = QLabel(self)

        self._fill(self._interface, settings.interface_language, interface_language(""))
        self._fill(self._content, settings.language, resolve(None, "", os.environ))
        self._interface.setAccessibleName(self.tr("Language of the windows and menus"))
        self._content.setAccessibleName(self.tr("Language of the phrases and checklist"))
        self._content.setToolTip(
            self.tr("A complaint in another language offers that language's phrases whatever is chosen here")
        )
        self._restart.setText(self.tr("The windows change language when CalmDesk starts again."))
        self._restart.setWordWrap(True)
        self._restart.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a note, not a field

        form = QFormLayout(self)
        form.addRow(buddy_label(self.tr("Windows and menus:"), self._interface, self), self._interface)
        form.addRow("", self._restart)
        form.addRow(buddy_label(self.tr("Phrases and &checklist:"), self._content, self), self._content)

    def title(self) -> str:
        """The page's tab title."""
        return self.tr("Languages")

    def _fill(self, combo: QComboBox, saved: str, system: str) -> None:
        combo.addItem(self.tr("As the system (%s)") % NAMES.get(system, system), "")
        for code in SUPPORTED:
            combo.addItem(NAMES[code], code)
        if saved and combo.findData(saved) < 0:  # a code CalmDesk has no catalogue for stays as it was
            combo.addItem(saved, saved)
        combo.setCurrentIndex(max(0, combo.findData(saved)))

    def edited(self, settings: Settings) -> Settings:
        """`settings` with the two choices ("" = as the system)."""
        return dataclasses.replace(
            settings,
            interface_language=str(self._interface.currentData()),
            language=str(self._content.currentData()),
        )
