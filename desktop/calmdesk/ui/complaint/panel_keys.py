"""What each key does in the checklist panel: one table, read by `ChecklistPanel` for every key press."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from calmdesk.ui.common.key_table import ANY, CTRL, ENTER_KEYS, NONE, KeyTable

if TYPE_CHECKING:
    from calmdesk.ui.complaint.checklist_panel import ChecklistPanel


@dataclass(frozen=True)
class PanelKey:
    """What a chord does in the panel; `steps_only`: only while the step list has the keyboard."""

    act: Callable[[ChecklistPanel], object]
    steps_only: bool = False


_COPY = PanelKey(lambda p: p.copy_current())


def _bindings() -> KeyTable[PanelKey]:
    # In a function: mypy reads its body after ChecklistPanel, which imports this module.
    return KeyTable(
        [
            ((Qt.Key.Key_Escape, ANY), PanelKey(lambda p: p.hide())),
            ((Qt.Key.Key_Z, CTRL), PanelKey(lambda p: p.undo_tick())),
            *(
                ((key, mods), PanelKey(lambda p: p.copy_current()))
                for key in ENTER_KEYS
                for mods in (NONE, CTRL)
            ),
            ((Qt.Key.Key_Space, NONE), PanelKey(lambda p: p.tick_selected(), steps_only=True)),
            ((Qt.Key.Key_N, CTRL), PanelKey(lambda p: p.newComplaintRequested.emit())),
            ((Qt.Key.Key_R, CTRL), PanelKey(lambda p: p.customerRepliedRequested.emit())),
            ((Qt.Key.Key_PageUp, CTRL), PanelKey(lambda p: p.switch_complaint(-1))),
            ((Qt.Key.Key_PageDown, CTRL), PanelKey(lambda p: p.switch_complaint(1))),
        ]
    )


PANEL_KEYS = _bindings()


def handle_key(panel: ChecklistPanel, event: QKeyEvent, *, in_steps: bool) -> bool:
    """Do what the key is bound to; False when it is not the panel's (`in_steps`: the step list has it)."""
    bound = PANEL_KEYS.find(event)
    if bound is None or (bound.steps_only and not in_steps):
        return False
    bound.act(panel)
    return True
