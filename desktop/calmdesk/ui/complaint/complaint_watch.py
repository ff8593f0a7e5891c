"""The app's view of the current complaint: one object every window asks, and that says when it changed."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from calmdesk.core.complaint import (
    Complaint,
    asks_customer,
    next_step,
    remembered_values,
    step_served,
    tick,
)
from calmdesk.core.complaint import undo as _undo
from calmdesk.core.messages import gettext as _
from calmdesk.core.model import STEP_KEYS
from calmdesk.ui.complaint.complaint_changes import CopyRecord, closer, starter
from calmdesk.ui.complaint.queued_writes import QueuedWrites

if TYPE_CHECKING:
    from calmdesk.core.model import ChecklistStep, Phrase
    from calmdesk.core.reading.model import Reading, StepTip
    from calmdesk.store.complaints import ComplaintBook
    from calmdesk.store.settings import Settings

log = logging.getLogger(__name__)
_T = TypeVar("_T")

# How often the store is asked whether the CLI (or another process) wrote: well within the one second the
# issue allows, and `PRAGMA data_version` costs microseconds.
POLL_MS = 400
# How long a change made here waits for the queued ones before it (they are written within milliseconds,
# unless another program holds the file: then it is queued behind them all the same, only not in order).
QUEUED_WAIT_S = 1.0


class ComplaintWatch(QObject):
    """Wraps the store's ComplaintBook for the GUI: cached reads, writes that announce themselves.

    Signals:
        changed(): the complaints changed (here or in another process); re-read `current()` and the lists.
        failed(str): a write could not be saved; why, in words (nothing changed).
        waiting(str): a start or close waits for another program's lock (said once, in words).
    """

    changed = Signal()
    failed = Signal(str)
    waiting = Signal(str)

    def __init__(
        self,
        book: ComplaintBook | None,
        checklist: tuple[ChecklistStep, ...],
        settings: Settings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._checklist = checklist
        self._settings = settings
        self._current: Complaint | None = None
        self._open: list[Complaint] = []
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._writes = QueuedWrites(book, self) if book is not None else None
        if self._writes is not None:
            self._writes.written.connect(self._after_queued_write)
            self._writes.failed.connect(self.failed)
            self._writes.waiting.connect(self.waiting)
        self._reload()
        if book is not None:
            self._timer.start()

    @property
    def available(self) -> bool:
        return self._book is not None

    @property
    def book(self) -> ComplaintBook | None:
        return self._book

    @property
    def checklist(self) -> tuple[ChecklistStep, ...]:
        return self._checklist

    def set_settings(self, settings: Settings) -> None:
        self._settings = settings

    def current(self) -> Complaint | None:
        return self._current

    def open_complaints(self) -> list[Complaint]:
        return list(self._open)

    def step_categories(self) -> frozenset[str]:
        """The categories of the current complaint's next step: the picker ranks them first."""
        step = next_step(self._current) if self._current else None
        found = next((s for s in self._checklist if s.key == step), None)
        return frozenset(found.categories) if found else frozenset()

    # -- writes: each saved at once, then announced -----------------------------------------------------

    def new(self, address_as: object = "", **fields: object) -> Complaint | None:
        """Start a complaint now, waiting for a file another program holds (windows use `start_new`)."""
        return self._do(starter(fields, address_as))

    def start_new(
        self,
        fields: Mapping[str, object],
        *,
        address_as: object = "",
        values: Mapping[str, str] | None = None,
        reading: tuple[Reading, tuple[StepTip, ...]] | None = None,
        then: Callable[[Complaint], None],
    ) -> None:
        """Start a complaint from the store's writer thread: no window waits on a file another program
        holds. `values`: blanks known already, `reading`: the customer's message as read and the tips it
        raised (see `starter`). `then` gets it here once it is saved, all
        or nothing; `waiting` says when that waits for the file, `failed` if it never can be made."""
        self._queue(
            "start the complaint",
            starter(fields, address_as, values, reading),
            then=then,
            slow=self.tr(
                "Another program is using CalmDesk's data file: the complaint starts as soon as it is free."
            ),
        )

    def switch(self, complaint_id: int) -> None:
        target = next((c for c in self._open if c.id == complaint_id), None)
        if target is None:  # not open here: the book says why, in words
            self._do(lambda book: book.switch(complaint_id))
            return
        self._queue("switch complaints", lambda book: book.switch(complaint_id))
        self._show(target)

    def tick(self, step: str, *, undo: bool = False) -> None:
        complaint, at = self._current, now()
        if complaint is None or step not in STEP_KEYS:  # nothing to tick: the book says why, in words
            self._do(lambda book: book.tick(step, undo=undo))
            return
        self._queue(
            "save the step", lambda book: book.tick(step, undo=undo, complaint_id=complaint.id, at=at)
        )
        self._show(_undo(complaint, step) if undo else tick(complaint, step, at))

    def customer_replied(self) -> None:
        """The current customer wrote again: their wait for the agent starts now (shown at once, saved by
        the store's writer thread)."""
        complaint, at = self._current, now()
        if complaint is None:  # nothing open: the book says so, in words
            self._do(lambda book: book.customer_replied())
            return
        self._queue(
            "record the customer's reply",
            lambda book: book.customer_replied(complaint_id=complaint.id, at=at),
        )
        self._show(replace(complaint, customer_replies=(*complaint.customer_replies, at)))

    def close_later(
        self,
        complaint_id: int,
        follow_up: datetime | None,
        note: Callable[[Complaint], str],
        *,
        then: Callable[[Complaint], None],
    ) -> None:
        """Close complaint `complaint_id` and add its follow-up in one transaction (see the book's), from
        the store's writer thread (see `start_new`); `then` gets the closed complaint once both are saved.
        `note` (the follow-up's text) runs on the writer's thread."""

        self._queue(
            "close the complaint",
            closer(complaint_id, follow_up, note),
            then=then,
            slow=self.tr(
                "Another program is using CalmDesk's data file: the complaint closes as soon as it is free."
            ),
        )

    def add_reminder(self, kind: str, due: datetime, note: str = "", complaint_id: int | None = None) -> None:
        self._queue(
            "save the reminder",
            lambda book: book.add_reminder(kind, due, note=note, complaint_id=complaint_id),
        )

    def phrase_copied(
        self, phrase: Phrase, typed: Mapping[str, str], prefilled: Mapping[str, str]
    ) -> str | None:
        """A phrase went out while a complaint is current: remember its blanks, count the reply, and tick
        the step it serves (a setting). Returns the step ticked, if any.

        Shown at once and saved by the store's writer thread: a file another program holds locked never
        freezes the copy, and the record is kept until it can be written (`failed` only if it never can).
        """
        complaint = self._current
        if self._book is None or complaint is None:
            return None
        ticked = step_served(phrase, complaint, self._checklist) if self._settings.auto_tick else None
        copy = CopyRecord(
            phrase.id, remembered_values(typed, prefilled), asks_customer(phrase), ticked, now()
        )
        self._queue("record the reply you copied", copy.saver(complaint.id))
        self._show(copy.shown_on(complaint))
        return ticked

    def _queue(
        self,
        what: str,
        change: Callable[[ComplaintBook], object],
        *,
        then: Callable[[Any], None] | None = None,
        slow: str = "",
    ) -> None:
        """Hand `change` to the store's writer thread (see QueuedWrites): the GUI never waits on a file
        another program holds locked; `failed` says so only if the change is finally given up."""
        if self._writes is None:
            self.failed.emit(self.tr("Complaints are off for now: CalmDesk could not open its data file."))
            return
        self._writes.put(what, change, then=then, slow=slow)

    def _after_queued_write(self) -> None:
        if self._book is None or not self._timer.isActive():  # stopped: the store may be closed already
            return
        self._reload()
        try:
            self._book.changed()  # our own write: nothing for the poller to report
        except Exception as exc:
            log.warning(_("complaint polling stopped: %(reason)s"), {"reason": exc})
            self._timer.stop()
        self.changed.emit()

    def _show(self, complaint: Complaint) -> None:
        """Show a change queued for the writer as made (it is, once written; the next reload confirms it)."""
        self._current = complaint
        self._open = [complaint if c.id == complaint.id else c for c in self._open]
        self.changed.emit()

    def _do(self, action: Callable[[ComplaintBook], _T]) -> _T | None:
        if self._book is None:
            self.failed.emit(self.tr("Complaints are off for now: CalmDesk could not open its data file."))
            return None
        try:
            # Changes queued before this one are written first (normally a few ms): the order is the agent's.
            self._book.wait_for_queued(QUEUED_WAIT_S)
            result = action(self._book)
        except Exception as exc:  # ValueError (a bad id or field) and StoreError: said, never a crash
            log.warning(_("complaint change failed: %(reason)s"), {"reason": exc})
            self.failed.emit(str(exc))
            return None
        self._reload()
        self._book.changed()  # our own write: nothing for the poller to report
        self.changed.emit()
        return result

    # -- reads ------------------------------------------------------------------------------------------

    def _poll(self) -> None:
        if self._book is None:
            return
        try:
            if not self._book.changed():
                return
        except Exception as exc:  # a store closed at quit, a vanished file: stop asking
            log.warning(_("complaint polling stopped: %(reason)s"), {"reason": exc})
            self._timer.stop()
            return
        self._reload()
        self.changed.emit()

    def _reload(self) -> None:
        if self._book is None:
            return
        try:
            self._open = self._book.open_complaints()
            current_id = self._book.current_id()
        except Exception as exc:
            log.warning(_("could not read the complaints: %(reason)s"), {"reason": exc})
            return
        self._current = next((c for c in self._open if c.id == current_id), None)

    def stop(self) -> None:
        self._timer.stop()


def now() -> datetime:
    """The one place the GUI reads the clock for complaint rules (core takes it as a parameter)."""
    return datetime.now(UTC)
