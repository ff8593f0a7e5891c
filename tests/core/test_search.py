"""Behaviour of the phrase search: matching rules, ranking, boosts, the empty query and hostile input."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from calmdesk.core.model import CATEGORY_KEYS, Phrase
from calmdesk.core.search import MAX_QUERY_CHARS, Boosts, Hit, SearchIndex
from calmdesk.core.search import pool as search_pool
from calmdesk.core.search import wordmatch as search_words


def phrase(pid: str, category: str, title: str, text: str = "", tags: tuple[str, ...] = ()) -> Phrase:
    return Phrase(pid, category, title, text or f"{title}.", "test", tags)


LIBRARY = (
    phrase(
        "wait.hold", "wait", "Thanks for holding", "I am still checking with the warehouse.", ("hold on",)
    ),
    phrase("apology.sorry", "apology", "Sorry for the trouble", "I am so sorry about the broken parcel."),
    phrase("apology.formal", "apology", "Formal apology", "Please accept our apology for the delay."),
    phrase("empathy.patience", "empathy", "Thank you for your patience", "You have been very patient."),
    phrase("solution.refund", "solution", "Refund on its way", "The refund reaches your card in 3 days."),
    phrase("escalation.manager", "escalation", "Bring in a manager", "A manager will join the chat now."),
    phrase("closing.bye", "closing", "Warm goodbye", "Have a lovely evening, and take care."),
    phrase("commitment.cafe", "commitment", "Call back from the café", "Désolé: we call you back tomorrow."),
    phrase("boundary.language", "boundary", "Ask to stop swearing", "I want to help, please keep it civil."),
)
LABELS = {"wait": "Wait notice", "apology": "Apology", "follow_up": "Follow-up"}


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(LIBRARY, LABELS)


def ids(hits: list[Hit]) -> list[str]:
    return [hit.phrase.id for hit in hits]


def full(hits: list[Hit]) -> list[str]:
    """The phrases matching every required word (partial matches follow them, flagged)."""
    assert all(not h.partial for h in hits[: len([h for h in hits if not h.partial])]), "partials come last"
    return [hit.phrase.id for hit in hits if not hit.partial]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("apolgy", "apology.formal"),
        ("patiense", "empathy.patience"),
        ("refnd", "solution.refund"),
        ("manger", "escalation.manager"),
        ("swaering", "boundary.language"),
    ],
)
def test_typos_find_the_intended_phrase(index: SearchIndex, query: str, expected: str) -> None:
    assert ids(index.search(query))[0] == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("apo", "apology.formal"),
        ("refu", "solution.refund"),
        ("mana", "escalation.manager"),
        ("goo", "closing.bye"),
    ],
)
def test_the_last_word_is_a_prefix(index: SearchIndex, query: str, expected: str) -> None:
    assert ids(index.search(query))[0] == expected


def test_an_earlier_word_must_be_whole_or_a_longer_start(index: SearchIndex) -> None:
    # "ma" before a space is finished, so it is no prefix of "manager"; "mana" (three letters or more) is.
    assert full(index.search("ma chat")) == []
    assert full(index.search("mana chat")) == ["escalation.manager"]


def test_case_and_accents_do_not_matter(index: SearchIndex) -> None:
    assert ids(index.search("DESOLE")) == ["commitment.cafe"]
    assert ids(index.search("désolé")) == ["commitment.cafe"]
    assert ids(index.search("Cafe")) == ids(index.search("CAFÉ"))
    assert ids(index.search("CAFÉ"))[0] == "commitment.cafe"  # then "care", one typo away


def test_every_word_must_match_somewhere(index: SearchIndex) -> None:
    assert full(index.search("sorry parcel")) == ["apology.sorry"]
    assert full(index.search("sorry manager")) == []
    # Title, body, tags and category label all count as "somewhere".
    assert full(index.search("hold warehouse")) == ["wait.hold"]
    assert full(index.search("notice checking")) == ["wait.hold"]


def test_a_word_that_matches_nothing_leaves_partial_matches(index: SearchIndex) -> None:
    found = index.search("sorry xylophone")
    assert found
    assert all(hit.partial for hit in found)
    assert found[0].phrase.id == "apology.sorry"


def test_partial_matches_follow_full_ones_rarer_words_first(index: SearchIndex) -> None:
    found = index.search("sorry manager")
    assert found
    assert all(hit.partial for hit in found)
    assert {"apology.sorry", "escalation.manager"} <= set(ids(found))


def test_a_query_with_nothing_related_finds_nothing(index: SearchIndex) -> None:
    assert index.search("xylophone zqxv") == []


def test_whole_word_beats_prefix_beats_typo() -> None:
    library = (
        phrase("typo", "solution", "Refind the order"),  # one edit from "refund"
        phrase("prefix", "solution", "Refunds explained"),
        phrase("exact", "solution", "Refund"),
    )
    found = SearchIndex(library).search("refund")
    assert ids(found) == ["exact", "prefix", "typo"]
    assert found[0].score > found[1].score > found[2].score


def test_title_and_tags_weigh_more_than_body() -> None:
    library = (
        phrase("body", "solution", "Money back", "We send the refund today."),
        phrase("tag", "solution", "Money back soon", tags=("refund",)),
        phrase("title", "solution", "Refund today"),
    )
    found = ids(SearchIndex(library).search("refund"))
    assert found.index("tag") < found.index("body")
    assert found.index("title") < found.index("body")


def test_shorter_completion_first(index: SearchIndex) -> None:
    library = (phrase("long", "closing", "Glad it's sorted"), phrase("short", "apology", "Sorry"))
    assert ids(SearchIndex(library).search("sor")) == ["short", "long"]


def test_stems_and_plurals(index: SearchIndex) -> None:
    assert ids(index.search("refunds"))[0] == "solution.refund"
    assert ids(index.search("apologies"))[0] == "apology.formal"


def test_category_filter(index: SearchIndex) -> None:
    assert ids(index.search("sorry", category="apology")) == ["apology.sorry"]
    assert index.search("sorry", category="closing") == []
    assert index.search("sorry", category="no-such-category") == []
    assert {h.phrase.category for h in index.search("", category="apology")} == {"apology"}


def test_boosts_order_equal_matches() -> None:
    library = tuple(phrase(f"p{n}", "wait" if n < 3 else "apology", f"Sorry number {n}") for n in range(6))
    plain = ids(SearchIndex(library).search("sorry"))
    assert plain == ["p0", "p1", "p2", "p3", "p4", "p5"]  # ties keep library order
    boosts = Boosts(
        favourites=frozenset({"p4"}),
        recent={"p2": 1.0, "p1": 0.9},
        step_categories=frozenset({"apology"}),
    )
    # favourite (and step), then most recent, then the step's categories, then the rest.
    assert ids(SearchIndex(library).search("sorry", boosts=boosts)) == ["p4", "p2", "p1", "p3", "p5", "p0"]


def test_boosts_do_not_beat_a_much_better_match() -> None:
    library = (phrase("exact", "solution", "Refund"), phrase("typo", "solution", "Refind in the body text"))
    boosts = Boosts(favourites=frozenset({"typo"}), recent={"typo": 1.0})
    assert ids(SearchIndex(library).search("refund", boosts=boosts)) == ["exact", "typo"]


def in_conversation_order(phrases: Iterable[Phrase]) -> list[str]:
    """Category order of the checklist flow, library order within a category."""
    listed = list(phrases)
    return [p.id for p in sorted(listed, key=lambda p: (CATEGORY_KEYS.index(p.category), listed.index(p)))]


def test_empty_query_lists_favourites_then_recent_then_conversation_order(index: SearchIndex) -> None:
    boosts = Boosts(
        favourites=frozenset({"closing.bye", "apology.formal"}),
        recent={"solution.refund": 0.2, "wait.hold": 0.9, "closing.bye": 1.0, "gone.phrase": 1.0},
    )
    found = ids(index.search("", boosts=boosts))
    assert found[:4] == ["apology.formal", "closing.bye", "wait.hold", "solution.refund"]
    assert found[4:] == [i for i in in_conversation_order(LIBRARY) if i not in found[:4]]
    assert ids(index.search("   ")) == in_conversation_order(LIBRARY)
    assert ids(index.search("", category="apology")) == ["apology.sorry", "apology.formal"]


def test_empty_query_puts_the_active_steps_phrases_before_the_rest(index: SearchIndex) -> None:
    boosts = Boosts(recent={"wait.hold": 1.0}, step_categories=frozenset({"solution", "escalation"}))
    found = ids(index.search("", boosts=boosts, limit=3))
    assert found == ["wait.hold", "solution.refund", "escalation.manager"]


@pytest.mark.parametrize("limit", [0, 1, 3, 100])
def test_limit(index: SearchIndex, limit: int) -> None:
    assert len(index.search("", limit=limit)) == min(limit, len(LIBRARY))
    assert len(index.search("a", limit=limit)) <= limit


@pytest.mark.parametrize(
    "query",
    [
        "",
        " \t\n ",
        "😡😡😡 sorry 🙏",
        "\u202eyrros\u202c",  # right-to-left override
        "שלום עליכם",
        "مرحبا",
        "e\u0301\u0301\u0301",  # stacked combining marks
        "\x00\x07\x1b[31m sorry",
        "\ud800 lone surrogate",
        "x" * 100_000,
        "sorry " * 10_000,
        " ".join(f"w{n}" for n in range(500)),
        "((([[[***+?\\",
    ],
)
def test_odd_queries_never_raise(index: SearchIndex, query: str) -> None:
    found = index.search(query)
    assert isinstance(found, list)
    assert all(isinstance(hit, Hit) for hit in found)


def test_long_query_is_cut(index: SearchIndex) -> None:
    # Everything past MAX_QUERY_CHARS is ignored, so a word placed there cannot rule phrases out.
    padding = "sorry " * (MAX_QUERY_CHARS // 6 + 1)
    assert ids(index.search(padding + "xylophone")) == ids(index.search(padding))


def test_duplicate_phrase_ids_keep_the_first_for_boosts() -> None:
    library = (phrase("same", "wait", "Sorry one"), phrase("other", "wait", "Sorry two"))
    assert ids(SearchIndex(library).search("sorry", boosts=Boosts(favourites=frozenset({"other"})))) == [
        "other",
        "same",
    ]


def test_default_category_label_is_searchable() -> None:
    library = (phrase("f", "follow_up", "Checking in"), phrase("c", "closing", "Checking out"))
    assert full(SearchIndex(library).search("follow check")) == ["f"]


@pytest.mark.parametrize(
    "query",
    ["sorry", "so", "s", "refund", "ref", "apolgy", "thanks hold", "sorry trouble", "patiense", "a"],
)
def test_large_library_paths_agree_with_full_scoring(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    """The text checks and tier sampling used for big libraries rank like materialised scores do."""
    expected = [(h.phrase.id, round(h.score, 6)) for h in index.search(query) if not h.partial]
    monkeypatch.setattr(search_words, "SMALL_POSTINGS", 0)
    monkeypatch.setattr(search_words, "SET_POSTINGS", 0)
    monkeypatch.setattr(search_pool, "SCORE_ALL", 0)
    big = SearchIndex(LIBRARY, LABELS)
    assert [(h.phrase.id, round(h.score, 6)) for h in big.search(query) if not h.partial] == expected


def test_function_words_only_lift(index: SearchIndex) -> None:
    # "with" is nowhere in apology.sorry, yet the phrase still matches; where present, "with" lifts a phrase.
    assert ids(index.search("sorry with parcel")) == ["apology.sorry"]
    assert ids(index.search("customer sorry parcel")) == ["apology.sorry"]
    lifted = SearchIndex((phrase("plain", "wait", "Checking"), phrase("with", "wait", "Checking with them")))
    assert ids(lifted.search("checking with ")) == ["with", "plain"]


@pytest.mark.parametrize(
    "query", ["cusotmer swearing", "custmer swearing", "swearing cust", "clinet swearing"]
)
def test_misspelt_or_half_typed_optional_nouns_stay_optional(index: SearchIndex, query: str) -> None:
    assert ids(index.search(query)) == ["boundary.language"]


def test_only_the_optional_nouns_forgive_typos() -> None:
    # "three" is one swap from "there", a function word: it must still rule phrases out.
    library = (
        phrase("days", "commitment", "Within three days"),
        phrase("week", "commitment", "Within a week"),
    )
    assert full(SearchIndex(library).search("three within")) == ["days"]


def test_a_query_of_function_words_must_still_match(index: SearchIndex) -> None:
    assert ids(index.search("with ")) == ["wait.hold"]


def test_a_typo_prefers_the_common_word() -> None:
    library = (
        phrase("story", "listen", "Tell me the story"),
        *(phrase(f"sorry{n}", "apology", f"Sorry, case {n}") for n in range(3)),
    )
    assert ids(SearchIndex(library).search("soory"))[:3] == ["sorry0", "sorry1", "sorry2"]


def test_title_edges_out_tags() -> None:
    library = (
        phrase("tag", "solution", "Money back", tags=("refund",)),
        phrase("title", "solution", "Refund"),
    )
    assert ids(SearchIndex(library).search("refund")) == ["title", "tag"]


def test_a_word_in_two_fields_ranks_higher() -> None:
    library = (
        phrase("once", "solution", "Money back", "We pay it today.", ("refund",)),
        phrase("twice", "solution", "Money back", "The refund goes out today.", ("refund",)),
    )
    index = SearchIndex(library)
    assert ids(index.search("refund")) == ["twice", "once"]
    assert ids(index.search("refu")) == ["twice", "once"]


def test_large_library_still_surfaces_the_best_and_boosted_phrases() -> None:
    """Past the score-everything threshold the pool is sampled; the strongest matches must survive it."""
    filler = [
        phrase(f"f{n}", "wait", f"Refunds batch {n}", "We are checking the refunds.") for n in range(4000)
    ]
    library = (*filler, phrase("exact", "solution", "Refund"), phrase("fav", "closing", "Refunds at the end"))
    index = SearchIndex(library)
    boosts = Boosts(favourites=frozenset({"fav"}), step_categories=frozenset({"solution"}))
    found = ids(index.search("refund", limit=5))
    assert found[0] == "exact"  # whole word in a title, last in library order
    assert found[1:] == ["f0", "f1", "f2", "f3"]
    # The favourite matches like the 4,000 others and sits last in the library: the boost still lifts it.
    assert ids(index.search("refund", limit=5, boosts=boosts))[:2] == ["exact", "fav"]
    assert ids(index.search("refu", limit=3, category="closing")) == ["fav"]
