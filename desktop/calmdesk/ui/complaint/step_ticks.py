"""Ticking the panel's steps: Space ticks or unticks one, Ctrl+Z takes the last one back."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from calmdesk.ui.complaint.complaint_watch import ComplaintWatch


class StepTicks:
    """Ticks on the current complaint, remembering the last one so that it can be undone while that
    complaint is still current. `ticking` is True during a tick (the panel keeps its selection then)."""

    def __init__(self, complaints: ComplaintWatch) -> None:
        self._complaints = complaints
        self._last: tuple[int, str, bool] | None = None  # (complaint, step, was an untick)
        self.ticking = False

    def tick(self, step: str, *, undo: bool) -> bool:
        """Tick (or untick) `step`; False when no complaint is open to tick it on."""
        complaint = self._complaints.current()
        if complaint is None:
            return False
        self.ticking = True
        try:
            self._complaints.tick(step, undo=undo)
        finally:
            self.ticking = False
        self._last = (complaint.id, step, undo)
        return True

    def undo_last(self) -> tuple[str, bool] | None:
        """Take the last tick or untick back: its step and whether it was an untick; None when there is
        nothing to undo (none yet, already undone, or another complaint is current now)."""
        complaint = self._complaints.current()
        if self._last is None or complaint is None or complaint.id != self._last[0]:
            return None
        _id, step, was_undo = self._last
        self._last = None
        self._complaints.tick(step, undo=not was_undo)
        return step, was_undo
