"""A promise copied from the checklist panel keeps to the agent's working hours, shown before it is copied."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from ui_helpers import QtClipboardWriter

from calmdesk.core.clock_fields import clock_fields
from calmdesk.core.content import load_checklist
from calmdesk.core.library import Library
from calmdesk.core.model import Phrase
from calmdesk.store.settings import Settings
from calmdesk.ui.common.phrase_flow import NoComplaints, PhraseFlow
from calmdesk.ui.complaint.checklist_panel import ChecklistPanel
from calmdesk.ui.complaint.complaint_watch import ComplaintWatch

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|propagateSizeHints)")

CHECKLIST, _ = load_checklist()
PROMISE = Phrase(
    "t.promise", "commitment", "Update soon", "I'll update you by {{time+2h}}.", "t", step="commit"
)
# Sundays 03:00-04:00 only: nothing the default Monday-Friday 9-17 computes can read the same.
ODD_HOURS = Settings(agent_name="Sam", working_hours="03:00-04:00", working_days=("Sun",))


def _promises(settings: Settings) -> set[str]:
    return {clock_fields(PROMISE.text, datetime.now(), settings.working_time())[1]["time+2h"]}


@pytest.fixture
def panel(qtbot, store, categories, tmp_path):
    watch = ComplaintWatch(store.complaints, CHECKLIST, ODD_HOURS)
    library = Library(phrases=(PROMISE,), categories=categories, checklist=CHECKLIST)
    made = ChecklistPanel(library, ODD_HOURS, QtClipboardWriter(), watch, store, str(tmp_path / "w.ini"))
    qtbot.addWidget(made)
    watch.new(customer="Ana")
    made.summon()
    made.steps.setCurrentIndex(made.steps_model.index(made.steps_model.row_of("commit"), 0))
    yield made
    watch.stop()


def test_the_panel_shows_the_promised_time_as_a_field_to_change(qtbot, panel) -> None:
    before = _promises(ODD_HOURS)
    assert panel.current_phrase() == PROMISE
    assert panel.form.isVisibleTo(panel)
    shown = panel.form.values().get("time+2h", "")
    assert shown in before | _promises(ODD_HOURS), shown


def test_a_promise_copied_from_the_panel_keeps_to_the_working_hours(qtbot, panel) -> None:
    before = _promises(ODD_HOURS)
    QTest.keyClick(panel.steps, Qt.Key.Key_Return)
    copied = QGuiApplication.clipboard().text()
    assert copied in {f"I'll update you by {v}." for v in before | _promises(ODD_HOURS)}, copied


def test_a_copy_without_a_form_value_computes_the_promise_in_the_working_hours(qtbot, store) -> None:
    flow = PhraseFlow(ODD_HOURS, QtClipboardWriter(), Library(), store, NoComplaints())
    before = _promises(ODD_HOURS)
    copied = flow.copy(PROMISE, {"time+2h": "  "})
    assert copied in {f"I'll update you by {v}." for v in before | _promises(ODD_HOURS)}, copied
