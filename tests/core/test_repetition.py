"""The repetition guard: the same phrase, or one nearly identical in wording, sent twice in a complaint."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from calmdesk.core.complaint import Complaint, Copied
from calmdesk.core.library import load_library
from calmdesk.core.model import Phrase
from calmdesk.core.repetition import NEARLY_SAME, find_repeat, similarity, variant

START = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)
A = Phrase("t.wait-a", "wait", "Wait A", "Sorry for the wait, {{customer_name}}, thanks for hanging on.", "t")
B = Phrase(
    "t.wait-b", "wait", "Wait B", "Sorry for the wait {{customer_name}} and thanks for holding on!", "t"
)
C = Phrase("t.wait-c", "wait", "Wait C", "I'm checking with the warehouse now; back in two minutes.", "t")
D = Phrase("t.apology", "apology", "Apology", "I'm so sorry about this, it should never have happened.", "t")
LIBRARY = [A, B, C, D]
GET = {p.id: p for p in LIBRARY}.get


def _sent(*ids: str) -> Complaint:
    copies = tuple(Copied(pid, START + timedelta(minutes=n)) for n, pid in enumerate(ids, start=1))
    return Complaint(id=1, started=START, copied=copies)


def test_nothing_sent_yet_is_never_a_repeat() -> None:
    assert find_repeat(A, None, GET, LIBRARY) is None
    assert find_repeat(A, _sent(), GET, LIBRARY) is None
    assert find_repeat(A, _sent("t.apology"), GET, LIBRARY) is None


def test_the_same_phrase_again_is_a_repeat_with_a_variant_of_its_category() -> None:
    repeat = find_repeat(A, _sent("t.wait-a", "t.apology"), GET, LIBRARY)
    assert repeat is not None
    assert (repeat.same, repeat.earlier, repeat.at) == (True, "t.wait-a", START + timedelta(minutes=1))
    # B is a near copy of A and C is about something else (the warehouse): neither stands in for A.
    assert repeat.variant is None


def test_a_nearly_identical_wording_is_a_repeat_too() -> None:
    assert similarity(A.text, B.text) >= NEARLY_SAME
    assert similarity(A.text, C.text) < NEARLY_SAME
    repeat = find_repeat(B, _sent("t.wait-a"), GET, LIBRARY)
    assert repeat is not None
    assert (repeat.same, repeat.earlier) == (False, "t.wait-a")
    assert repeat.variant is None


def _builtin_variant(phrase_id: str) -> str | None:
    library = load_library()
    phrase = library.get(phrase_id)
    assert phrase is not None
    found = variant(phrase, _sent(phrase_id), library.phrases)
    return found.id if found else None


def test_a_variant_says_the_same_thing_not_just_something_of_the_same_category() -> None:
    assert _builtin_variant("apology.order-late") != "apology.sorry-for-the-wait"
    assert _builtin_variant("apology.sorry-for-the-wait") == "apology.long-hold"
    assert _builtin_variant("closing.warm-goodbye") is not None


def test_no_variant_when_the_category_is_used_up() -> None:
    assert variant(A, _sent("t.wait-a", "t.wait-c"), LIBRARY) is None
    repeat = find_repeat(C, _sent("t.wait-a", "t.wait-c"), GET, LIBRARY)
    assert repeat is not None
    assert repeat.variant is None


def test_builtin_phrases_are_not_near_copies_of_each_other() -> None:
    # A library whose phrases all warn about each other would make the guard noise.
    phrases = load_library().phrases
    close = [
        (a.id, b.id)
        for i, a in enumerate(phrases)
        for b in phrases[i + 1 :]
        if a.category == b.category and similarity(a.text, b.text) >= NEARLY_SAME
    ]
    assert close == []
