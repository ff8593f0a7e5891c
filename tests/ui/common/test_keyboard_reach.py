"""Keyboard reach: every Alt+letter in a window leads to one place, labels lead to their field, and a
dialog opens with the focus in its first field."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from calmdesk.core.library import load_library
from calmdesk.store.settings import Settings
from calmdesk.store.user_phrases import UserPhrases
from calmdesk.ui.complaint.close_dialog import CloseComplaintDialog
from calmdesk.ui.complaint.complaint_form import ComplaintForm
from calmdesk.ui.editor.import_dialog import ImportDialog
from calmdesk.ui.settings.introduction import IntroductionDialog
from calmdesk.ui.settings.settings_dialog import SettingsDialog

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, where) for every Alt+letter the window offers."""
    found: list[tuple[str, str]] = []

    def add(text: str, where: str) -> None:
        for letter in _MNEMONIC.findall(text.replace("&&", "")):
            found.append((letter.casefold(), where))

    for label in window.findChildren(QLabel):
        add(label.text(), f"label {label.text()!r}")
        if _MNEMONIC.search(label.text().replace("&&", "")):
            assert label.buddy() is not None, f"{label.text()!r} offers Alt+letter but leads nowhere"
    for button in window.findChildren(QAbstractButton):
        add(button.text(), f"button {button.text()!r}")
    for box in window.findChildren(QGroupBox):
        if box.isCheckable():
            add(box.title(), f"group {box.title()!r}")
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            add(tabs.tabText(index), f"tab {tabs.tabText(index)!r}")
    return found


def windows(store) -> list[tuple[QWidget, QWidget]]:
    """Each dialog with the field the focus should start in."""
    library = load_library()
    settings = SettingsDialog(Settings())
    importer = ImportDialog(library, UserPhrases(store), store)
    form = ComplaintForm()
    closing = CloseComplaintDialog("Ana", datetime(2026, 12, 2, 14, 0, tzinfo=UTC))
    intro = IntroductionDialog(Settings())
    return [
        (intro, intro._name),
        (settings, settings._agent_name),
        (importer, importer._format),
        (form, form._customer),
        (closing, closing._choice),
    ]


@pytest.mark.parametrize("index", range(5))
def test_each_alt_letter_leads_to_one_place_and_focus_starts_in_the_first_field(qtbot, store, index) -> None:
    window, first = windows(store)[index]
    qtbot.addWidget(window)
    window.show()
    letters = mnemonics(window)
    assert letters, "a dialog with fields offers Alt+letters"
    clashes = {
        letter: count for letter, count in Counter(letter for letter, _ in letters).items() if count > 1
    }
    assert not clashes, [(letter, where) for letter, where in letters if letter in clashes]
    assert window.focusWidget() is first
