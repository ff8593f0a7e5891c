"""The picker's repetition guard and the private "it worked" mark, through the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from calmdesk.core.model import Phrase
from calmdesk.ui.common.results_model import ResultRole

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise\(\)|propagateSizeHints|setting window masks)"
)


def _current_id(picker) -> str | None:
    return picker.search.list.currentIndex().data(ResultRole.PhraseId)


# Says what "Thanks for your patience" says, in other words: the stand-in the guard should offer (the
# closing "Signed by me" is of the same category but means something else).
THANKS_AGAIN = Phrase(
    "t.thanks-again", "closing", "Thanks again for waiting", "Thanks again for waiting so patiently.", "test",
    tags=("thanks", "patience", "waiting"),
)  # fmt: skip


def test_a_phrase_sent_before_is_flagged_quietly_with_a_variant(qtbot, make_picker, watch, phrases) -> None:
    picker = make_picker(items=[*phrases, THANKS_AGAIN], complaints=watch)
    watch.new(customer="Ana", channel="chat")
    picker.summon()
    QTest.keyClicks(picker.search.field, "thanks patience")
    assert _current_id(picker) == "t.thanks"
    assert "Already sent" not in picker.status.text()
    QTest.keyClick(picker.search.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # copy, stay
    picker.search.field.setText("")
    QTest.keyClicks(picker.search.field, "thanks patience")
    assert _current_id(picker) == "t.thanks"
    status = picker.status.text()
    assert status.startswith("Already sent to this customer at ")
    assert "Ctrl+R: “Thanks again for waiting” instead." in status
    assert picker.isVisible()  # a line in the status area, nothing modal
    QTest.keyClick(picker.search.field, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert _current_id(picker) == "t.thanks-again"
    assert "Already sent" not in picker.status.text()  # the hints are back


def test_no_warning_without_a_complaint_or_for_a_new_phrase(qtbot, make_picker, watch) -> None:
    picker = make_picker(complaints=watch)
    picker.summon()
    QTest.keyClicks(picker.search.field, "refund")
    QTest.keyClick(picker.search.field, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # nothing offered
    assert _current_id(picker) == "t.refund"
    assert "Enter copy" in picker.status.text()


def test_ctrl_g_marks_a_phrase_as_having_worked_for_this_topic(qtbot, make_picker, watch, store) -> None:
    picker = make_picker(complaints=watch)
    watch.new(customer="Ana", topic="Late parcel")
    picker.summon()
    QTest.keyClicks(picker.search.field, "refund")
    QTest.keyClick(picker.search.field, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert "worked for “Late parcel”" in picker.status.text()
    assert store.flush_uses(5)  # saved by the store's writer thread
    assert store.worked_counts("late parcel") == {"t.refund": 1}
    assert store.worked_counts("billing") == {}
    assert picker.flow.worked_boosts() == {"t.refund": pytest.approx(1 / 3)}
