"""The customer's message each complaint was started from, as the checklist panel shows it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from calmdesk.core.messages import gettext as _

if TYPE_CHECKING:
    from calmdesk.core.reading.for_reply import MessageOutcome
    from calmdesk.core.reading.model import Reading, StepTip
    from calmdesk.store.complaints import ComplaintBook

log = logging.getLogger(__name__)

Kept = tuple["Reading", tuple["StepTip", ...]]  # a message's reading and the tips its threats raise


class ComplaintMessages:
    """By complaint id: the reading of its message and the tips it raised, None for a complaint started
    otherwise. The store is asked once per complaint (a complaint of an earlier run keeps its own)."""

    def __init__(self, book: ComplaintBook | None) -> None:
        self._book = book
        self._kept: dict[int, Kept | None] = {}

    def remember(self, complaint_id: int, message: MessageOutcome) -> None:
        """A complaint was just started from this message (the store keeps it for the next run too)."""
        self._kept[complaint_id] = (message.reading, message.tips) if message.reading else None

    def reading(self, complaint_id: int | None) -> Reading | None:
        kept = self._of(complaint_id)
        return kept[0] if kept is not None else None

    def tips(self, complaint_id: int | None, step_key: str) -> list[StepTip]:
        """The tips the message raised at this step: shown first in its detail."""
        kept = self._of(complaint_id)
        return [tip for tip in kept[1] if tip.step == step_key] if kept is not None else []

    def _of(self, complaint_id: int | None) -> Kept | None:
        if complaint_id is None:
            return None
        if complaint_id not in self._kept:
            self._kept[complaint_id] = self._read(complaint_id)
        return self._kept[complaint_id]

    def _read(self, complaint_id: int) -> Kept | None:
        if self._book is None:
            return None
        try:
            return self._book.reading(complaint_id)
        except Exception as exc:  # a store closed at quit, a damaged file: no line, never a crash
            log.warning(_("could not read the complaint's reading: %(reason)s"), {"reason": exc})
            return None
