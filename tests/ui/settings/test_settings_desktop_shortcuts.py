"""Where the desktop keeps the global key (GlobalShortcuts portal v2), Settings opens its dialog."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton

from calmdesk.store.settings import Settings
from calmdesk.ui.settings.settings_dialog import SettingsDialog


def _button(dialog: SettingsDialog) -> QPushButton | None:
    return next((b for b in dialog.findChildren(QPushButton) if "desktop's settings" in b.text()), None)


def test_the_desktops_dialog_is_offered_and_opened(qtbot) -> None:
    opened: list[bool] = []
    dialog = SettingsDialog(Settings(), desktop_shortcuts=lambda: opened.append(True))
    qtbot.addWidget(dialog)
    button = _button(dialog)
    assert button is not None
    button.click()
    assert opened == [True]


def test_no_such_dialog_means_no_button(qtbot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert _button(dialog) is None


def test_its_access_key_is_its_own(qtbot) -> None:
    """Its Alt letter reaches the button and nothing else in the dialog (both tabs)."""
    dialog = SettingsDialog(Settings(), desktop_shortcuts=lambda: None)
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel)]
    texts += [dialog._tabs.tabText(i) for i in range(dialog._tabs.count())]
    letters = [m.group(1).lower() for t in texts if (m := re.search(r"&(\w)", t))]
    button = _button(dialog)
    assert button is not None
    own = re.search(r"&(\w)", button.text())
    assert own is not None
    assert letters.count(own.group(1).lower()) == 1, letters
