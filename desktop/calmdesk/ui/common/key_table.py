"""Keys as a table: each chord (a key and its modifiers) is bound once, and looked up in one place."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

_T = TypeVar("_T")

ANY = None  # in a chord: the key does the same with any modifiers held (Esc)
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

Chord = tuple[Qt.Key, Qt.KeyboardModifier | None]


def _mods(event: QKeyEvent) -> int:
    # The keypad's Enter and digits carry KeypadModifier: they do what the main keys do.
    return (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier).value


class KeyTable(Generic[_T]):
    """What each chord does in a window; `find` answers for a key press, None when it is not bound."""

    def __init__(self, bindings: Iterable[tuple[Chord, _T]]) -> None:
        self._exact: dict[tuple[int, int], _T] = {}
        self._any: dict[int, _T] = {}
        for (key, mods), action in bindings:
            slot = (int(key), mods.value) if mods is not None else int(key)
            if slot in self._exact or slot in self._any:
                raise ValueError(f"key bound twice: {key!r} {mods!r}")
            if mods is None:
                self._any[int(key)] = action
            else:
                self._exact[(int(key), mods.value)] = action

    def find(self, event: QKeyEvent) -> _T | None:
        key = int(event.key())
        found = self._exact.get((key, _mods(event)))
        return found if found is not None else self._any.get(key)
