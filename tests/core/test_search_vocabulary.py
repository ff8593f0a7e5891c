"""Agents' own words: shorthand, names for things, spellings, word forms, negations, intent, and odd input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calmdesk.core.model import Phrase
from calmdesk.core.search import SearchIndex, has_words, terms_of
from calmdesk.core.search import vocabulary as vocab_module
from calmdesk.core.search.stemming import stem


def phrase(pid: str, category: str, title: str, text: str = "", tags: tuple[str, ...] = ()) -> Phrase:
    return Phrase(pid, category, title, text or f"{title}.", "test", tags)


LIBRARY = (
    phrase("apology", "apology", "Sorry for the delay", "I apologise for the wait.", ("late",)),
    phrase("thanks", "closing", "Thanks for your patience", "Thank you for waiting with me."),
    phrase("refund", "solution", "Refund on its way", "The refund reaches your card in 3 days."),
    phrase("manager", "escalation", "Bring in a supervisor", "A supervisor will join the chat now."),
    phrase("upset", "empathy", "I see you are upset", "I understand this is disappointing."),
    phrase("happy", "closing", "Happy to help", "I am happy I could help today."),
    phrase(
        "warning", "boundary", "Final warning", "If the abuse goes on I will end this chat.", ("abusive",)
    ),
    phrase("public", "public_reply", "Move it to a DM", "Please send us a private message.", ("twitter",)),
    phrase("colour", "solution", "Wrong colour sent", "We will swap the item for the right colour."),
)
HINTS = {
    "solution": "The customer wants their money back or a fix.",
    "empathy": "The customer is angry or upset; calm them.",
    "boundary": "The customer is abusive or swears.",
}


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(LIBRARY, category_hints=HINTS, on_request=["boundary"])


def top(index: SearchIndex, query: str) -> str | None:
    found = index.search(query)
    return found[0].phrase.id if found else None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sry", "apology"),
        ("sry for delay", "apology"),
        ("thx", "thanks"),
        ("ty for waiting", "thanks"),
        ("chargeback", "refund"),
        ("money back", "refund"),
        ("my boss", "manager"),
        ("team lead", "manager"),
        ("tweet", "public"),
        ("apologize", "apology"),
        ("apologising", "apology"),
        ("color", "colour"),
        ("not happy", "upset"),
    ],
)
def test_agents_words_find_the_reply(index: SearchIndex, query: str, expected: str) -> None:
    assert top(index, query) == expected


def test_a_negation_turns_the_word_around(index: SearchIndex) -> None:
    assert top(index, "happy") == "happy"
    assert "happy" not in [h.phrase.id for h in index.search("not happy")][:1]


def test_intensifiers_only_lift(index: SearchIndex) -> None:
    assert top(index, "really sorry") == "apology"
    assert [t.optional for t in terms_of("really sorry")] == [True, False]


def test_a_situation_finds_its_category_through_the_when_text(index: SearchIndex) -> None:
    found = index.search("calm an angry caller")
    assert found
    assert found[0].phrase.id == "upset"


def test_on_request_phrases_come_first_only_when_asked(index: SearchIndex) -> None:
    # "end" is in the warning's text only: a passing mention does not put a threat on top.
    assert top(index, "abusive") == "warning"
    hits = index.search("end chat now")
    assert hits
    assert all(h.phrase.id != "warning" for h in hits[:1]) or len(hits) == 1


def test_partial_matches_are_flagged_and_follow(index: SearchIndex) -> None:
    found = index.search("refund zqxv")
    assert found
    assert found[0].phrase.id == "refund"
    assert found[0].partial


@pytest.mark.parametrize("query", ["😀", "🔥🔥", "!!!", "\u200b", "→ ★"])
def test_a_query_without_words_browses(index: SearchIndex, query: str) -> None:
    assert not has_words(query)
    assert [h.phrase.id for h in index.search(query)] == [h.phrase.id for h in index.search("")]
    assert not any(h.partial for h in index.search(query))


def test_format_characters_inside_a_word_vanish(index: SearchIndex) -> None:
    assert top(index, "sor\u200bry") == "apology"
    assert top(index, "re\u00adfund") == "refund"
    assert top(index, "\ufeffrefund\u200d") == "refund"


@pytest.mark.parametrize(
    "group",
    [
        "apology apologies apologise apologize apologising apologizing",
        "cancel cancelled canceled cancellation",
        "behaviour behavior",
        "deliver delivery delivered deliveries",
        "escalate escalated escalation",
        "refund refunds refunded",
    ],
)
def test_word_forms_share_a_stem(group: str) -> None:
    assert len({stem(w) for w in group.split()}) == 1


def test_short_words_keep_apart() -> None:
    assert stem("four") != stem("for")
    assert stem("your") != stem("yours") or stem("your") == "your"


def test_the_shipped_vocabulary_is_clean() -> None:
    import tomllib
    from importlib.resources import files

    doc = tomllib.loads((files("calmdesk.resources") / vocab_module.RESOURCE).read_text(encoding="utf-8"))
    problems: list[object] = []
    found = vocab_module.parse(doc, "vocabulary.toml", problems)  # type: ignore[arg-type]
    assert problems == []
    assert ("sry",) in found.aliases
    assert ("money", "back") in found.aliases
    assert "not" in found.negations


def test_a_team_vocabulary_adds_entries(tmp_path: Path) -> None:
    extra = tmp_path / "vocabulary.toml"
    extra.write_text('version = 1\n[terms]\nzorgle = ["refund"]\n', encoding="utf-8")
    vocabulary, problems = vocab_module.load([extra])
    assert problems == []
    index = SearchIndex(LIBRARY, vocabulary=vocabulary)
    assert top(index, "zorgle") == "refund"


@pytest.mark.parametrize(
    "content",
    ["version = 2\n", "[terms]\nx = 3\n", "[terms\n", "[optional]\nfunction = 5\n", "terms = 1\n"],
)
def test_a_broken_team_vocabulary_is_reported_not_fatal(tmp_path: Path, content: str) -> None:
    extra = tmp_path / "vocabulary.toml"
    extra.write_text(content, encoding="utf-8")
    vocabulary, problems = vocab_module.load([extra])
    assert problems
    assert all(str(extra) in str(p) for p in problems)
    assert SearchIndex(LIBRARY, vocabulary=vocabulary).search("refund")


def test_a_half_typed_word_never_puts_a_threat_on_top(index: SearchIndex) -> None:
    # "disc" may become "disconnect" (a name for ending a chat): a guess never asks for a warning.
    hits = index.search("disc")
    assert not hits or hits[0].phrase.id != "warning"
    assert top(index, "twee") == "public"


def test_the_memory_key_ignores_order_form_and_filler() -> None:
    from calmdesk.core.search import query_key

    assert query_key("Refunds, sorry") == query_key("sorry refund ")
    assert query_key("the refund") == query_key("refund")
    assert query_key("😀") == ""


def test_a_learned_phrase_comes_first_for_the_same_words(index: SearchIndex) -> None:
    from calmdesk.core.search import Boosts

    plain = [h.phrase.id for h in index.search("delay refund")]
    assert len(plain) >= 2
    chosen = plain[-1]
    lifted = index.search("delay refund", boosts=Boosts(learned={chosen: 1.0}))
    assert lifted[0].phrase.id == chosen


def test_the_one_edit_check_agrees_with_rapidfuzz() -> None:
    import random

    from rapidfuzz.distance import OSA

    from calmdesk.core.search.query import _one_edit_apart

    rng = random.Random(7)
    for _ in range(5000):
        a = "".join(rng.choice("abc") for _ in range(rng.randint(0, 6)))
        b = "".join(rng.choice("abc") for _ in range(rng.randint(0, 6)))
        assert _one_edit_apart(a, b) == (OSA.distance(a, b) <= 1), (a, b)


def test_a_common_word_takes_no_typo_neighbours() -> None:
    library = (
        *(phrase(f"w{n}", "wait", f"Please wait {n}") for n in range(4)),
        phrase("wail", "empathy", "No need to wail"),
    )
    found = [h.phrase.id for h in SearchIndex(library).search("wait") if not h.partial]
    assert "wail" not in found
    assert len(found) == 4


_WORDS = [
    "not",
    "sry",
    "money back",
    "the",
    "really",
    "twee",
    "happy",
    "#",
    "😀",
    "\u200b",
    "refund",
    "u",
    "x",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=12)), max_size=20),
    st.sampled_from(["", " ", "!"]),
)
def test_any_mix_of_agents_words_and_noise_searches_cleanly(parts: list[str], end: str) -> None:
    query = " ".join(parts) + end
    index = _FUZZ_INDEX
    hits = index.search(query, limit=10)
    assert len(hits) <= 10
    flags = [hit.partial for hit in hits]
    assert flags == sorted(flags), "full matches come before partial ones"
    assert len({hit.phrase.id for hit in hits}) == len(hits)


_FUZZ_INDEX = SearchIndex(LIBRARY, category_hints=HINTS, on_request=["boundary"])
