"""A phrase marked as having worked ranks higher for that kind of complaint, less than a favourite."""

from __future__ import annotations

from calmdesk.core.library import load_library
from calmdesk.core.search import Boosts, SearchIndex

LIBRARY = load_library()
INDEX = SearchIndex(LIBRARY.phrases, {k: c.label for k, c in LIBRARY.categories.items()})


def _ids(boosts: Boosts) -> list[str]:
    return [hit.phrase.id for hit in INDEX.search("sorry", limit=20, boosts=boosts)]


def test_a_worked_phrase_climbs() -> None:
    plain = _ids(Boosts())
    lower = plain[6]
    lifted = _ids(Boosts(worked={lower: 1.0}))
    assert lifted.index(lower) < plain.index(lower)
    assert set(lifted) == set(plain)  # a boost reorders; it never adds a phrase that does not match


def test_a_weak_mark_lifts_less_than_a_strong_one() -> None:
    plain = _ids(Boosts())
    lower = plain[6]
    weak = _ids(Boosts(worked={lower: 0.1})).index(lower)
    strong = _ids(Boosts(worked={lower: 1.0})).index(lower)
    assert strong <= weak
