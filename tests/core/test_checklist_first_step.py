"""A complaint just started shows no warnings first: step 1 offers an opening, not a boundary."""

from __future__ import annotations

from datetime import UTC, datetime

from calmdesk.core.complaint import Complaint, next_step, phrases_for_step
from calmdesk.core.library import load_library
from calmdesk.core.search import Boosts, SearchIndex


def test_the_first_step_of_a_fresh_complaint_puts_no_boundary_phrase_on_top() -> None:
    library = load_library()
    fresh = Complaint(id=1, started=datetime(2026, 12, 2, 15, 0, tzinfo=UTC), customer="Tom", anger=5)
    step = next(s for s in library.checklist if s.key == next_step(fresh))
    labels = {key: c.label for key, c in library.categories.items()}
    index = SearchIndex(library.phrases, labels)
    # The picker opened with no query while this step is current (what an agent sees first).
    browsed = index.search("", limit=10, boosts=Boosts(step_categories=frozenset(step.categories)))
    assert [h.phrase.category for h in browsed].count("boundary") == 0, [h.phrase.id for h in browsed]
    # The checklist panel's phrase list for the step.
    offered = phrases_for_step(library.phrases, step, "chat")[:5]
    assert offered, "step 1 offers an opening line to send"
    assert all(p.category != "boundary" for p in offered), [p.id for p in offered]
