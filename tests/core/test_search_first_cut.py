"""One query on a huge library is answered from a first cut of it: the same best phrases, at a fraction of
the cost of indexing every phrase (issue 15, point 12: every `calmdesk search` took 10 s after an import of
300,000 rows)."""

from __future__ import annotations

import random

import pytest

from calmdesk.core.library import load_library
from calmdesk.core.model import CATEGORY_KEYS, Phrase
from calmdesk.core.search import SearchIndex
from calmdesk.core.search import engine as search_engine
from calmdesk.core.search.first_cut import first_cut
from calmdesk.core.search.vocabulary import builtin

WORDS = [
    "sorry",
    "order",
    "refund",
    "delivery",
    "parcel",
    "wait",
    "check",
    "update",
    "account",
    "invoice",
    "payment",
    "manager",
    "help",
    "thanks",
    "please",
    "today",
    "tomorrow",
    "soon",
    "late",
    "damaged",
    "replacement",
    "voucher",
    "team",
    "colleague",
    "call",
    "email",
    "follow",
    "issue",
    "fix",
    "courier",
]
FILLER = [
    "the",
    "a",
    "to",
    "for",
    "your",
    "you",
    "we",
    "our",
    "it",
    "is",
    "this",
    "that",
    "and",
    "with",
    "on",
    "in",
    "of",
    "be",
    "will",
    "have",
    "can",
]


def imported(size: int) -> list[Phrase]:
    """Rows as a bulk import makes them: three topic words and a number for a title, a short text."""
    rng = random.Random(12)
    return [
        Phrase(
            f"user.{n}",
            rng.choice(CATEGORY_KEYS),
            " ".join(rng.choice(WORDS) for _ in range(3)).capitalize() + f" {n}",
            " ".join(rng.choice(WORDS + FILLER * 2) for _ in range(rng.randint(8, 30))).capitalize() + ".",
            "user",
        )
        for n in range(size)
    ]


class Huge:
    """A library as SearchIndex.for_library reads it, around the imported rows."""

    def __init__(self, phrases: list[Phrase]) -> None:
        library = load_library()
        self.phrases = tuple(phrases)
        self.categories = library.categories
        self.vocabulary = library.vocabulary
        self.language = "en"
        self.versions = self.phrases


@pytest.fixture(scope="module")
def huge() -> Huge:
    return Huge(imported(2500))


@pytest.fixture(scope="module")
def whole(huge: Huge) -> SearchIndex:
    return SearchIndex.for_library(huge)


QUERIES = ("refund", "sorry late delivery", "refnd", "manger", "voucher for the damaged parcel", "follow up")


@pytest.mark.parametrize("query", QUERIES)
def test_the_first_cut_finds_what_the_whole_index_puts_first(
    huge: Huge, whole: SearchIndex, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    best = [h.phrase.id for h in whole.search(query, limit=3)]
    monkeypatch.setattr(search_engine, "FIRST_CUT_MIN", 1000)
    monkeypatch.setattr("calmdesk.core.search.first_cut.FIRST_CUT_SIZE", 300)
    index = SearchIndex.for_query(huge, query)
    assert len(index) == 300
    assert [h.phrase.id for h in index.search(query, limit=3)] == best, query


def test_the_first_cut_is_capped_and_keeps_library_order(huge: Huge) -> None:
    cut = first_cut(huge.phrases, "sorry refund", builtin(), size=300)
    assert len(cut) == 300
    numbers = [int(p.id.split(".")[1]) for p in cut]
    assert numbers == sorted(numbers)
    assert all("sor" in (p.title + p.text).lower() or "ref" in (p.title + p.text).lower() for p in cut)


def test_a_small_library_is_indexed_whole() -> None:
    phrases = imported(50)
    assert first_cut(phrases, "refund", builtin(), size=100) == phrases
    library = Huge(phrases)
    assert len(SearchIndex.for_query(library, "refund")) == 50
