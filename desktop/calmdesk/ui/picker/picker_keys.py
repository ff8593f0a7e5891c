"""What each key does in the picker: one table, read by `PickerWindow` for every key press."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from calmdesk.ui.common.key_table import ALT, ANY, CTRL, ENTER_KEYS, NONE, SHIFT, KeyTable

if TYPE_CHECKING:
    from calmdesk.ui.picker.picker_window import PickerWindow

_LIST_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home)


@dataclass(frozen=True)
class PickerKey:
    """What a chord does in the picker; `checking`: also while the tone check shows (it owns other keys);
    `search_only`: only from the search field (elsewhere the key is the focused widget's)."""

    act: Callable[[PickerWindow, QKeyEvent], object]
    checking: bool = False
    search_only: bool = False


def _digit(n: int) -> PickerKey:
    return PickerKey(lambda w, _e: w.pick(n - 1))


def _chip(step: int) -> PickerKey:
    return PickerKey(lambda w, _e: w.search.categories.step(step), search_only=True)


def _bindings() -> KeyTable[PickerKey]:
    # In a function: mypy reads its body after PickerWindow, which imports this module.
    return KeyTable(
        [
            ((Qt.Key.Key_Escape, ANY), PickerKey(lambda w, _e: w.hide(), checking=True)),
            (
                (Qt.Key.Key_T, CTRL),
                PickerKey(lambda w, _e: w.set_checking(not w.is_checking()), checking=True),
            ),
            *(((key, NONE), PickerKey(lambda w, _e: w.activate(stay=False))) for key in ENTER_KEYS),
            *(((key, CTRL), PickerKey(lambda w, _e: w.activate(stay=True))) for key in ENTER_KEYS),
            ((Qt.Key.Key_N, CTRL), PickerKey(lambda w, _e: w.newComplaintRequested.emit())),
            ((Qt.Key.Key_N, CTRL | SHIFT), PickerKey(lambda w, _e: w.message.start_complaint())),
            ((Qt.Key.Key_K, CTRL), PickerKey(lambda w, _e: w.checklistRequested.emit())),
            ((Qt.Key.Key_PageUp, CTRL), PickerKey(lambda w, _e: w.switch_complaint(-1))),
            ((Qt.Key.Key_PageDown, CTRL), PickerKey(lambda w, _e: w.switch_complaint(1))),
            ((Qt.Key.Key_D, CTRL), PickerKey(lambda w, _e: w.search.toggle_favourite())),
            ((Qt.Key.Key_R, CTRL), PickerKey(lambda w, _e: w.search.use_variant())),
            ((Qt.Key.Key_G, CTRL), PickerKey(lambda w, _e: w.search.mark_worked())),
            ((Qt.Key.Key_E, CTRL), PickerKey(lambda w, _e: w.edit_current())),
            # The app's other windows, so a keyboard-only day reaches them without the tray.
            ((Qt.Key.Key_Comma, CTRL), PickerKey(lambda w, _e: w.windowRequested.emit("settings"))),
            ((Qt.Key.Key_J, CTRL), PickerKey(lambda w, _e: w.windowRequested.emit("followups"))),
            ((Qt.Key.Key_I, CTRL), PickerKey(lambda w, _e: w.windowRequested.emit("stats"))),
            ((Qt.Key.Key_F1, NONE), PickerKey(lambda w, _e: w.windowRequested.emit("about"))),
            ((Qt.Key.Key_0, CTRL), PickerKey(lambda w, _e: w.search.categories.set_current(None))),
            *(((getattr(Qt.Key, f"Key_{n}"), ALT), _digit(n)) for n in range(1, 10)),
            ((Qt.Key.Key_Left, CTRL), _chip(-1)),
            ((Qt.Key.Key_Right, CTRL), _chip(1)),
            # The list never takes focus; it moves its current row on these keys as if it had it.
            *(
                ((key, NONE), PickerKey(lambda w, e: w.search.move_in_list(e), search_only=True))
                for key in _LIST_KEYS
            ),
            ((Qt.Key.Key_End, NONE), PickerKey(lambda w, e: w.search.move_in_list(e), search_only=True)),
        ]
    )


PICKER_KEYS = _bindings()


def handle_key(window: PickerWindow, event: QKeyEvent, *, from_search: bool, checking: bool) -> bool:
    """Do what the key is bound to; False when it is not the picker's (the focused widget's, or, while the
    tone check shows, the draft editor's and the check pane's)."""
    bound = PICKER_KEYS.find(event)
    if bound is None or (bound.search_only and not from_search):
        return False
    if checking and not bound.checking:
        return False
    bound.act(window, event)
    return True
