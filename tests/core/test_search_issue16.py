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


def _categories(query: str, count: int = 3) -> list[str]:
    return [hit.phrase.category for hit in INDEX.search(query, limit=count)]


def test_a_one_word_verdict_on_the_experience_finds_empathy() -> None:
    # "awful" found nothing at all (the second blind round); every word of its family now reaches the replies
    # that acknowledge it, while "awfully", an intensifier, still only lifts.
    for verdict in ("awful", "terrible", "horrible", "dreadful", "appalling"):
        assert {"empathy", "apology"} & set(_categories(verdict)), verdict
    assert "awfully" not in [t.word for t in terms_of("awfully sorry", LIBRARY.vocabulary) if not t.optional]


def test_a_second_to_look_something_up_is_a_wait() -> None:
    for query in ("give me a second to check", "one second", "i need to look something up", "look it up"):
        assert "wait" in _categories(query), query
    # "second" alone keeps its other meanings: a second chance is not a wait.
    assert "wait" not in _categories("second chance", 1)


def test_send_asks_for_what_is_sent() -> None:
    # "send me the details" put three public replies first ("send us a DM"); what is sent decides.
    assert _categories("send me the details", 1) == ["questions"]
    assert _categories("can you send details", 1) == ["questions"]
    assert "solution" in _categories("send a replacement")


def test_ending_a_chat_is_a_closing_unless_the_customer_is_abusive() -> None:
    # Boundary's "when" text said "end it politely", so "end" asked for a warning: "end of chat" put two
    # threats first. Only the behaviour asks for them now.
    assert _categories("end of chat", 1) == ["closing"]
    assert _categories("end the chat abusive customer", 1) == ["boundary"]
