"""PhraseFlow without Qt: one fill rule, one copy and its records, marks and ranking, for both windows."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

import pytest

from calmdesk.core.complaint import Complaint, Copied
from calmdesk.core.library import Library
from calmdesk.core.model import Phrase
from calmdesk.core.placeholders import MissingValues
from calmdesk.core.search import SearchIndex, query_key
from calmdesk.store.errors import StoreError
from calmdesk.store.settings import Settings
from calmdesk.ui.common.phrase_flow import CopyError, NoComplaints, NoStore, PhraseFlow, complaint_summary

REFUND = Phrase("t.refund", "solution", "Refund", "Hi {{customer_name}}, {{order_number}} refunded.", "t")
PROMISE = Phrase("t.promise", "commitment", "Promise", "I'll update you by {{time+2h}}.", "t")
CALL = Phrase("t.call", "closing", "Call back", "We'll call you back today.", "t", channels=("phone",))
CHAT = Phrase("t.chat", "closing", "Chat close", "Thanks for the chat today.", "t", channels=("chat",))
LIBRARY = Library(phrases=(REFUND, PROMISE, CALL, CHAT))
MONDAY_NINE = datetime(2026, 3, 2, 9, 0)  # a Monday inside the default working hours


class Clipboard:
    def __init__(self, fails: bool = False) -> None:
        self.texts: list[str] = []
        self._fails = fails

    def copy(self, text: str, html: str | None = None) -> None:
        if self._fails:
            raise RuntimeError("no display")
        self.texts.append(text)


class Complaints(NoComplaints):
    """A complaint source over plain values: what the flow needs of the GUI's ComplaintWatch."""

    def __init__(self, *complaints: Complaint) -> None:
        self.open = list(complaints)
        self.current_id = complaints[0].id if complaints else None
        self.copies: list[tuple[str, dict[str, str]]] = []

    def current(self) -> Complaint | None:
        return next((c for c in self.open if c.id == self.current_id), None)

    def open_complaints(self) -> list[Complaint]:
        return list(self.open)

    def switch(self, complaint_id: int) -> None:
        self.current_id = complaint_id

    def phrase_copied(self, phrase: Phrase, typed: Mapping[str, str], prefilled: Mapping[str, str]) -> None:
        self.copies.append((phrase.id, dict(typed)))


class Store(NoStore):
    """Remembers in memory what a copy asks the user store to keep."""

    def __init__(self) -> None:
        self.uses: list[tuple[str, str]] = []
        self.marks: list[tuple[str, str]] = []

    def queue_use(self, phrase_id: str, *, query_key: str = "") -> None:
        self.uses.append((phrase_id, query_key))

    def recency(self) -> Mapping[str, float]:
        return {phrase_id: 1.0 for phrase_id, _ in self.uses}

    def mark_worked(self, phrase_id: str, topic: str = "") -> int:
        self.marks.append((phrase_id, topic))
        return len(self.marks)

    def queue_mark_worked(self, phrase_id: str, topic: str = "", *, saved=None, given_up=None) -> None:  # type: ignore[no-untyped-def]
        self.mark_worked(phrase_id, topic)

    def worked_counts(self, topic: str | None = None) -> Mapping[str, int]:
        return {pid: sum(1 for p, t in self.marks if (p, t) == (pid, topic)) for pid, _ in self.marks}


def _complaint(complaint_id: int = 1, **fields: object) -> Complaint:
    return Complaint(complaint_id, datetime(2026, 3, 2, 8, 0, tzinfo=UTC), **fields)  # type: ignore[arg-type]


def _flow(complaints=None, store=None, clipboard=None, settings=None) -> PhraseFlow:
    return PhraseFlow(
        settings or Settings(agent_name="Sam", company="ACME"),
        clipboard or Clipboard(),
        LIBRARY,
        store or Store(),
        complaints or NoComplaints(),
        clock=lambda: MONDAY_NINE,
    )


def test_the_fill_rule_is_complaint_then_settings_then_form() -> None:
    complaints = Complaints(_complaint(customer="Ana", values={"order_number": "A-1", "company": "Shop"}))
    flow = _flow(complaints)
    assert flow.prefill()["customer_name"] == "Ana"
    assert flow.prefill()["company"] == "Shop"  # the complaint's own value before the settings'
    assert flow.prefill()["agent_name"] == "Sam"
    _fields, form = flow.fields(REFUND)  # the form starts from the prefill ...
    form.update(order_number="B-2", company="Mine")  # ... and what the agent types there has the last word
    assert flow.copy(REFUND, form) == "Hi Ana, B-2 refunded."


def test_no_complaint_fills_from_the_settings_and_the_form_alone() -> None:
    flow = _flow()
    assert flow.prefill() == {"agent_name": "Sam", "company": "ACME"}
    with pytest.raises(MissingValues):
        flow.copy(REFUND, {"order_number": "B-2"})  # no customer name anywhere: never copied silently


def test_promised_times_are_fields_computed_in_the_working_hours() -> None:
    flow = _flow()
    fields, values = flow.fields(PROMISE)
    assert [field.key for field in fields] == ["time+2h"]
    assert values["time+2h"] == "11:00"
    assert flow.copy(PROMISE, {}) == "I'll update you by 11:00."
    assert flow.copy(PROMISE, {"time+2h": "12:30"}) == "I'll update you by 12:30."


def test_a_copy_records_the_use_with_its_query_and_tells_the_complaint() -> None:
    store, complaints, clipboard = Store(), Complaints(_complaint(customer="Ana")), Clipboard()
    flow = _flow(complaints, store, clipboard)
    flow.copy(REFUND, {"customer_name": "Ana", "order_number": "B-2"}, query="Refund  money")
    assert clipboard.texts == ["Hi Ana, B-2 refunded."]
    assert store.uses == [("t.refund", query_key("money refund"))]  # the search memory's key of the words
    assert complaints.copies == [("t.refund", {"customer_name": "Ana", "order_number": "B-2"})]
    assert flow.boosts.recent == {"t.refund": 1.0}


def test_a_failing_clipboard_is_a_copy_error_and_records_nothing() -> None:
    store = Store()
    flow = _flow(store=store, clipboard=Clipboard(fails=True))
    with pytest.raises(CopyError, match="no display"):
        flow.copy(PROMISE, {})
    assert store.uses == []


def test_without_a_data_file_copies_work_and_marks_say_why_they_are_not_kept() -> None:
    flow = _flow(store=NoStore())
    assert flow.copy(PROMISE, {}) == "I'll update you by 11:00."
    assert not flow.is_favourite("t.promise")
    with pytest.raises(StoreError, match="could not open its data file"):
        flow.toggle_favourite("t.promise")
    with pytest.raises(StoreError):
        flow.mark_worked(PROMISE)
    assert flow.worked_boosts() == {}


def test_it_worked_marks_lift_a_phrase_for_the_complaints_topic() -> None:
    store = Store()
    flow = _flow(Complaints(_complaint(topic="late parcel")), store)
    assert flow.mark_worked(REFUND) == "late parcel"
    assert flow.worked_boosts() == {"t.refund": pytest.approx(1 / 3)}
    flow.mark_worked(REFUND)
    flow.mark_worked(REFUND)
    flow.mark_worked(REFUND)
    assert flow.worked_boosts() == {"t.refund": 1.0}  # full marks from the third on


def test_the_search_puts_the_complaints_channel_first() -> None:
    index = SearchIndex(LIBRARY.phrases)
    flow = _flow(Complaints(_complaint(channel="phone")))
    hits = flow.search(index, "", "closing", 10)
    assert [hit.phrase.id for hit in hits] == ["t.call", "t.chat"]
    flow = _flow(Complaints(_complaint(channel="chat")))
    assert [hit.phrase.id for hit in flow.search(index, "", "closing", 10)] == ["t.chat", "t.call"]


def test_the_repetition_warning_knows_what_went_to_this_customer() -> None:
    sent = (Copied("t.refund", datetime(2026, 3, 2, 8, 30, tzinfo=UTC)),)
    flow = _flow(Complaints(_complaint(customer="Ana", copied=sent)))
    repeat = flow.repeat_of(REFUND)
    assert repeat is not None
    assert repeat.same
    assert flow.repeat_of(PROMISE) is None
    assert _flow().repeat_of(REFUND) is None  # no complaint: nothing was sent to anyone


def test_switching_walks_the_open_complaints_round() -> None:
    complaints = Complaints(_complaint(1, customer="Ana"), _complaint(2, customer="Ben"))
    flow = _flow(complaints)
    assert flow.switch_complaint(1)
    assert complaints.current_id == 2
    assert flow.switch_complaint(1)
    assert complaints.current_id == 1
    assert flow.switch_complaint(-1)
    assert complaints.current_id == 2
    assert not _flow(Complaints(_complaint(1))).switch_complaint(1)  # nobody to switch to


def test_a_complaint_summary_tells_complaints_apart() -> None:
    complaint = _complaint(customer="Ana", channel="chat", topic="refund")
    assert complaint_summary(complaint) == "Ana · chat · refund"
    assert complaint_summary(_complaint(7)) == "#7"


def test_a_promise_is_written_in_the_phrase_language() -> None:
    """A Spanish phrase in a Spanish complaint promises "antes de las 11:00", not "11:00" in English."""
    spanish = Phrase("commitment.x", "commitment", "Le escribo", "Le escribo {{time+2h}}.", "p", lang="es")
    _fields, values = _flow().fields(spanish)
    assert values["time+2h"] == "antes de las 11:00"
    assert _flow().copy(spanish, {}) == "Le escribo antes de las 11:00."
