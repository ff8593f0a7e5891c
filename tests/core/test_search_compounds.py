"""A word written together with another ("Zeitrahmen") that the search knows nothing of: the known word
inside it, as a guess, so the list is not empty."""

from __future__ import annotations

import pytest

from calmdesk.core.model import Phrase
from calmdesk.core.search import SearchIndex
from calmdesk.core.search.compounds import known_part


def phrase(pid: str, category: str, title: str) -> Phrase:
    return Phrase(pid, category, title, f"{title}.", "test", (), lang="de")


LIBRARY = (
    phrase("time", "listen", "Nehmen Sie sich Zeit"),
    phrase("delivery", "commitment", "So geht es mit der Lieferung weiter"),
    phrase("late", "apology", "Ihre Bestellung kam zu spät"),
)


@pytest.mark.parametrize(
    ("word", "part"),
    [
        ("zeitrahmen", "zeit"),  # the only known part, at the start
        ("lieferzeit", "zeit"),  # at the end
        ("lieferungszeit", "lieferung"),  # the longest known part
        ("zeit", None),  # the word itself is no part of it
        ("xzeit", None),  # one letter beside it is a slip, not a word
        ("rahmen", None),
    ],
)
def test_the_known_part_of_a_word_written_together(word: str, part: str | None) -> None:
    assert known_part(word, {"zeit", "lieferung"}) == part


@pytest.mark.parametrize("vectorised", [False, True], ids=["plain", "arrays"])
def test_a_compound_no_word_of_the_library_relates_to_finds_its_known_part(vectorised: bool) -> None:
    index = SearchIndex(LIBRARY, languages=("de",), vectorised=vectorised)
    found = index.search("Zeitrahmen")
    assert [hit.phrase.id for hit in found] == ["time"]  # before: nothing at all


def test_beside_a_word_that_matched_a_compound_guesses_nothing() -> None:
    index = SearchIndex(LIBRARY, languages=("de",))
    found = [hit.phrase.id for hit in index.search("Zeitrahmen Lieferung")]
    assert found[:1] == ["delivery"]
    assert "time" not in found


def test_a_language_that_writes_compounds_apart_guesses_no_part() -> None:
    english = tuple(Phrase(p.id, p.category, p.title, p.text, "test", ()) for p in LIBRARY)
    assert SearchIndex(english, languages=("en",)).search("Zeitrahmen") == []
