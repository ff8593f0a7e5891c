"""The picker's side of reading the customer's message: ask for it, show its line, hand it to the flow."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from calmdesk.ui.picker.message_reader import MessageReader
from calmdesk.ui.picker.reading_line import ReadingLine

log = logging.getLogger(__name__)

# The popup reads once it has the keyboard (on Wayland the compositor offers the clipboard only then, and
# on X11 the hotkey-to-focused-popup time stays what it was); a window manager that never activates it is
# not waited for longer than this.
ACTIVATION_WAIT_MS = 250

if TYPE_CHECKING:
    from calmdesk.core.reading.for_reply import MessageOutcome
    from calmdesk.ui.common.phrase_flow import PhraseFlow
    from calmdesk.ui.common.status_line import StatusLine
    from calmdesk.ui.picker.phrase_search import PhraseSearch


class MessageControl(QObject):
    """Reads the message when the popup shows (and when the clipboard or selection changes while it is
    up), never waiting for it; shows the reading line; gives the flow the reading (blanks, answers first)
    and re-ranks the list while nothing is typed.

    Signals:
        complaintRequested(object): start a complaint from the message (its `MessageOutcome`).
    """

    complaintRequested = Signal(object)

    def __init__(
        self,
        window: QWidget,
        flow: PhraseFlow,
        search: PhraseSearch,
        status: StatusLine,
        folders: Callable[[], list[Path]],
        may_read: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self._flow = flow
        self._search = search
        self._status = status
        self._folders = folders  # the pack folders whose reading/*.toml count
        self._may_read = may_read  # the popup is up and shows the search
        self.line = ReadingLine(window)
        self._reader = MessageReader(parent=self)
        self._message: MessageOutcome | None = None  # the customer's message as last read, if any
        self._pending = QTimer(self)  # a read asked for at summon, waiting for the popup's activation
        self._pending.setSingleShot(True)
        self._pending.setInterval(ACTIVATION_WAIT_MS)

        self._pending.timeout.connect(self.read)
        self._reader.outcomeReady.connect(self._show)
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(self.read)
        clipboard.selectionChanged.connect(self.read)

    def read_when_active(self) -> None:
        """The popup is being shown: read once it is active (`activated()`), or after ACTIVATION_WAIT_MS."""
        self._pending.start()

    def activated(self) -> None:
        if self._pending.isActive():
            self._pending.stop()
            self.read()

    def read(self) -> None:
        """Ask for the customer's message on the selection or clipboard; never waited for."""
        self._pending.stop()
        if not self._may_read():
            return
        if not self._flow.settings.read_messages:
            self.forget()
            return
        known = frozenset(phrase.id for phrase in self._flow.library.phrases)
        self._reader.request(known, self._folders())

    def cancel(self) -> None:
        """The popup hid: a reading under way is not shown."""
        self._pending.stop()
        self._reader.cancel()

    def forget(self) -> None:
        """Switched off: nothing read stays shown or filled in."""
        self._pending.stop()
        self._reader.cancel()
        self._message = None
        self.line.show_outcome(None)
        self._flow.set_reading(None)
        self._status.hints_changed()

    def start_complaint(self) -> None:
        """Ctrl+Shift+N: a complaint with the message's customer, order number, topic and anger."""
        if self._message is None or self._message.reading is None:
            self._status.flash(self.tr("No customer message read: copy or select it, then open the search."))
            return
        self.complaintRequested.emit(self._message)

    def _show(self, outcome: MessageOutcome) -> None:
        if not self._flow.settings.read_messages:
            return
        self._message = outcome
        reading = outcome.reading
        # For --verbose and the e2e tests: what was read, never whose (no name, order number or words).
        log.debug("message read: %s", f"{reading.topic}, anger {reading.anger}" if reading else
                  ("refused" if outcome.refused else "nothing"))  # fmt: skip
        self.line.show_outcome(outcome)
        before = (self._flow.reading(), self._flow.prefill())
        self._flow.set_reading(outcome.reading, outcome.offered, outcome.step)
        self._status.hints_changed()
        if before == (self._flow.reading(), self._flow.prefill()):
            return  # the same message as last time: the list and the agent's place in it stay
        if not self._search.query().strip():
            self._search.refresh()  # the replies to it first, the best one selected
        else:
            self._search.show_current()
