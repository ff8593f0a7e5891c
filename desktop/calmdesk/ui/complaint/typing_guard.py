"""Text typed into the panel's lists by mistake (meant for the chat) must not tick steps or copy phrases."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from calmdesk.ui.common.key_table import ENTER_KEYS

# Keys closer than this to a typed letter belong to a sentence typed here by mistake (meant for the chat):
# its spaces must not tick step after step, nor its Enter copy a phrase over the agent's clipboard.
TYPING_PAUSE_MS = 1200
_KEYS = Qt.KeyboardModifier
_TYPING_MODIFIERS = _KEYS.ControlModifier | _KEYS.AltModifier | _KEYS.MetaModifier


class TypingGuard:
    """Tells a key that belongs to a typed sentence from one the agent meant for the panel."""

    def __init__(self) -> None:
        self._typed_at = -1.0  # monotonic time of the last letter typed into the lists, -1: none yet

    def letter(self, event: QKeyEvent) -> bool:
        """True for a plain letter: the lists would jump to the row starting with it."""
        text = event.text()
        letter = bool(text) and text.isprintable() and not text.isspace()
        if letter and not event.modifiers() & _TYPING_MODIFIERS:
            self._typed_at = time.monotonic()
            return True
        return False

    def in_sentence(self, event: QKeyEvent) -> bool:
        """True for a Space or Enter that follows a typed letter closely: the sentence goes on."""
        recent = self._typed_at >= 0 and time.monotonic() - self._typed_at < TYPING_PAUSE_MS / 1000
        if recent and event.key() in (Qt.Key.Key_Space, *ENTER_KEYS):
            self._typed_at = time.monotonic()  # the sentence goes on: so does the pause
            return True
        return False
