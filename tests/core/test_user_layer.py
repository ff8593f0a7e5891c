"""The user's phrases over the library: customized copies in place, new ones appended, hidden ones gone."""

from __future__ import annotations

from dataclasses import dataclass

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
