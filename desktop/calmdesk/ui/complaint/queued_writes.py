"""Complaint changes the GUI hands to the store's writer thread; how each ended is told on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from calmdesk.store.complaints import ComplaintBook

log = logging.getLogger(__name__)

# A change not written after this long is waiting for another program's lock: the agent is told so once.
SLOW_WRITE_MS = 1000


class _Ticket:
    """One change whose ending someone waits for: `then` gets its result; `slow` is said if it is slow."""

    def __init__(self, then: Callable[[Any], None] | None, slow: str) -> None:
        self.then = then
        self.slow = slow


class QueuedWrites(QObject):
    """Hands changes to `ComplaintBook.queue` (written by the store's writer thread, in order, all or
    nothing each, kept and retried while another program holds the file) and carries their endings over
    from the writer's thread.

    Signals:
        written(): a change was saved (the complaints should be read again).
        failed(str): a change was given up: why, in words (nothing of it was written).
        waiting(str): a change someone waits for is held up by another program's lock (said once).
    """

    written = Signal()
    failed = Signal(str)
    waiting = Signal(str)
    # Sent from the writer's thread; connected here, so the slots run on the GUI thread.
    _done = Signal(object, object)
    _gave_up = Signal(object, str)

    def __init__(self, book: ComplaintBook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._open: set[_Ticket] = set()
        self._done.connect(self._on_done)
        self._gave_up.connect(self._on_gave_up)

    def put(
        self,
        what: str,
        change: Callable[[ComplaintBook], object],
        *,
        then: Callable[[Any], None] | None = None,
        slow: str = "",
    ) -> None:
        """Queue `change`; returns at once. `then` gets its result on this thread once it is saved, after
        `written`; `slow` (a sentence) is said through `waiting` if that takes over SLOW_WRITE_MS."""
        ticket = _Ticket(then, slow)
        self._open.add(ticket)
        self._book.queue(
            what, change, done=partial(self._done.emit, ticket), given_up=partial(self._gave_up.emit, ticket)
        )
        if slow:
            QTimer.singleShot(SLOW_WRITE_MS, self, partial(self._still_open, ticket))

    def pending(self) -> int:
        """Changes queued here and not ended yet."""
        return len(self._open)

    def _on_done(self, ticket: _Ticket, result: object) -> None:
        self._open.discard(ticket)
        self.written.emit()
        if ticket.then is not None:
            ticket.then(result)

    def _on_gave_up(self, ticket: _Ticket, why: str) -> None:
        self._open.discard(ticket)
        self.failed.emit(why)

    def _still_open(self, ticket: _Ticket) -> None:
        if ticket in self._open:
            log.info("a complaint change waits for the data file: %s", ticket.slow)
            self.waiting.emit(ticket.slow)
