"""Auto-paste on, on a desktop where it cannot work: the picker's status line says so, no window does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from ui_helpers import FakePaster

from calmdesk.store.settings import Settings
from calmdesk.ui.common.phrase_actions import HIDE_AFTER_COPY_MS, HIDE_AFTER_NOT_PASTED_MS

REASON = "install wtype for auto-paste on this desktop; press Ctrl+V to paste"
THANKS = "Thank you for your patience today!"

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (setting window masks|raise\(\))")


class NoWayToPaste(FakePaster):
    def unavailable(self) -> str | None:
        return REASON


def _copy_thanks(qtbot, picker) -> None:
    """Summoned from another window (the chat), "thanks", Enter."""
    chat = QWidget()
    qtbot.addWidget(chat)
    chat.show()
    chat.activateWindow()
    qtbot.waitUntil(chat.isActiveWindow)
    QGuiApplication.clipboard().clear()
    picker.summon()
    qtbot.waitUntil(picker.isActiveWindow)
    QTest.keyClicks(picker.search.field, "thanks")
    QTest.keyClick(picker.search.field, Qt.Key.Key_Return)


def test_the_status_line_says_copied_not_pasted_and_nothing_is_tried(qtbot, make_picker) -> None:
    paster = NoWayToPaste()
    picker = make_picker(Settings(auto_paste=True), paster=paster)
    with qtbot.assertNotEmitted(picker.pasteFailed):  # no message window over the chat
        _copy_thanks(qtbot, picker)
        assert picker.status.text() == f"Copied, not pasted: {REASON}"
        assert QGuiApplication.clipboard().text() == THANKS
        # Long enough to read, the first time in a run.
        assert picker.phrase_actions._hide_timer.interval() == HIDE_AFTER_NOT_PASTED_MS
        qtbot.waitUntil(lambda: not picker.isVisible(), timeout=HIDE_AFTER_NOT_PASTED_MS + 2000)
    assert paster.pasted == []
    # Said the same way each time, but the popup no longer waits: the agent has read it once.
    _copy_thanks(qtbot, picker)
    assert picker.status.text() == f"Copied, not pasted: {REASON}"
    assert picker.phrase_actions._hide_timer.interval() == HIDE_AFTER_COPY_MS


def test_without_auto_paste_nothing_is_said_about_pasting(qtbot, make_picker) -> None:
    picker = make_picker(Settings(auto_paste=False), paster=NoWayToPaste())
    _copy_thanks(qtbot, picker)
    assert picker.status.text().startswith("Copied: ")
    assert picker.phrase_actions._hide_timer.interval() == HIDE_AFTER_COPY_MS
