"""The user's phrases over the library: customized copies in place, new ones appended, hidden ones gone."""

from __future__ import annotations

from dataclasses import dataclass, replace

from calmdesk.core.library import load_library
from calmdesk.core.model import Phrase
from calmdesk.core.user_layer import with_user_phrases


@dataclass(frozen=True)
class Entry:
    phrase: Phrase
    customizes: bool = False


def test_customize_replaces_in_place_hide_removes_new_ones_come_last() -> None:
    library = load_library()
    first, second = library.phrases[0], library.phrases[1]
    mine = Phrase(first.id, first.category, "My version", "My own words.", "user")
    new = Phrase("user.new", "closing", "New", "New one.", "user")
    layered = with_user_phrases(library, [Entry(mine, True), Entry(new)], hidden=[second.id])
    assert layered.phrases[0] == mine
    assert layered.get(first.id) == mine
    assert layered.get(second.id) is None
    assert layered.phrases[-1] == new
    assert len(layered.phrases) == len(library.phrases)
    assert layered.packs[-1].id == "user"
    assert library.get(first.id) == first  # the original library is unchanged: revert needs it


def test_a_user_phrase_reusing_a_loaded_id_without_customizing_is_reported() -> None:
    library = load_library()
    taken = library.phrases[0]
    clash = Phrase(taken.id, "closing", "Clash", "x", "user")
    layered = with_user_phrases(library, [Entry(clash)])
    assert layered.get(taken.id) == taken
    assert any(p.phrase_id == taken.id for p in layered.problems)


def test_each_language_version_is_laid_like_a_packs() -> None:
    """A user's Spanish version of a built-in phrase waits in `versions` of an English library and is the
    one shown in Spanish; their own phrase shows its English version here and its Spanish one there."""
    library = load_library()
    first = library.phrases[0]
    mine_es = Phrase(first.id, first.category, "Mi versión", "Mis palabras.", "user", lang="es")
    new_en = Phrase("user.new", "closing", "New", "New one.", "user", lang="en")
    new_es = Phrase("user.new", "closing", "Nueva", "Una nueva.", "user", lang="es")
    layered = with_user_phrases(library, [Entry(mine_es, True), Entry(new_en), Entry(new_es)])
    assert layered.get(first.id) == first
    assert layered.get("user.new") == new_en
    assert layered.version(first.id, "es") == mine_es
    assert layered.version("user.new", "es") == new_es
    spanish = layered.in_language("es")
    assert spanish.get(first.id) == mine_es
    assert spanish.get("user.new") == new_es
    assert [p.id for p in layered.phrases].count(first.id) == 1


def test_a_phrase_saved_before_languages_is_in_the_shown_language() -> None:
    library = load_library(language="es")
    first = library.phrases[0]
    old = Phrase(first.id, first.category, "Mine", "My words.", "user", lang="")
    layered = with_user_phrases(library, [Entry(old, True)])
    assert layered.get(first.id) == Phrase(first.id, first.category, "Mine", "My words.", "user", lang="es")
    assert layered.version(first.id, "en") == library.version(first.id, "en")


def test_the_users_version_displaces_an_english_fallback() -> None:
    """A German library shows a phrase without German words in English; the user's German version takes
    its place, and the English one stays a version."""
    english = Phrase("team.only-english", "closing", "Bye", "Bye.", "team", lang="en")
    base = load_library(language="de")
    library = replace(base, phrases=(*base.phrases, english))  # as a team's English-only pack gives it
    german = Phrase(english.id, "closing", "Tschüss", "Tschüss.", "user", lang="de")
    layered = with_user_phrases(library, [Entry(german, True)])
    assert layered.get(english.id) == german
    assert layered.version(english.id, "en") == english
