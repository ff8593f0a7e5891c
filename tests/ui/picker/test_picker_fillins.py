"""The picker's fill-in form with a choice and an optional section, driven by the keyboard only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox

from calmdesk.core.model import Phrase

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (setting window masks|raise\(\))")

DELIVERY = Phrase(
    "t.delivery",
    "solution",
    "Delivery estimate",
    "It arrives in {{delivery: 1-2 working days | 3-5 working days}}."
    "{{#voucher}} A voucher is attached.{{/voucher}}",
    "test",
    tags=("delivery",),
)


def test_keyboard_picks_an_option_ticks_the_section_and_copies(qtbot, make_picker, phrases) -> None:
    picker = make_picker(items=[*phrases, DELIVERY])
    QGuiApplication.clipboard().clear()
    picker.summon()
    qtbot.waitUntil(picker.isActiveWindow)
    QTest.keyClicks(picker.search.field, "delivery")
    assert "It arrives in 1-2 working days." in picker.search.preview.toPlainText()
    assert "voucher" not in picker.search.preview.toPlainText()
    # Nothing required is empty, so Enter would copy at once; Tab goes into the form: the dropdown first.
    QTest.keyClick(picker.search.field, Qt.Key.Key_Tab)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "3-5 working days"
    assert "It arrives in 3-5 working days." in picker.search.preview.toPlainText()
    QTest.keyClick(combo, Qt.Key.Key_Tab)
    box = QApplication.focusWidget()
    assert isinstance(box, QCheckBox)
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    assert "A voucher is attached." in picker.search.preview.toPlainText()
    with qtbot.waitSignal(picker.phraseCopied):
        QTest.keyClick(box, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "It arrives in 3-5 working days. A voucher is attached."
