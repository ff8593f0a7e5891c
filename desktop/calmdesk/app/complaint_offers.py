"""What the panel offers in time: a reminder after a wait or a promise, a minute's rest after a hard one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from calmdesk.core.complaint_time import duration, promise_time
from calmdesk.core.human_time import when_words
from calmdesk.core.reminder_time import check_in_time
from calmdesk.ui.complaint.complaint_watch import ComplaintWatch, now

if TYPE_CHECKING:
    from calmdesk.core.complaint import Complaint
    from calmdesk.core.library import Library
    from calmdesk.store.settings import Settings
    from calmdesk.ui.complaint.checklist_panel import ChecklistPanel

HARD_ANGER = 4  # anger 4 or 5 ...
LONG_COMPLAINT = timedelta(minutes=30)  # ... or this long: a hard one, worth a minute to unwind after


class ComplaintOffers(QObject):
    """Offers in the panel, each one click: remind me of this check-in or promise; take a minute to unwind.

    The library and the settings are read through `library` and `settings` when an offer is made, so a
    pack reloaded or a setting changed since start is the one used.
    """

    def __init__(
        self,
        watch: ComplaintWatch,
        panel: ChecklistPanel,
        library: Callable[[], Library],
        settings: Callable[[], Settings],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._watch = watch
        self._panel = panel
        self._library = library
        self._settings = settings
        self.unwind: QWidget | None = None  # the one-minute countdown, once opened

    def after_copy(self, phrase_id: str, text: str) -> None:
        """A wait phrase offers a check-in reminder; a promise with a time offers to remember it."""
        complaint = self._watch.current()
        phrase = self._library().get(phrase_id)
        if complaint is None or phrase is None:
            return
        moment = now()
        closing = self._settings().working_time().day_end  # "by Tuesday" ends with the agent's working day
        promised = (
            promise_time(text, moment.astimezone(), (closing.hour, closing.minute))
            if phrase.category == "commitment"
            else None
        )
        if promised is not None:
            when = when_words(promised, moment.astimezone())
            note = self.tr("Promised %s: %s") % (complaint.label(), text[:120])
            self._panel.offer(
                self.tr("You promised %s. Remind you then?") % when,
                self.tr("Remind me"),
                lambda: self._watch.add_reminder("promise", promised, note, complaint.id),
            )
        elif phrase.category == "wait":
            default = timedelta(minutes=self._settings().check_in_minutes)
            due = check_in_time(text, moment.astimezone(), default)
            note = self.tr("Check in with %s") % complaint.label()
            self._panel.offer(
                self.tr("Remind you to check in with %s at %s?")
                % (complaint.label(), f"{due.astimezone():%H:%M}"),  # minutes away: the clock says it
                self.tr("Remind me"),
                lambda: self._watch.add_reminder("check_in", due, note, complaint.id),
            )

    def after_close(self, closed: Complaint) -> None:
        hard = (closed.anger or 0) >= HARD_ANGER or duration(closed, now()) >= LONG_COMPLAINT
        if hard and self._settings().unwind_prompt:
            self._offer_unwind()

    def _offer_unwind(self) -> None:
        step = self._library().step("unwind")
        tip = (
            step.do[0] if step and step.do else self.tr("Stand up, breathe out slowly, and let this one go.")
        )
        self._panel.offer(self.tr("That was a hard one. %s") % tip, self.tr("One minute"), self._breathe)

    def _breathe(self) -> None:
        from calmdesk.ui.complaint.unwind_dialog import UnwindDialog

        step = self._library().step("unwind")
        tip = " ".join(step.do[1:2]) if step and len(step.do) > 1 else ""
        dialog = UnwindDialog(tip or self.tr("The next customer can wait one minute."), self._panel)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.unwind = dialog  # kept: the tests look at it
