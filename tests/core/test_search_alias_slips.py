"""A slip in a word only the vocabulary knows ("chargebak") still finds what the word stands for."""

from __future__ import annotations

import pytest

from calmdesk.core.model import Phrase
from calmdesk.core.search import SearchIndex
from calmdesk.core.search import vocabulary as vocab_module
from calmdesk.core.search.alias_slips import alias_slip


def phrase(pid: str, category: str, title: str, text: str) -> Phrase:
    return Phrase(pid, category, title, text, "test")


LIBRARY = (
    phrase("refund", "solution", "Refund on its way", "The refund reaches your card in 3 days."),
    phrase("later", "wait", "Back to you later", "I will write again later today."),
    phrase("hello", "listen", "Warm hello", "Hello, thanks for getting in touch."),
    phrase("closing", "closing", "Have a good evening", "Enjoy the rest of your evening."),
    phrase("parcel", "solution", "Parcel on its way", "Your parcel left our warehouse."),
)
# Words no phrase holds: only the vocabulary knows them.
VOCABULARY = vocab_module.parse(
    {
        "terms": {
            "chargeback": ["refund"],
            "luego": ["later"],
            "greet": ["hello"],
            "pakage": ["parcel"],
            "pakket": ["parcel"],
        }
    },
    "test",
    [],
)


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(LIBRARY, vocabulary=VOCABULARY)


def ids(index: SearchIndex, query: str) -> list[str]:
    return [hit.phrase.id for hit in index.search(query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("chargebak", "refund"),  # a dropped letter
        ("chargebakc ", "refund"),  # two slips in a long word, finished
        ("lugo", "later"),  # a dropped letter in a short word
        ("leugo", "later"),  # swapped letters
        ("lueggo", "later"),  # a doubled letter
        ("refund chargebak", "refund"),  # beside a word the phrases hold
    ],
)
def test_a_slip_in_a_vocabulary_word_finds_what_it_stands_for(
    index: SearchIndex, query: str, expected: str
) -> None:
    assert ids(index, query)[:1] == [expected]


@pytest.mark.parametrize(
    "query",
    [
        "great",  # a real word one changed letter from "greet": not taken for it
        "luegp",  # likewise a changed letter in a five-letter word
        "page",  # and one from nothing near enough
        "gre",  # too short to guess
        "xyzzy",  # nothing near
    ],
)
def test_a_real_word_or_a_short_one_is_not_taken_for_a_vocabulary_word(
    index: SearchIndex, query: str
) -> None:
    assert not {"hello", "later"} & set(ids(index, query + " "))  # typed to the end
    assert alias_slip(query, VOCABULARY) == ()


def test_a_word_the_phrases_hold_is_never_read_as_a_slip(index: SearchIndex) -> None:
    # "evening" is in a phrase: it is searched as itself, whatever vocabulary word looks like it.
    assert ids(index, "evening") == ["closing"]


def test_equally_near_vocabulary_words_all_count() -> None:
    assert set(alias_slip("pakkage", VOCABULARY)) == {"parcel"}  # one edit from "pakage", two from "pakket"
    assert alias_slip("greets", VOCABULARY) == ("hello",)  # an added letter, even in a short word
