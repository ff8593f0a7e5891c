"""The complaint feature's policy: panel, forms, offers after a copy, and reminders that are never lost."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from calmdesk.core.complaint_time import duration, missed_target, promise_time
from calmdesk.core.human_time import when_words
from calmdesk.core.reminder_time import check_in_time
from calmdesk.store import paths
from calmdesk.system.notify import Notifier
from calmdesk.ui.complaint.checklist_panel import ChecklistPanel
from calmdesk.ui.complaint.complaint_watch import ComplaintWatch, now

if TYPE_CHECKING:
    from calmdesk.core.complaint import Complaint
    from calmdesk.core.complaint_time import Reminder
    from calmdesk.core.library import Library
    from calmdesk.core.reading.for_reply import MessageOutcome
    from calmdesk.store.settings import Settings
    from calmdesk.store.userstore import UserStore
    from calmdesk.ui.common.notices import Notices
    from calmdesk.ui.common.phrase_actions import Clipboard
    from calmdesk.ui.common.tray import Tray
    from calmdesk.ui.complaint.close_dialog import CloseComplaintDialog
    from calmdesk.ui.complaint.complaint_form import ComplaintForm
    from calmdesk.ui.complaint.followups_window import FollowupsWindow
    from calmdesk.ui.picker.picker_window import PickerWindow

log = logging.getLogger(__name__)

REMINDER_POLL_MS = 10_000  # a reminder shows within ten seconds of falling due; the check costs microseconds
HARD_ANGER = 4  # anger 4 or 5 ...
LONG_COMPLAINT = timedelta(minutes=30)  # ... or this long: a hard one, worth a minute to unwind after


class ComplaintControl(QObject):
    """Builds the complaint watch and panel at start (so showing them costs nothing) and owns their policy."""

    def __init__(
        self,
        library: Library,
        settings: Settings,
        store: UserStore | None,
        clipboard: Clipboard,
        tray: Tray,
        notices: Notices,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._settings = settings
        self._tray = tray
        self._notices = notices
        self.watch = ComplaintWatch(store.complaints if store else None, library.checklist, settings, self)
        self.panel = ChecklistPanel(
            library, settings, clipboard, self.watch, store, str(paths.state_dir() / "windows.ini")
        )
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
        self._form: ComplaintForm | None = None
        self._close_dialog: CloseComplaintDialog | None = None
        self._followups: FollowupsWindow | None = None
        self._missed_said: set[tuple[int, datetime]] = set()  # each missed wait is announced once
        self.unwind: QWidget | None = None
        self._reminder_timer = QTimer(self)
        self._reminder_timer.setInterval(REMINDER_POLL_MS)

        self.panel.newComplaintRequested.connect(self.open_form)
        self.panel.customerRepliedRequested.connect(self.customer_replied)
        self.panel.closeComplaintRequested.connect(self.ask_close)
        self.panel.phraseCopied.connect(self.after_copy)
        self.panel.phraseCopied.connect(self._give_keyboard_back)
        tray.checklistRequested.connect(self.panel.summon)
        tray.newComplaintRequested.connect(self.open_form)
        tray.followupsRequested.connect(self.open_followups)
        tray.customerRepliedRequested.connect(self.customer_replied)
        self.watch.failed.connect(
            lambda reason: self._notices.say(self.tr("Not saved"), reason, warning=True)
        )
        self.watch.waiting.connect(lambda reason: self._notices.say(self.tr("Not saved yet"), reason))
        self._reminder_timer.timeout.connect(self.check_reminders)

    def attach_picker(self, picker: PickerWindow) -> None:
        picker.newComplaintRequested.connect(self.open_form)
        picker.complaintFromMessageRequested.connect(self.start_from_message)
        picker.checklistRequested.connect(self.panel.summon)
        picker.phraseCopied.connect(self.after_copy)

    def keep_clear(self) -> tuple[list[QRect], list[QRect]]:
        """For the picker: the panel's current step, which it must leave in view, and the rest of the panel,
        which it had rather not cover (issue 16, point 12). Nothing while the panel is hidden."""
        if not self.panel.isVisible():
            return [], []
        return [self.panel.current_step_area()], [self.panel.frameGeometry()]

    def start(self) -> None:
        """The event loop runs: say what fell due while CalmDesk was closed, then keep watching."""
        self.check_reminders()
        self._reminder_timer.start()

    def set_settings(self, settings: Settings) -> None:
        self._settings = settings
        self.watch.set_settings(settings)
        self.panel.set_settings(settings)

    def set_library(self, library: Library) -> None:
        """New phrases (the editor saved, a team pack changed): copies and the panel's list use them."""
        self._library = library
        self.panel.set_library(library)

    def quit(self) -> None:
        self._reminder_timer.stop()
        self.watch.stop()
        self.panel.hide()  # saves its place

    # -- forms ------------------------------------------------------------------------------------------

    def open_form(self) -> None:
        if not self.watch.available:
            self._notices.say(
                self.tr("Complaints are off"), self.tr("CalmDesk could not open its data file.")
            )
            return
        if self._form is None:
            from calmdesk.ui.complaint.complaint_form import ComplaintForm

            current = self.watch.current()
            form = ComplaintForm(current.channel if current else "")
            form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            form.accepted_fields.connect(self._start)
            form.finished.connect(self._forget_form)
            self._form = form
        self._form.show()
        self._form.raise_()
        self._form.activateWindow()

    def _forget_form(self) -> None:
        self._form = None

    def _start(self, fields: dict[str, object]) -> None:
        # Saved by the store's writer thread: a file another program holds never freezes the form's window.
        address_as = fields.pop("address_as", "")
        self.watch.start_new(fields, address_as=address_as, then=lambda _started: self.panel.summon())

    def start_from_message(self, message: MessageOutcome) -> None:
        """A complaint from the customer's message, in one key: its name, order number, topic and anger;
        the panel shows the reading and raises the tips its threats call for (once it is saved)."""
        if message.reading is None:
            return
        if not self.watch.available:
            self.open_form()  # says why complaints are off
            return
        from calmdesk.core.reading.for_reply import complaint_fields

        reading = message.reading
        # Its phrases ask for the order number by this name; saved with the complaint, all or nothing.
        values = {"order_number": reading.order_number} if reading.order_number else {}

        def started(complaint: Complaint) -> None:
            self.panel.set_message(complaint.id, message)
            self.panel.summon()

        self.watch.start_new(complaint_fields(reading), values=values, then=started)

    def ask_close(self) -> None:
        current = self.watch.current()
        if current is None:
            return
        from calmdesk.ui.complaint.close_dialog import CloseComplaintDialog

        if self._close_dialog is not None:
            self._close_dialog.close()
        dialog = CloseComplaintDialog(
            current.label(), now().astimezone(), self._settings.working_time(), self.panel
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.closeRequested.connect(lambda due: self.close_current(current.id, due))
        dialog.finished.connect(self._forget_close_dialog)
        self._close_dialog = dialog
        dialog.show()
        dialog.activateWindow()

    def _forget_close_dialog(self) -> None:
        self._close_dialog = None

    def close_current(self, complaint_id: int, follow_up: datetime | None) -> None:
        # By its id, with the follow-up in the same transaction: another close (the CLI) may be under way.
        # Saved by the store's writer thread; what follows the close waits for it.
        self.watch.close_later(
            complaint_id,
            follow_up,
            lambda complaint: self.tr("Follow up with %s") % complaint.label(),
            then=self._after_close,
        )

    def _after_close(self, closed: Complaint) -> None:
        hard = (closed.anger or 0) >= HARD_ANGER or duration(closed, now()) >= LONG_COMPLAINT
        if hard and self._settings.unwind_prompt:
            self._offer_unwind()

    def _offer_unwind(self) -> None:
        step = self._library.step("unwind")
        tip = (
            step.do[0] if step and step.do else self.tr("Stand up, breathe out slowly, and let this one go.")
        )
        self.panel.offer(self.tr("That was a hard one. %s") % tip, self.tr("One minute"), self._breathe)

    def _breathe(self) -> None:
        from calmdesk.ui.complaint.unwind_dialog import UnwindDialog

        step = self._library.step("unwind")
        tip = " ".join(step.do[1:2]) if step and len(step.do) > 1 else ""
        dialog = UnwindDialog(tip or self.tr("The next customer can wait one minute."), self.panel)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.unwind = dialog  # kept: the tests look at it

    def open_followups(self, *, history: bool = False) -> None:
        if self._followups is None:
            from calmdesk.ui.complaint.followups_window import FollowupsWindow

            window = FollowupsWindow(self.watch, self._settings)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(self._forget_followups)
            self._followups = window
        self._followups.refresh()
        self._followups.show_tab(history)
        self._followups.show()
        self._followups.raise_()
        self._followups.activateWindow()

    def customer_replied(self) -> None:
        """The customer wrote again (tray, panel key, `calmdesk complaint replied`): their wait starts now."""
        if self.watch.current() is None:
            self._notices.say(
                self.tr("No complaint is open"), self.tr("Start one first (Ctrl+N in the picker).")
            )
            return
        self.watch.customer_replied()

    def _forget_followups(self) -> None:
        self._followups = None

    # -- offers after a copy ----------------------------------------------------------------------------

    def after_copy(self, phrase_id: str, text: str) -> None:
        """A wait phrase offers a check-in reminder; a promise with a time offers to remember it."""
        complaint = self.watch.current()
        phrase = self._library.get(phrase_id)
        if complaint is None or phrase is None:
            return
        moment = now()
        closing = self._settings.working_time().day_end  # "by Tuesday" ends with the agent's working day
        promised = (
            promise_time(text, moment.astimezone(), (closing.hour, closing.minute))
            if phrase.category == "commitment"
            else None
        )
        if promised is not None:
            when = when_words(promised, moment.astimezone())
            note = self.tr("Promised %s: %s") % (complaint.label(), text[:120])
            self.panel.offer(
                self.tr("You promised %s. Remind you then?") % when,
                self.tr("Remind me"),
                lambda: self.watch.add_reminder("promise", promised, note, complaint.id),
            )
        elif phrase.category == "wait":
            default = timedelta(minutes=self._settings.check_in_minutes)
            due = check_in_time(text, moment.astimezone(), default)
            note = self.tr("Check in with %s") % complaint.label()
            self.panel.offer(
                self.tr("Remind you to check in with %s at %s?")
                % (complaint.label(), f"{due.astimezone():%H:%M}"),  # minutes away: the clock says it
                self.tr("Remind me"),
                lambda: self.watch.add_reminder("check_in", due, note, complaint.id),
            )

    # -- reminders --------------------------------------------------------------------------------------

    def _give_keyboard_back(self) -> None:
        """After a copy in the panel the keyboard goes back to the chat, as after one in the picker (and
        the phrase is pasted there with auto-paste on); the panel stays open beside it."""
        if QGuiApplication.platformName() == "xcb":  # Wayland hands no client the keyboard of another
            from calmdesk.system import focus_back

            focus_back.give_back(paste_too=self._settings.auto_paste)

    def check_missed_targets(self) -> list[int]:
        """Say once, in a notification, that a customer has waited past the reply target (the panel's
        red clock is easy to miss behind a chat window). Returns the complaints announced now."""
        moment = now()
        targets = self._settings.reply_targets()
        announced = []
        for complaint in self.watch.open_complaints():
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
        book = self.watch.book
        if book is None:
            return []
        try:
            due = book.due_unnotified(now())
        except Exception as exc:
            log.warning("could not read the reminders: %s", exc)
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
            log.warning("could not mark reminders as shown: %s", exc)
        return due

    def _panel_notice(self, title: str, body: str) -> None:
        self.panel.summon()
        self._notices.say(title, body)

    def _window_notice(self, title: str, body: str) -> None:
        self.open_followups()
        self._notices.say(title, body)
