"""What the editor's form holds, as one value: nothing, a listed phrase (changed or not), or a new one."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Stage(Enum):
    EMPTY = "empty"  # nothing shown: the form waits for a pick or Ctrl+N
    SHOWN = "shown"  # a listed phrase, as saved
    CHANGED = "changed"  # a listed phrase with edits not saved yet
    NEW = "new"  # a new phrase, nothing typed yet (leaving it loses nothing)
    NEW_TYPED = "new_typed"  # a new phrase being typed, not saved yet


@dataclass(frozen=True)
class EditorState:
    """The form's stage and the id of the listed phrase it shows (None when EMPTY, NEW or NEW_TYPED).

    Every question the editor asks of its state is answered here, and every change of stage is a method:
    the window never combines flags of its own.
    """

    stage: Stage = Stage.EMPTY
    phrase_id: str | None = None

    @classmethod
    def showing(cls, phrase_id: str | None) -> EditorState:
        """A listed phrase as saved, or nothing."""
        return cls(Stage.SHOWN, phrase_id) if phrase_id else cls()

    @classmethod
    def new(cls) -> EditorState:
        return cls(Stage.NEW)

    def edited(self) -> EditorState:
        """The agent typed into the form."""
        if self.stage is Stage.SHOWN:
            return EditorState(Stage.CHANGED, self.phrase_id)
        if self.stage is Stage.NEW:
            return EditorState(Stage.NEW_TYPED)
        return self

    @property
    def is_new(self) -> bool:
        return self.stage in (Stage.NEW, Stage.NEW_TYPED)

    @property
    def unsaved(self) -> bool:
        """Typed and not saved: leaving the form must save it first (or stay, when it cannot be saved)."""
        return self.stage in (Stage.CHANGED, Stage.NEW_TYPED)

    @property
    def savable(self) -> bool:
        """Save has something to do: edits to a listed phrase, or a new phrase (even an empty one, whose
        save says what is missing)."""
        return self.stage in (Stage.CHANGED, Stage.NEW, Stage.NEW_TYPED)
