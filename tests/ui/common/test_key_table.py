"""A window's keys as one table: each chord bound once, the keypad as the main keys, Esc with any."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from calmdesk.ui.common.key_table import ANY, CTRL, NONE, KeyTable

TABLE = KeyTable(
    [((Qt.Key.Key_Escape, ANY), "hide"), ((Qt.Key.Key_Enter, NONE), "copy"), ((Qt.Key.Key_D, CTRL), "star")]
)


def _press(key: Qt.Key, mods: Qt.KeyboardModifier = NONE) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, key, mods)


def test_a_chord_finds_what_it_is_bound_to(qapp) -> None:
    assert TABLE.find(_press(Qt.Key.Key_D, CTRL)) == "star"
    assert TABLE.find(_press(Qt.Key.Key_D)) is None
    assert TABLE.find(_press(Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)) is None


def test_the_keypad_enter_is_the_enter_key(qapp) -> None:
    assert TABLE.find(_press(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)) == "copy"


def test_a_key_bound_with_any_modifier_answers_to_all(qapp) -> None:
    assert TABLE.find(_press(Qt.Key.Key_Escape)) == "hide"
    assert TABLE.find(_press(Qt.Key.Key_Escape, Qt.KeyboardModifier.ShiftModifier)) == "hide"


def test_a_chord_bound_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="bound twice"):
        KeyTable([((Qt.Key.Key_D, CTRL), "star"), ((Qt.Key.Key_D, CTRL), "delete")])
