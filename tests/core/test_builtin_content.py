"""The shipped content: loads without a single problem and covers every category and checklist step."""

from __future__ import annotations

from collections import Counter

import pytest

from calmdesk.core import placeholders
from calmdesk.core.library import Library, load_library
from calmdesk.core.model import CATEGORY_KEYS, CHANNELS, STEP_KEYS


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


def test_loads_with_zero_problems(library: Library) -> None:
    assert [str(p) for p in library.problems] == []
    assert library.skipped == []


def test_enough_phrases_in_every_category(library: Library) -> None:
    assert len(library.phrases) >= 150
    counts = Counter(p.category for p in library.phrases)
    thin = {key: counts[key] for key in CATEGORY_KEYS if counts[key] < 6}
    assert thin == {}


def test_categories_are_complete_and_described(library: Library) -> None:
    assert list(library.categories) == list(CATEGORY_KEYS)
    for category in library.categories.values():
        assert category.label
        assert category.description
        assert category.color.startswith("#")


def test_checklist_has_every_step_in_order_with_tips(library: Library) -> None:
    assert [step.key for step in library.checklist] == list(STEP_KEYS)
    for step in library.checklist:
        assert step.title
        assert step.goal
        assert step.do
        assert step.dont
        assert all(d.avoid and d.say for d in step.dont)
        assert set(step.categories) <= set(CATEGORY_KEYS)


def test_every_phrase_is_well_formed(library: Library) -> None:
    for phrase in library.phrases:
        assert placeholders.problems(phrase.text) == [], phrase.id
        assert set(phrase.channels) <= set(CHANNELS), phrase.id
        assert phrase.step is None or phrase.step in STEP_KEYS, phrase.id
        assert phrase.text == phrase.text.strip(), phrase.id
    assert len({p.id for p in library.phrases}) == len(library.phrases)


def test_every_builtin_pack_is_in_its_folder_language_and_named(library: Library) -> None:
    assert len([p for p in library.packs if p.language == "en"]) >= 5
    for pack in library.packs:
        assert pack.source.startswith(f"resources/packs/{pack.lang}/")
        assert pack.id.startswith(f"calmdesk-{pack.lang}-")
        assert pack.name
