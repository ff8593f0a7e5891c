"""Issue 16's search classes: one word of the phrase never answers two query words, a negated word means its
opposite even when it is also a name, a placeholder's default is the phrase's own words, and "problem" only
lifts."""

from __future__ import annotations

from calmdesk.core.library import load_library
from calmdesk.core.model import Phrase
from calmdesk.core.search import SearchIndex
from calmdesk.core.search.engine import terms_of
from calmdesk.core.search.vocabulary import builtin

LIBRARY = load_library()
INDEX = SearchIndex.for_library(LIBRARY)


def _top(query: str, count: int = 3) -> list[str]:
    return [hit.phrase.id for hit in INDEX.search(query, limit=count)]


def test_a_word_typed_is_not_also_what_another_typed_word_stands_for() -> None:
    # "patience" may mean "thanks"; typed beside "thanks", it must not: one "Thanks" in a title answered both
    # words and put "Thanks for honest feedback" first for "thanks patience".
    (_, patience) = terms_of("thanks patience", LIBRARY.vocabulary)
    assert "thanks" not in patience.alternates
    top = INDEX.search("thanks patience", limit=1)[0].phrase
    assert "patien" in (top.title + top.text).lower()


def test_a_negated_word_means_its_opposite_even_when_it_names_something() -> None:
    (_, promise, _) = terms_of("can't promise anything", LIBRARY.vocabulary)
    assert not promise.literal
    assert _top("can't promise anything", 1) == ["boundary.no-false-promises"]
    # Not negated, a promise is still a commitment, never first a boundary.
    promised = [hit.phrase.category for hit in INDEX.search("promise", limit=3)]
    assert "commitment" in promised
    assert promised[0] != "boundary"


def test_the_words_of_a_placeholder_default_are_searched() -> None:
    phrase = Phrase("t.slow", "apology", "Slow", "Sorry it took {{delay|a few days}}.", "test")
    other = Phrase("t.other", "apology", "Other", "Sorry about {{thing}}.", "test")
    index = SearchIndex([phrase, other])
    assert [hit.phrase.id for hit in index.search("few days")] == ["t.slow"]
    assert index.search("thing") == [] or index.search("thing")[0].partial


def test_problem_only_lifts_so_what_came_back_decides() -> None:
    assert set(_top("problem came back", 2)) == {"apology.happened-again", "empathy.had-to-come-back"}
    assert INDEX.search("problem", limit=1)  # alone it still finds something


def test_each_new_family_reaches_its_kind_of_reply() -> None:
    expected = {
        "thanks for letting us know": "ownership",
        "oops": "apology",
        "regret": "apology",
        "describe the problem": "questions",
        "let me find out": "wait",
        "done by tuesday": "commitment",
        "hand you over to a colleague": "escalation",
        "take care": "closing",
        "take care of it": "ownership",
    }
    found = {query: [INDEX.search(query, limit=3)[i].phrase.category for i in range(3)] for query in expected}
    assert {q: cats for q, cats in found.items() if expected[q] not in cats} == {}


def test_a_longer_form_of_a_name_stands_for_what_the_name_does() -> None:
    for word, meant in (("regrets", "regret"), ("embarrassment", "embarrassed"), ("sorrowfully", "sorrow")):
        (term,) = terms_of(word, LIBRARY.vocabulary)
        assert term.alternates == builtin().aliases[(meant,)], word
        assert INDEX.search(word, limit=1)[0].phrase.category == "apology", word
    # Short stems join words that only look alike: "serious" is no "serial".
    (serious,) = terms_of("serious", LIBRARY.vocabulary)
    assert serious.alternates == ()
