"""Switching complaint in the picker (Ctrl+PgUp/PgDn) ranks the new complaint's step first at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from calmdesk.core.content import load_checklist
from calmdesk.core.model import Phrase
from calmdesk.store.settings import Settings
from calmdesk.ui.common.results_model import ResultRole
from calmdesk.ui.complaint.complaint_watch import ComplaintWatch

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise\(\)|propagateSizeHints|setting window masks)"
)

CHECKLIST, _ = load_checklist()
ITEMS = [
    Phrase("t.close", "closing", "Goodbye", "Thanks, {{customer_name}}, take care.", "t"),
    Phrase("t.hold", "wait", "Hold on", "Bear with me a moment, {{customer_name}}.", "t"),
    Phrase("t.hear", "listen", "Tell me", "Tell me what happened, {{customer_name}}.", "t"),
]


def _top(picker) -> tuple[str, str]:
    index = picker.search.list.results.index(0, 0)
    return str(index.data(ResultRole.CategoryKey)), str(index.data(ResultRole.Preview))


def test_the_step_and_the_names_of_the_complaint_switched_to_lead_at_once(qtbot, make_picker, store) -> None:
    watch = ComplaintWatch(store.complaints, CHECKLIST, Settings(agent_name="Sam"))
    try:
        acting = watch.new(customer="Ana")
        for step in ("prepare", "listen", "empathize", "apologize", "take_ownership", "gather_facts"):
            watch.tick(step)
        watch.tick("offer_solution")
        watch.tick("commit")  # Ana's next step: act (wait, ownership, escalation)
        watch.new(customer="Ben")  # Ben's next step: the first one, which favours listening
        picker = make_picker(items=ITEMS, complaints=watch)
        picker.summon()
        assert _top(picker) == ("listen", "Tell me what happened, Ben.")
        QTest.keyClick(picker.search.field, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
        assert watch.current().id == acting.id
        assert _top(picker) == ("wait", "Bear with me a moment, Ana.")
    finally:
        watch.stop()


def test_a_copy_that_stays_keeps_the_agents_place_in_the_list(qtbot, make_picker, store) -> None:
    watch = ComplaintWatch(store.complaints, CHECKLIST, Settings(agent_name="Sam"))
    try:
        watch.new(customer="Ana")
        picker = make_picker(items=ITEMS, complaints=watch)
        picker.summon()
        picker.search.list.setCurrentIndex(picker.search.list.results.index(2, 0))
        chosen = picker.search.list.results.index(2, 0).data(ResultRole.PhraseId)
        QTest.keyClick(picker.search.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert picker.search.list.currentIndex().data(ResultRole.PhraseId) == chosen
    finally:
        watch.stop()
