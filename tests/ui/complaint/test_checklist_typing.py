"""Text typed into the checklist panel by mistake (meant for the chat) ticks nothing and copies nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from ui_helpers import QtClipboardWriter

from calmdesk.core.content import load_checklist
from calmdesk.core.library import Library
from calmdesk.core.model import Phrase
from calmdesk.store.settings import Settings
from calmdesk.ui.complaint import typing_guard
from calmdesk.ui.complaint.checklist_model import StepRole
from calmdesk.ui.complaint.checklist_panel import ChecklistPanel

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|propagateSizeHints)")

CHECKLIST, _ = load_checklist()
PHRASES = (
    Phrase("t.ready", "listen", "Ready", "Hello {{customer_name}}, I'm here.", "t", step="prepare"),
    Phrase("t.listen", "listen", "Tell me more", "Tell me more, {{customer_name}}.", "t", step="listen"),
)


@pytest.fixture
def panel(qtbot, watch, store, categories, tmp_path):
    library = Library(phrases=PHRASES, categories=categories, checklist=CHECKLIST)
    made = ChecklistPanel(
        library, Settings(agent_name="Sam"), QtClipboardWriter(), watch, store, str(tmp_path / "w.ini")
    )
    qtbot.addWidget(made)
    return made


def _done(store) -> frozenset[str]:
    assert store.flush_uses(5)  # ticks are saved by the store's writer thread
    current = store.complaints.current()
    assert current is not None
    return frozenset(current.done_steps())


def _selected(panel: ChecklistPanel) -> str:
    return str(panel.steps.currentIndex().data(StepRole.Key))


def test_a_sentence_typed_into_the_steps_ticks_nothing_copies_nothing_and_says_why(
    qtbot, panel, watch, store
) -> None:
    watch.new(customer="Ana")
    panel.summon()
    QGuiApplication.clipboard().setText("what the agent had copied")
    QTest.keyClicks(panel.steps, "thanks for waiting I will check")
    QTest.keyClick(panel.steps, Qt.Key.Key_Return)  # "send", as in the chat window
    assert _done(store) == frozenset(), "the spaces of a sentence must not tick step after step"
    assert _selected(panel) == "prepare", "letters must not jump between steps"
    assert QGuiApplication.clipboard().text() == "what the agent had copied"
    assert "chat" in panel.status.text(), panel.status.text()
    # A deliberate Space, once the typing has stopped, ticks as before.
    qtbot.wait(typing_guard.TYPING_PAUSE_MS + 100)
    QTest.keyClick(panel.steps, Qt.Key.Key_Space)
    assert _done(store) == {"prepare"}


def test_letters_in_the_phrase_list_do_not_move_the_selection(qtbot, panel, watch, store) -> None:
    watch.new(customer="Ana")
    panel.summon()
    panel.steps.setCurrentIndex(panel.steps_model.index(panel.steps_model.row_of("listen"), 0))
    first = panel.current_phrase()
    QTest.keyClicks(panel.phrases, "zz top")
    QTest.keyClick(panel.phrases, Qt.Key.Key_Return)
    assert panel.current_phrase() == first
    assert _done(store) == frozenset()


def test_a_tick_says_what_it_did_and_ctrl_z_takes_it_back(qtbot, panel, watch, store) -> None:
    watch.new(customer="Ana")
    panel.summon()
    QTest.keyClick(panel.steps, Qt.Key.Key_Space)
    assert _done(store) == {"prepare"}
    assert "Get ready" in panel.status.text()
    assert "Ctrl+Z" in panel.status.text()
    QTest.keyClick(panel.steps, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _done(store) == frozenset()
    assert _selected(panel) == "prepare"
    # Undoing an untick ticks again.
    QTest.keyClick(panel.steps, Qt.Key.Key_Space)
    QTest.keyClick(panel.steps, Qt.Key.Key_Up)
    QTest.keyClick(panel.steps, Qt.Key.Key_Space)
    assert _done(store) == frozenset()
    QTest.keyClick(panel.steps, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _done(store) == {"prepare"}
