"""The built-in phrases keep to the checklist's own advice: no "calm down" in other words, no cutting in,
no sarcasm, no echo of the same wording, one spelling per language."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from calmdesk.core import placeholders
from calmdesk.core.library import Library, load_library


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


def _shown_text(library: Library) -> Iterator[tuple[str, str]]:
    """Every piece of built-in text an agent reads or copies, with where it comes from (keys and tags
    are left out: keys are stable identifiers and tags hold both spellings on purpose, for search)."""
    for phrase in library.phrases:
        yield phrase.id, phrase.title
        yield phrase.id, phrase.text
    for category in library.categories.values():
        yield f"category {category.key}", f"{category.label} {category.description}"
    for step in library.checklist:
        yield f"step {step.key}", " ".join([step.title, step.goal, *step.do])
        for dont in step.dont:
            yield f"step {step.key}", f"{dont.avoid} {dont.say}"


# The checklist's don'ts, as the words that break them. Each would make an angry customer angrier.
BREAKS_THE_CHECKLIST = {
    r"\bcalm(ly|er| down)\b": "telling them to calm down, in any words",
    r"\btake a (deep )?breath\b": "telling them to calm down",
    r"\brelax\b": "telling them to calm down",
    r"\bstop you\b": "interrupting",
    r"\bone more (go|try)\b": "asking for another attempt after they asked for a manager",
    r"\bsorry (if|that) you feel\b": "an apology that hands the problem back",
    r"\bnot our fault\b": "defending the company",
    r"\bI know exactly how you feel\b": "a stock line",
}


def test_no_phrase_breaks_the_checklists_donts(library: Library) -> None:
    broken = [
        f"{phrase.id}: {why}"
        for phrase in library.phrases
        for pattern, why in BREAKS_THE_CHECKLIST.items()
        if re.search(pattern, phrase.text, re.IGNORECASE)  # the words copied (a title is for the agent)
    ]
    assert broken == []


# Wording that echoes when a few phrases are pasted into one conversation: how many phrases may use it.
ECHOES = {
    r"\bsort(ed|ing)?\b( it| this| that)?( out)?": 2,
    r"\b(won't|don't|not) (need|have) to (repeat|explain|start)"
    r"|\brepeat yourself|\bstart (over|from scratch)": 3,
}


@pytest.mark.parametrize(("pattern", "most"), ECHOES.items())
def test_repeated_wording_is_varied(library: Library, pattern: str, most: int) -> None:
    users = [p.id for p in library.phrases if re.search(pattern, p.text, re.IGNORECASE)]
    assert len(users) <= most, users


def test_the_email_sign_off_names_the_company_as_set() -> None:
    library = load_library()
    phrase = library.get("closing.email-signoff")
    assert phrase is not None
    text = placeholders.render(phrase.text, {"agent_name": "Sam", "company": "Acme Support"})
    assert "Support Support" not in text
    assert text.endswith("Sam\nAcme Support")


def test_the_late_order_apology_is_grammatical(library: Library) -> None:
    phrase = library.get("apology.order-late")
    assert phrase is not None
    assert "hasn't arrived when" not in phrase.text
    assert "didn't arrive when we said it would" in phrase.text


# American spellings of words the built-in English (British) content uses; the British form is the house
# style (apologise, summarise, favourite, behaviour), so the American one must not creep in.
AMERICAN = {
    "apologize", "apologized", "apologizing", "empathize", "empathized", "empathizing", "summarize",
    "summarized", "realize", "realized", "recognize", "recognized", "organize", "organized", "organization",
    "prioritize", "prioritized", "minimize", "emphasize", "specialize", "specialized", "sympathize",
    "criticize", "customize", "personalize", "finalize", "authorize", "authorized", "color", "colors",
    "favor", "favorite", "favorites", "behavior", "behaviors", "center", "honor", "canceled", "canceling",
    "catalog", "analyze", "analyzed", "judgment", "program", "license", "offense", "defense",
}  # fmt: skip


def test_one_spelling_in_the_english_content(library: Library) -> None:
    found = sorted(
        {
            f"{where}: {word}"
            for where, text in _shown_text(library)
            for word in re.findall(r"[A-Za-z]+", text)
            if word.lower() in AMERICAN
        }
    )
    assert found == []


REWRITTEN = [
    "boundary.calm-is-faster",
    "boundary.short-pause",
    "boundary.ending-call",
    "listen.pause-to-catch-up",
    "escalation.one-more-try",
    "closing.calmer-day",
    "closing.email-signoff",
    "apology.order-late",
]


def test_rewritten_phrases_keep_their_ids(library: Library) -> None:
    # Ids are content keys (usage, favourites, tests): a rewrite changes the words, never the id.
    assert [library.get(pid) is not None for pid in REWRITTEN] == [True] * len(REWRITTEN)
