"""Reminders and missed reply targets, each said once as it falls due (also while CalmDesk was closed)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from calmdesk.core.complaint_time import missed_target
from calmdesk.core.messages import gettext as _
from calmdesk.system.notify import Notifier
from calmdesk.ui.complaint.complaint_watch import ComplaintWatch, now

if TYPE_CHECKING:
    from calmdesk.core.complaint_time import Reminder
    from calmdesk.store.settings import Settings
    from calmdesk.ui.common.notices import Notices
    from calmdesk.ui.common.tray import Tray

log = logging.getLogger(__name__)

REMINDER_POLL_MS = 10_000  # a reminder shows within ten seconds of falling due; the check costs microseconds


class ReminderControl(QObject):
    """Polls the complaints' reminders and reply targets and says each once: by a notification, else a tray
    balloon, else a window (the follow-ups for a reminder, the panel for a missed target).

    The settings (the reply targets) are read through `settings` at each check: a change applies at once.
    """

    def __init__(
        self,
        watch: ComplaintWatch,
        settings: Callable[[], Settings],
        tray: Tray,
        notices: Notices,
        show_panel: Callable[[], object],
        show_followups: Callable[[], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._watch = watch
        self._settings = settings
        self._notices = notices
        self._show_panel = show_panel
        self._show_followups = show_followups
        self.notifier = Notifier(
            # A reminder balloon stays half a minute: long enough to be seen after a phone call.
            lambda title, body: tray.notify(title, body, msecs=30_000),
            lambda title, body: self._window_notice(title, body),
        )
        # A missed reply target is about the chat in front of the agent: without balloons, the panel says it.
        self.target_notifier = Notifier(
            lambda title, body: tray.notify(title, body, msecs=30_000),
            lambda title, body: self._panel_notice(title, body),
        )
        self._missed_said: set[tuple[int, datetime]] = set()  # each missed wait is announced once
        self._timer = QTimer(self)
        self._timer.setInterval(REMINDER_POLL_MS)
        self._timer.timeout.connect(self.check_reminders)

    def start(self) -> None:
        """The event loop runs: say what fell due while CalmDesk was closed, then keep watching."""
        self.check_reminders()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check_missed_targets(self) -> list[int]:
        """Say once, in a notification, that a customer has waited past the reply target (the panel's
        red clock is easy to miss behind a chat window). Returns the complaints announced now."""
        moment = now()
        targets = self._settings().reply_targets()
        announced = []
        for complaint in self._watch.open_complaints():
            missed = missed_target(complaint, moment, targets)
            if missed is None or (complaint.id, missed) in self._missed_said:
                continue
            self._missed_said.add((complaint.id, missed))
            late = int((moment - missed).total_seconds() // 60)
            body = (
                self.tr("%s has waited longer than the reply target.") % complaint.label()
                if late < 1
                else self.tr("%s has waited %d min past the reply target.") % (complaint.label(), late)
            )
            self.target_notifier.notify(self.tr("CalmDesk: reply target missed"), body)
            announced.append(complaint.id)
        return announced

    def check_reminders(self) -> list[Reminder]:
        """Announce every reminder due and not yet announced (also those that fell due while closed)."""
        self.check_missed_targets()
        book = self._watch.book
        if book is None:
            return []
        try:
            due = book.due_unnotified(now())
        except Exception as exc:
            log.warning(_("could not read the reminders: %(reason)s"), {"reason": exc})
            return []
        if not due:
            return []
        for reminder in due:
            title = self.tr("CalmDesk: %s") % {
                "follow_up": self.tr("follow-up due"),
                "check_in": self.tr("time to check in"),
                "promise": self.tr("a promise is due"),
            }.get(reminder.kind, self.tr("reminder"))
            how = self.notifier.notify(title, reminder.note or self.tr("A reminder is due."))
            log.info("reminder %d shown by %s", reminder.id, how)
        try:
            book.mark_notified([r.id for r in due])
        except Exception as exc:  # shown again next time rather than lost
            log.warning(_("could not mark reminders as shown: %(reason)s"), {"reason": exc})
        return due

    def _panel_notice(self, title: str, body: str) -> None:
        self._show_panel()
        self._notices.say(title, body)

    def _window_notice(self, title: str, body: str) -> None:
        self._show_followups()
        self._notices.say(title, body)
