"""The built-in content of every language: all categories and steps covered, no English left, the same blanks.

A language counts as shipped once its phrase folder exists; MIN_PHRASES says how far each one has come.
"""

from __future__ import annotations

import re

import pytest

from calmdesk.core import content
from calmdesk.core.library import load_library
from calmdesk.core.model import CATEGORY_KEYS, STEP_KEYS
from calmdesk.core.placeholders import parse

LANGUAGES = [lang for lang in content.builtin_languages() if lang != "en"]
MIN_PHRASES = {"es": 150, "de": 150, "fr": 150, "pt": 150}
# Words that only English uses: one of them in a translated phrase is English left behind.
_ENGLISH_WORDS = """the and you your please sorry with thanks thank our this that would could have we're
i'm i'll we'll you're there here what when which"""
ENGLISH_ONLY = frozenset(_ENGLISH_WORDS.split())
_PLACEHOLDER = re.compile(r"\{\{[^{}]*\}\}")


def _defaults_only(blank: re.Match[str]) -> str:
    """A blank's default (or a choice's options): "{{issue|das Problem}}" gives "das Problem"."""
    return " " + " ".join(blank.group(0)[2:-2].split("|")[1:]) + " "


def own_phrases(lang: str) -> list:  # type: ignore[type-arg]
    library = load_library(language=lang)
    return [p for p in (*library.phrases, *library.versions) if p.lang == lang]


def test_the_other_languages_ship() -> None:
    assert set(LANGUAGES) == {"es", "de", "fr", "pt"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_category_has_phrases_in_the_language(lang: str) -> None:
    phrases = own_phrases(lang)
    assert len(phrases) >= MIN_PHRASES.get(lang, 1)
    by_category = {key: sum(p.category == key for p in phrases) for key in CATEGORY_KEYS}
    assert all(count >= 3 for count in by_category.values()), by_category


@pytest.mark.parametrize("lang", LANGUAGES)
def test_categories_and_checklist_are_translated_whole(lang: str) -> None:
    english, _ = content.load_categories()
    categories, problems = content.load_categories(lang)
    assert problems == []
    for key in CATEGORY_KEYS:
        assert categories[key].label, key  # may be the English word ("Solution", "Questions" in French)
        assert categories[key].description != english[key].description, key
        assert categories[key].when, key
        assert categories[key].when != english[key].when, key
        assert categories[key].color == english[key].color
    english_steps, _ = content.load_checklist()
    steps, problems = content.load_checklist(lang)
    assert problems == []
    assert [s.key for s in steps] == list(STEP_KEYS)
    for step, original in zip(steps, english_steps, strict=True):
        assert step.title != original.title, step.key
        assert step.goal != original.goal, step.key
        assert step.do, step.key
        assert step.dont, step.key
        assert step.categories == original.categories


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_english_is_left_in_a_translated_pack(lang: str) -> None:
    for phrase in own_phrases(lang):
        # A blank's name is an identifier, but its default ("{{issue|das Problem}}") is copied when left
        # as it is, so the default is checked with the text.
        shown = _PLACEHOLDER.sub(_defaults_only, f"{phrase.title} {phrase.text}")
        # Whole words, accents included: "Frühere" is one German word, not "fr" + the English "here".
        words = set(re.findall(r"[\w']+", shown.lower()))
        assert not words & ENGLISH_ONLY, (phrase.id, sorted(words & ENGLISH_ONLY))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_version_keeps_the_blanks_of_its_english_phrase(lang: str) -> None:
    """The complaint fills blanks by name, whatever the language: a version asks for the same ones."""
    library = load_library(language=lang)
    for phrase in own_phrases(lang):
        english = library.version(phrase.id, "en")
        if english is None or english.lang != "en":
            continue  # a phrase written only in this language
        # Promised times are computed, not asked for: a version may promise in its own way.
        names = {p.name for p in parse(phrase.text) if not p.is_clock}
        assert names == {p.name for p in parse(english.text) if not p.is_clock}, phrase.id
        assert phrase.category == english.category, phrase.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_version_is_offered_at_the_same_step_and_on_the_same_channels(lang: str) -> None:
    """The checklist offers a phrase at its step and the picker filters by channel: a version that drifted
    would appear at another moment of the complaint in one language than in another."""
    library = load_library(language=lang)
    drifted = [
        phrase.id
        for phrase in own_phrases(lang)
        if (english := library.version(phrase.id, "en")) is not None
        and english.lang == "en"
        and (phrase.step != english.step or set(phrase.channels) != set(english.channels))
    ]
    assert drifted == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_nearly_every_english_phrase_has_a_version(lang: str) -> None:
    """Each language carries the whole English library (203 of 203 when this was written). A few new English
    phrases may wait for their versions; a wide gap means agents in that language meet English fallbacks."""
    english = {p.id for p in own_phrases("en")}
    missing = english - {p.id for p in own_phrases(lang)}
    assert len(missing) <= 0.05 * len(english), sorted(missing)
