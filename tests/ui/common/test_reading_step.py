"""With a customer's message read and no complaint open, the checklist step that answers it ranks next."""

from __future__ import annotations

from calmdesk.core.library import load_library
from calmdesk.core.reading import builtin_knowledge, read_message
from calmdesk.core.reading.for_reply import Offered, read_offered
from calmdesk.core.search import SearchIndex
from calmdesk.store.settings import Settings
from calmdesk.ui.common.phrase_flow import NoComplaints, NoStore, PhraseFlow

FURIOUS = "This is disgusting. Third time I write and my parcel is still not here."


class _Clip:
    def copy(self, text: str, html: str | None = None) -> None:
        """Nothing is copied here."""


class _Open(NoComplaints):
    """A complaint is open: its own step leads, whatever the message."""

    def current(self):  # type: ignore[no-untyped-def]
        from calmdesk.core.complaint import Complaint
        from calmdesk.store.transactions import now

        return Complaint(id=1, started=now(), customer="Ana")

    def step_categories(self) -> frozenset[str]:
        return frozenset({"closing"})


def _first_categories(flow: PhraseFlow, index: SearchIndex, count: int = 6) -> set[str]:
    return {hit.phrase.category for hit in flow.search(index, "", None, 40)[:count]}


def test_the_answering_steps_phrases_come_after_the_answers_while_no_complaint_is_open() -> None:
    library = load_library()
    index = SearchIndex.for_library(library)
    outcome = read_offered([Offered(FURIOUS)], {p.id for p in library.phrases}, builtin_knowledge())
    assert outcome.step == "empathize"
    flow = PhraseFlow(Settings(), _Clip(), library, NoStore(), NoComplaints())
    assert _first_categories(flow, index) == {"listen"}  # no message: the conversation's order
    flow.set_reading(outcome.reading, (), outcome.step)
    assert _first_categories(flow, index) == {"empathy"}
    flow.set_reading(None)
    assert _first_categories(flow, index) == {"listen"}


def test_an_open_complaints_step_wins_over_the_messages() -> None:
    library = load_library()
    index = SearchIndex.for_library(library)
    flow = PhraseFlow(Settings(), _Clip(), library, NoStore(), _Open())
    flow.refresh_boosts()
    flow.set_reading(read_message(FURIOUS), (), "empathize")
    assert _first_categories(flow, index) == {"closing"}
