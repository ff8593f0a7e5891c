"""The editor's state is one value: each stage answers what leaving, saving and the Save button may do."""

from __future__ import annotations

from calmdesk.ui.editor.editor_state import EditorState, Stage


def test_nothing_shown_has_nothing_to_save() -> None:
    state = EditorState()
    assert state.stage is Stage.EMPTY
    assert not state.savable
    assert not state.unsaved
    assert state.edited() == state  # typing with nothing shown changes nothing


def test_a_listed_phrase_needs_saving_only_once_edited() -> None:
    shown = EditorState.showing("apology.sorry")
    assert (shown.stage, shown.phrase_id) == (Stage.SHOWN, "apology.sorry")
    assert not shown.savable
    edited = shown.edited()
    assert (edited.stage, edited.phrase_id) == (Stage.CHANGED, "apology.sorry")
    assert edited.savable
    assert edited.unsaved
    assert edited.edited() == edited


def test_a_new_phrase_can_always_be_saved_but_an_untouched_one_is_left_freely() -> None:
    new = EditorState.new()
    assert new.is_new
    assert new.phrase_id is None
    assert new.savable  # Save on an empty new phrase says what is missing
    assert not new.unsaved  # leaving it loses nothing
    typed = new.edited()
    assert typed.stage is Stage.NEW_TYPED
    assert typed.is_new
    assert typed.unsaved


def test_showing_nothing_is_the_empty_state() -> None:
    assert EditorState.showing(None) == EditorState()
