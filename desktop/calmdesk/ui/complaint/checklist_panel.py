"""The checklist panel: a small always-on-top window beside the chat tool that walks through a complaint."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from calmdesk.core.complaint import next_step
from calmdesk.system.popup_window import float_if_tiling
from calmdesk.system.sway_place import SwayPlace
from calmdesk.ui.common.phrase_actions import Clipboard
from calmdesk.ui.common.phrase_flow import NoStore, PhraseFlow, PhraseStore
from calmdesk.ui.common.status_line import StatusLine
from calmdesk.ui.common.window_place import WindowPlace
from calmdesk.ui.complaint.checklist_model import StepRole, StepsModel
from calmdesk.ui.complaint.complaint_box import ComplaintBox
from calmdesk.ui.complaint.complaint_messages import ComplaintMessages
from calmdesk.ui.complaint.complaint_watch import now
from calmdesk.ui.complaint.message_line import MessageLine
from calmdesk.ui.complaint.offer_bar import OfferBar
from calmdesk.ui.complaint.panel_keys import handle_key
from calmdesk.ui.complaint.reply_clock_label import ReplyClockLabel
from calmdesk.ui.complaint.step_detail import StepDetail
from calmdesk.ui.complaint.step_list import StepList
from calmdesk.ui.complaint.step_phrases import StepPhrases
from calmdesk.ui.complaint.step_ticks import StepTicks
from calmdesk.ui.complaint.typing_guard import TypingGuard

if TYPE_CHECKING:
    from calmdesk.core.library import Library
    from calmdesk.core.model import Phrase
    from calmdesk.core.reading.for_reply import MessageOutcome
    from calmdesk.store.settings import Settings
    from calmdesk.ui.complaint.complaint_watch import ComplaintWatch


class ChecklistPanel(QWidget):
    """Steps of the current complaint, the open one's goal, do's and don'ts, and its phrases.

    Built once at start and only shown on request. Keys: Up/Down steps, Space ticks, Tab to the phrases,
    Enter copies the selected phrase (the same `PhraseFlow` as the picker: one fill rule, one copy),
    Ctrl+N new complaint, Ctrl+PgUp/PgDn switch complaint, Esc hides. Closing hides; its place is kept.

    Signals:
        phraseCopied(str, str): a phrase id and the text copied.
        newComplaintRequested(): the agent asked for a new complaint.
        closeComplaintRequested(): the agent asked to close the current complaint.
    """

    phraseCopied = Signal(str, str)
    newComplaintRequested = Signal()
    closeComplaintRequested = Signal()
    customerRepliedRequested = Signal()  # Ctrl+R: the customer wrote again, their wait starts now

    def __init__(
        self,
        library: Library,
        settings: Settings,
        clipboard: Clipboard,
        complaints: ComplaintWatch,
        store: PhraseStore | None = None,
        geometry_file: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self._complaints = complaints
        self.flow = PhraseFlow(settings, clipboard, library, store or NoStore(), complaints)
        self._place = WindowPlace(geometry_file, "panel/geometry")
        self._sway_place = SwayPlace(self, geometry_file, "panel/sway-position")  # Wayland gives no place
        self.complaint_box = ComplaintBox(self)
        self._new = QPushButton(self.tr("New…"), self)
        self._clock = ReplyClockLabel(self)
        self._message_line = MessageLine(self)  # how the message a complaint was started from reads
        self._messages = ComplaintMessages(complaints.book)
        self.steps_model = StepsModel(complaints.checklist, self)
        self.steps = StepList(self.steps_model, self)
        self._detail = StepDetail(self)
        self._phrases = StepPhrases(self.flow, self, self)
        self.phrases, self.form = self._phrases.list, self._phrases.form  # laid out here
        self._offer = OfferBar(self)
        hints = self.tr("↑↓ step · Space tick · Tab phrases · Enter copy · Esc hide")
        self.status = StatusLine(lambda: hints, self)
        self._close = QPushButton(self.tr("Close complaint…"), self)
        self._ticker = QTimer(self)
        self._shown_for: tuple[int | None, str | None] | None = None  # (complaint, next step) last shown
        self._ticks = StepTicks(complaints)
        self._typing = TypingGuard()

        self.setWindowTitle(self.tr("Checklist"))  # the app name follows from the display name
        self.setAccessibleName(self.tr("Complaint checklist"))
        self.complaint_box.setAccessibleName(self.tr("Open complaints"))
        self._new.setAccessibleName(self.tr("New complaint"))
        self._new.setToolTip(self.tr("Start a new complaint (Ctrl+N)"))
        self.steps.setAccessibleName(self.tr("Checklist steps"))
        self.phrases.setAccessibleName(self.tr("Phrases for this step"))
        self._close.setAccessibleName(self.tr("Close complaint"))
        self._ticker.setInterval(1000)
        for widget in (self.steps, self.phrases, self.complaint_box):
            widget.installEventFilter(self)

        self.complaint_box.picked.connect(self._on_picked)
        self._new.clicked.connect(self.newComplaintRequested)
        self._close.clicked.connect(self.closeComplaintRequested)
        self.steps.selectionModel().currentChanged.connect(lambda *_a: self._show_step())
        self._phrases.copied.connect(self.phraseCopied)
        self._phrases.said.connect(self.status.flash)
        self._complaints.changed.connect(self.refresh)
        self._ticker.timeout.connect(self._update_clock)

        top = QHBoxLayout()
        top.addWidget(self.complaint_box, 1)
        top.addWidget(self._new)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self._close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self._clock)
        layout.addWidget(self._message_line)
        layout.addWidget(self.steps)
        layout.addWidget(self._detail, 3)
        layout.addWidget(self.phrases, 2)
        layout.addWidget(self.form)
        layout.addWidget(self._offer)
        layout.addLayout(bottom)
        self.steps.fit_rows()
        self.resize(380, 660)
        self.setMinimumSize(300, 480)
        self._place.restore(self)
        float_if_tiling(self)  # over the chat on sway and its kin, not a tile that halves it
        self.status.show_hints()
        self.refresh()

    # -- public -----------------------------------------------------------------------------------------

    def set_settings(self, settings: Settings) -> None:
        self.flow.set_settings(settings)
        self.refresh()

    def set_library(self, library: Library) -> None:
        """New phrases (the editor saved, a team pack changed): the step's phrase list shows them."""
        self.flow.set_library(library)
        self._phrases.set_library(library)
        self._show_step()

    def set_message(self, complaint_id: int, message: MessageOutcome) -> None:
        """The customer's message complaint `complaint_id` was started from: its reading is shown, and the
        tips its threats raise come first at their steps (the store keeps them for the next run)."""
        self._messages.remember(complaint_id, message)
        self.refresh()

    def summon(self) -> None:
        """Show beside whatever is open, keep its last place, and take the keyboard."""
        self.refresh()
        self._sway_place.before_show()
        self.show()
        self.raise_()
        self.activateWindow()
        self.steps.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self._ticker.start()

    def refresh(self) -> None:
        """Re-read the current complaint: the list, the ticks, the step to work on, the clock."""
        complaint = self._complaints.current()
        none_open = self.tr("No complaint open: Ctrl+N starts one")
        self.complaint_box.show_complaints(self._complaints.open_complaints(), complaint, none_open)
        self._close.setEnabled(complaint is not None)
        self.steps_model.set_complaint(complaint)
        # The selection follows the work (a tick, another complaint), not every refresh: a step the agent
        # is reading stays selected while the CLI or the clock changes something else.
        shown_for = (complaint.id if complaint else None, next_step(complaint) if complaint else None)
        if shown_for != self._shown_for or not self.steps.currentIndex().isValid():
            self._shown_for = shown_for
            # Space ticks where the agent is; Down moves on (moving too made Space, Down skip a step).
            if not self._ticks.ticking or not self.steps.currentIndex().isValid():
                self.steps.select_step(shown_for[1])
        self._message_line.show_reading(self._messages.reading(complaint.id if complaint else None))
        self._show_step()
        self._update_clock()

    def offer(self, text: str, yes: str, accept: Callable[[], None]) -> None:
        """Offer something (a check-in reminder) beside the chat, without taking the keyboard from it."""
        self._offer.offer(text, yes, accept)
        if not self.isVisible():
            self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
            self.show()
            self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
            self._ticker.start()

    def offer_text(self) -> str:
        return self._offer.text()

    def accept_offer(self) -> None:
        self._offer.accept()

    def current_phrase(self) -> Phrase | None:
        return self._phrases.current()

    def current_step_area(self) -> QRect:
        """On screen, the selected step's box and name (the step worked on): what the picker must leave
        in view. Empty while the panel is hidden."""
        return self.steps.name_area() if self.isVisible() else QRect()

    # -- what the keys do -------------------------------------------------------------------------------

    def copy_current(self) -> None:
        """Enter: copy the selected phrase, or show the form where a required blank is empty."""
        self._phrases.copy()

    def tick_selected(self) -> None:
        index = self.steps.currentIndex()
        key = index.data(StepRole.Key)
        if key is None:
            return
        undo = bool(index.data(StepRole.Done))
        if not self._ticks.tick(str(key), undo=undo):
            self.status.flash(self.tr("Start a complaint first (Ctrl+N)."))
            return
        said = self.tr("Unticked %s · Ctrl+Z undoes") if undo else self.tr("Ticked %s · Ctrl+Z undoes")
        self.status.flash(said % index.data(Qt.ItemDataRole.DisplayRole))

    def undo_tick(self) -> None:
        """Take the last Space back (a tick or an untick), as long as its complaint is still current."""
        undone = self._ticks.undo_last()
        if undone is None:
            self.status.flash(self.tr("Nothing to undo."))
            return
        key, was_undo = undone
        label = self.steps.select_step(key).data(Qt.ItemDataRole.DisplayRole)
        self.status.flash((self.tr("Ticked %s again") if was_undo else self.tr("Unticked %s")) % label)

    def switch_complaint(self, step: int) -> None:
        self.complaint_box.step(step)

    # -- events -----------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        # A tray app: closing the panel hides it, and its place is kept for next time.
        event.ignore()
        self.hide()

    def setVisible(self, visible: bool) -> None:
        if not visible:
            self._sway_place.before_hide()  # while sway still has it: where the agent left it
        super().setVisible(visible)

    def hideEvent(self, event: QHideEvent) -> None:
        self._ticker.stop()
        self._place.save(self)
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._handle_key(event, watched)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handle_key(event, None):
            super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent, watched: QObject | None) -> bool:
        if watched in (self.steps, self.phrases):
            # A sentence typed here by mistake: the lists would jump to the row starting with each letter,
            # tick at every space and copy at the final Enter.
            if self._typing.letter(event):
                self.status.flash(self.tr("Typing does nothing here: click the chat window to write."))
                return True
            if self._typing.in_sentence(event):
                return True
        return handle_key(self, event, in_steps=watched is self.steps)

    # -- showing ----------------------------------------------------------------------------------------

    def _show_step(self) -> None:
        step, complaint = self.steps.current_step(), self._complaints.current()
        # The tips the customer's message raised at this step come first.
        tips = self._messages.tips(complaint.id if complaint else None, step.key) if step is not None else ()
        self._detail.show_step(step, tips)
        self._phrases.show_step(step)

    def _on_picked(self, complaint_id: int) -> None:
        current = self._complaints.current()
        if current is None or current.id != complaint_id:
            self._complaints.switch(complaint_id)
            self.form.forget()  # another customer: nothing typed for the last one may carry over

    def _update_clock(self) -> None:
        self._clock.show_for(self._complaints.current(), now(), self.flow.settings.reply_targets())
