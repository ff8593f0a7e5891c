"""The complaint feature's policy: the panel, its forms and windows, wired to its offers and reminders."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from calmdesk.app.complaint_offers import ComplaintOffers
from calmdesk.app.reminder_control import ReminderControl
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
        self._form: ComplaintForm | None = None
        self._close_dialog: CloseComplaintDialog | None = None
        self._followups: FollowupsWindow | None = None
        self.offers = ComplaintOffers(
            self.watch, self.panel, lambda: self._library, lambda: self._settings, self
        )
        self.reminders = ReminderControl(
            self.watch, lambda: self._settings, tray, notices, self.panel.summon, self.open_followups, self
        )

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
        self.reminders.start()

    def set_settings(self, settings: Settings) -> None:
        self._settings = settings
        self.watch.set_settings(settings)
        self.panel.set_settings(settings)

    def set_library(self, library: Library) -> None:
        """New phrases (the editor saved, a team pack changed): copies and the panel's list use them."""
        self._library = library
        self.panel.set_library(library)

    def quit(self) -> None:
        self.reminders.stop()
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

        read = (reading, message.tips)  # kept with the complaint: the panel shows it after a restart
        self.watch.start_new(complaint_fields(reading), values=values, reading=read, then=started)

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
            then=self.offers.after_close,
        )

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

    # -- after a copy -----------------------------------------------------------------------------------

    def after_copy(self, phrase_id: str, text: str) -> None:
        """A wait phrase offers a check-in reminder; a promise with a time offers to remember it."""
        self.offers.after_copy(phrase_id, text)

    @property
    def unwind(self) -> QWidget | None:
        """The one-minute countdown offered after a hard complaint, once opened."""
        return self.offers.unwind

    def _give_keyboard_back(self) -> None:
        """After a copy in the panel the keyboard goes back to the chat, as after one in the picker (and
        the phrase is pasted there with auto-paste on); the panel stays open beside it."""
        if QGuiApplication.platformName() == "xcb":  # Wayland hands no client the keyboard of another
            from calmdesk.system import focus_back

            focus_back.give_back(paste_too=self._settings.auto_paste)

    # -- reminders (ReminderControl says them) ----------------------------------------------------------

    def check_reminders(self) -> list[Reminder]:
        """Announce every reminder due and not yet announced, and every reply target missed."""
        return self.reminders.check_reminders()

    @property
    def notifier(self) -> Notifier:
        """How a due reminder is said (a test puts in one that records)."""
        return self.reminders.notifier

    @notifier.setter
    def notifier(self, notifier: Notifier) -> None:
        self.reminders.notifier = notifier

    @property
    def target_notifier(self) -> Notifier:
        """How a missed reply target is said."""
        return self.reminders.target_notifier

    @target_notifier.setter
    def target_notifier(self, notifier: Notifier) -> None:
        self.reminders.target_notifier = notifier
