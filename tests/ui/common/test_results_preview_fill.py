"""A result row's one-line preview reads as the copy will: the agent's working time, the customer's name."""

from __future__ import annotations

from datetime import datetime

import pytest

from calmdesk.core.clock_fields import clock_fields
from calmdesk.core.content import load_checklist
from calmdesk.core.human_time import WorkingTime
from calmdesk.core.model import Phrase
from calmdesk.store.settings import Settings
from calmdesk.ui.common.results_model import ResultRole
from calmdesk.ui.complaint.complaint_watch import ComplaintWatch

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise\(\)|propagateSizeHints|setting window masks)"
)

PROMISE = Phrase("t.update", "commitment", "Update soon", "I'll update you by {{time+2h}}.", "t")
GREETING = Phrase("t.hi", "listen", "Hello there", "Hello {{customer_name}}, I'm on it.", "t")


def _promise_now(work: WorkingTime) -> set[str]:
    """What the promise reads at this minute; callers ask before and after, should the clock turn over."""
    return {clock_fields(PROMISE.text, datetime.now(), work)[1]["time+2h"]}


def test_a_promised_time_in_a_row_keeps_to_the_settings_working_hours(qtbot, make_picker) -> None:
    # Sundays 03:00-04:00 only: nothing the default Monday-Friday 9-17 computes can read the same.
    settings = Settings(agent_name="Sam", working_hours="03:00-04:00", working_days=("Sun",))
    picker = make_picker(settings, items=[PROMISE])
    picker.summon()
    expected = _promise_now(settings.working_time())
    row = picker.search.list.results.index(0, 0).data(ResultRole.Preview)
    after = _promise_now(settings.working_time())
    assert any(f"by {value}." in row for value in expected | after), row
    assert not any(f"by {value}." in row for value in _promise_now(WorkingTime())), row


def test_a_row_changes_when_the_settings_change(qtbot, make_picker) -> None:
    picker = make_picker(Settings(agent_name="Sam"), items=[PROMISE])
    picker.summon()
    first = picker.search.list.results.index(0, 0).data(ResultRole.Preview)
    settings = Settings(agent_name="Sam", working_hours="03:00-04:00", working_days=("Sun",))
    picker.set_settings(settings)
    picker.summon()
    again = picker.search.list.results.index(0, 0).data(ResultRole.Preview)
    assert again != first
    assert any(f"by {v}." in again for v in _promise_now(settings.working_time())), again


def test_a_row_shows_the_current_customers_name_not_a_label(qtbot, make_picker, store) -> None:
    checklist, _ = load_checklist()
    watch = ComplaintWatch(store.complaints, checklist, Settings(agent_name="Sam"))
    try:
        picker = make_picker(items=[GREETING], complaints=watch)
        watch.new(customer="Maria Lopez")
        picker.summon()
        row = picker.search.list.results.index(0, 0).data(ResultRole.Preview)
        assert row == "Hello Maria, I'm on it.", row  # addressed by first name
    finally:
        watch.stop()
