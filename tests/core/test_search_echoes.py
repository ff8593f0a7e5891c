"""Two ways a vocabulary entry misled the search: a shorthand restating a typed word, and a meaning of
several words ("e-mail", "week-end", "message privé") that matched any one of them."""

from __future__ import annotations

import pytest

from calmdesk.core.model import Phrase
from calmdesk.core.search import SearchIndex, terms_of
from calmdesk.core.search import vocabulary as vocab_module


def phrase(pid: str, category: str, title: str, text: str = "") -> Phrase:
    return Phrase(pid, category, title, text or f"{title}.", "test", ())


LIBRARY = (
    phrase("sorry", "apology", "Sorry for the wait", "Thank you for waiting with me."),
    phrase("thanks", "closing", "Thanks for your patience", "Thank you for waiting."),
    phrase("device", "questions", "Aparelho e versão", "Qual aparelho e qual versão você usa?"),
    phrase("account-email", "questions", "E-mail da conta", "Qual é o e-mail da sua conta?"),
    phrase("weekend", "closing", "Bon week-end", "Je vous souhaite un bon week-end."),
    phrase("end-chat", "boundary", "End the chat", "I will end this chat now."),
)
WORDS = vocab_module.parse(
    {
        "shorthand": {"sry": ["sorry"], "thx": ["thanks"], "ty": ["thanks"]},
        "terms": {"senha": ["e-mail"], "vacances": ["week-end"]},
    },
    "test",
    [],
)


@pytest.fixture(scope="module", params=[False, True], ids=["plain", "arrays"])
def index(request: pytest.FixtureRequest) -> SearchIndex:
    return SearchIndex(LIBRARY, vocabulary=WORDS, vectorised=request.param)


@pytest.mark.parametrize("query", ["sry sorry", "sorry sry", "ty thanks", "thx ty"])
def test_a_shorthand_beside_the_word_it_stands_for_is_one_ask_not_a_missing_word(
    index: SearchIndex, query: str
) -> None:
    found = index.search(query, limit=2)
    assert found, query
    assert not found[0].partial, query  # before: "sry" kept as a word of its own that no phrase holds
    assert found[0].phrase.id == ("sorry" if "sorry" in query else "thanks")


def test_a_second_shorthand_for_the_same_word_does_not_ask_for_it_twice() -> None:
    terms = {t.word: t for t in terms_of("thx ty", WORDS)}
    assert terms["thx"].alternates == ("thanks",)
    assert terms["ty"].alternates == ()
    assert terms["ty"].optional  # it only lifts: "thx" asks for the thanks already


def test_a_meaning_of_several_words_stays_whole() -> None:
    assert WORDS.aliases[("senha",)] == ("e mail",)


@pytest.mark.parametrize(
    ("query", "wanted", "never"),
    [("senha", "account-email", "device"), ("vacances", "weekend", "end-chat")],
)
def test_a_meaning_of_several_words_finds_them_side_by_side_only(
    index: SearchIndex, query: str, wanted: str, never: str
) -> None:
    found = [hit.phrase.id for hit in index.search(query)]
    assert found[0] == wanted
    assert never not in found  # before: "e" (Portuguese "and") and "end" were each enough


def test_a_name_of_several_words_still_finds_itself_as_typed() -> None:
    """ "partial refund" stands for "partial" or "refund"; the phrase saying both, side by side, is it."""
    library = (
        phrase("refund", "solution", "Refund if they prefer", "I can refund you today."),
        phrase("partial", "compensation", "Partial refund as goodwill", "Keep it, with a partial refund."),
    )
    words = vocab_module.parse({"terms": {"partial refund": ["partial", "refund"]}}, "test", [])
    for vectorised in (False, True):
        index = SearchIndex(library, vocabulary=words, vectorised=vectorised)
        assert [hit.phrase.id for hit in index.search("partial refund")] == ["partial", "refund"]


# Two names that each stand for the other ("money back" means "refund", and "refund" typed last may be the
# start of the name "refundable"): each restated the other, both only lifted, nothing was asked for, and the
# pool's text scan failed on an empty list of words (an IndexError on a plain query).
ECHOING = vocab_module.parse({"terms": {"money back": ["refund"], "refundable": ["refund"]}}, "test", [])
REFUNDS = (
    phrase("refund", "solution", "Refund if you prefer", "I can refund the full amount."),
    phrase("wait", "wait", "One moment please", "Let me check that."),
)


@pytest.mark.parametrize("vectorised", [False, True], ids=["plain", "arrays"])
@pytest.mark.parametrize("query", ["money back refund", "money back refun"])
def test_names_that_restate_each_other_still_ask_for_one_of_them(vectorised: bool, query: str) -> None:
    assert any(not term.optional for term in terms_of(query, ECHOING))
    found = SearchIndex(REFUNDS, vocabulary=ECHOING, vectorised=vectorised).search(query)
    assert [hit.phrase.id for hit in found] == ["refund"]
    assert not found[0].partial
