"""The checklist panel: a small always-on-top window beside the chat tool that walks through a complaint."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from calmdesk.core.complaint import next_step
from calmdesk.core.placeholders import MissingValues
from calmdesk.system.popup_window import float_if_tiling
from calmdesk.system.sway_place import SwayPlace
from calmdesk.ui.common.fill_form import FillForm
from calmdesk.ui.common.key_table import ANY, CTRL, ENTER_KEYS, NONE, KeyTable
from calmdesk.ui.common.phrase_actions import Clipboard, CopyError
from calmdesk.ui.common.phrase_flow import NoStore, PhraseFlow, PhraseStore, complaint_summary
from calmdesk.ui.common.phrase_list import PhraseList
from calmdesk.ui.common.reading_words import topic_name
from calmdesk.ui.common.status_line import StatusLine
from calmdesk.ui.common.window_place import WindowPlace
from calmdesk.ui.complaint.checklist_model import StepRole, StepsModel
from calmdesk.ui.complaint.complaint_watch import now
from calmdesk.ui.complaint.message_line import MessageLine
from calmdesk.ui.complaint.offer_bar import OfferBar
from calmdesk.ui.complaint.reply_clock_label import ReplyClockLabel
from calmdesk.ui.complaint.step_detail import StepDetail
from calmdesk.ui.complaint.typing_guard import TypingGuard

if TYPE_CHECKING:
    from calmdesk.core.library import Library
    from calmdesk.core.model import Phrase
    from calmdesk.core.reading.for_reply import MessageOutcome
    from calmdesk.core.reading.model import Reading, StepTip
    from calmdesk.store.settings import Settings
    from calmdesk.ui.complaint.complaint_watch import ComplaintWatch


class _Hit:
    """Shaped like a search hit, so the panel's phrase list reuses the picker's model and delegate."""

    __slots__ = ("phrase",)

    def __init__(self, phrase: Phrase) -> None:
        self.phrase = phrase


@dataclass(frozen=True)
class _Key:
    """What a chord does in the panel; `steps_only`: only while the step list has the keyboard."""

    act: Callable[[ChecklistPanel], object]
    steps_only: bool = False


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
        self.complaint_box = QComboBox(self)
        self._new = QPushButton(self.tr("New…"), self)
        self._clock = ReplyClockLabel(self)
        self._message_line = MessageLine(self)  # how the message a complaint was started from reads
        # By complaint id: the reading its message gave and the tips it raised (None: started otherwise).
        self._messages: dict[int, tuple[Reading, tuple[StepTip, ...]] | None] = {}
        self.steps_model = StepsModel(complaints.checklist, self)
        self.steps = QListView(self)
        self._detail = StepDetail(self)
        self.phrases = PhraseList(library.categories, self._row_fill, parent=self)
        self.phrases.results.set_language(library.language)  # marks a phrase in another language
        self.form = FillForm(key_filter=self, parent=self)
        self._offer = OfferBar(self)
        hints = self.tr("↑↓ step · Space tick · Tab phrases · Enter copy · Esc hide")
        self.status = StatusLine(lambda: hints, self)
        self._close = QPushButton(self.tr("Close complaint…"), self)
        self._ticker = QTimer(self)
        self._shown_for: tuple[int | None, str | None] | None = None  # (complaint, next step) last shown
        self._ticking_here = False  # a Space tick in progress: the selection stays on the ticked step
        self._typing = TypingGuard()
        self._last_tick: tuple[int, str, bool] | None = None  # (complaint, step, was an untick): Ctrl+Z

        self.setWindowTitle(self.tr("Checklist"))  # the app name follows from the display name
        self.setAccessibleName(self.tr("Complaint checklist"))
        self.complaint_box.setAccessibleName(self.tr("Open complaints"))
        self._new.setAccessibleName(self.tr("New complaint"))
        self._new.setToolTip(self.tr("Start a new complaint (Ctrl+N)"))
        self.steps.setModel(self.steps_model)
        self.steps.setAccessibleName(self.tr("Checklist steps"))
        self.steps.setUniformItemSizes(True)
        self.phrases.setAccessibleName(self.tr("Phrases for this step"))
        self.phrases.setVerticalScrollMode(QListView.ScrollMode.ScrollPerItem)
        self._close.setAccessibleName(self.tr("Close complaint"))
        self._ticker.setInterval(1000)
        for widget in (self.steps, self.phrases, self.complaint_box):
            widget.installEventFilter(self)

        self.complaint_box.activated.connect(self._on_picked)
        self._new.clicked.connect(self.newComplaintRequested)
        self._close.clicked.connect(self.closeComplaintRequested)
        self.steps.selectionModel().currentChanged.connect(lambda *_a: self._show_step())
        self.phrases.selectionModel().currentChanged.connect(lambda *_a: self._show_phrase_blanks())
        self.phrases.doubleClicked.connect(lambda _i: self.copy_current())
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
        self._fit_steps()
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
        self.phrases.results.set_language(library.language)
        self._show_step()

    def set_message(self, complaint_id: int, message: MessageOutcome) -> None:
        """The customer's message complaint `complaint_id` was started from: its reading is shown, and the
        tips its threats raise come first at their steps (the store keeps them for the next run)."""
        self._messages[complaint_id] = (message.reading, message.tips) if message.reading else None
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

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
        else:
            self.summon()

    def refresh(self) -> None:
        """Re-read the current complaint: the list, the ticks, the step to work on, the clock."""
        complaint = self._complaints.current()
        box = self.complaint_box
        box.blockSignals(True)
        box.clear()
        for c in self._complaints.open_complaints():
            box.addItem(complaint_summary(c, topic_name), c.id)
        if not self._complaints.open_complaints():
            box.addItem(self.tr("No complaint open: Ctrl+N starts one"), 0)
        if complaint is not None:
            box.setCurrentIndex(max(0, box.findData(complaint.id)))
        box.blockSignals(False)
        self._close.setEnabled(complaint is not None)
        self.steps_model.set_complaint(complaint)
        # The selection follows the work (a tick, another complaint), not every refresh: a step the agent
        # is reading stays selected while the CLI or the clock changes something else.
        shown_for = (complaint.id if complaint else None, next_step(complaint) if complaint else None)
        if shown_for != self._shown_for or not self.steps.currentIndex().isValid():
            self._shown_for = shown_for
            # Space ticks where the agent is; Down moves on (moving too made Space, Down skip a step).
            if not self._ticking_here or not self.steps.currentIndex().isValid():
                self._select_step(shown_for[1])
        self._show_message(complaint.id if complaint else None)
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
        return self.phrases.current_phrase()

    def current_step_area(self) -> QRect:
        """On screen, the selected step's box and name (the step worked on): what the picker must leave
        in view. Empty while the panel is hidden."""
        index = self.steps.currentIndex()
        if not self.isVisible() or not index.isValid():
            return QRect()
        row = self.steps.visualRect(index)
        # The name's end, not the row's: at 200% the picker may cover the empty right of the row.
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = index.data(Qt.ItemDataRole.FontRole)  # the step to work on is bold
        metrics = QFontMetrics(font) if isinstance(font, QFont) else self.steps.fontMetrics()
        box = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 16  # and the margins around it
        row.setWidth(min(row.width(), box + metrics.horizontalAdvance(text)))
        return QRect(self.steps.viewport().mapToGlobal(row.topLeft()), row.size())

    # -- what the keys do -------------------------------------------------------------------------------

    def copy_current(self) -> None:
        """Enter: copy the selected phrase, or show the form where a required blank is empty."""
        phrase = self.current_phrase()
        if phrase is None:
            return
        try:
            text = self.flow.copy(phrase, self.form.values())
        except MissingValues as exc:
            self.form.setVisible(True)
            self.form.show_missing(exc.names)
            self.form.focus_first()
            return
        except CopyError as exc:
            self.status.flash(self.tr("Could not copy: %s") % exc)
            return
        self.phraseCopied.emit(phrase.id, text)
        self.status.flash(self.tr("Copied: %s") % phrase.title)

    def tick_selected(self) -> None:
        index = self.steps.currentIndex()
        key = index.data(StepRole.Key)
        if key is None:
            return
        complaint = self._complaints.current()
        if complaint is None:
            self.status.flash(self.tr("Start a complaint first (Ctrl+N)."))
            return
        undo = bool(index.data(StepRole.Done))
        self._ticking_here = True
        try:
            self._complaints.tick(str(key), undo=undo)
        finally:
            self._ticking_here = False
        self._last_tick = (complaint.id, str(key), undo)
        said = self.tr("Unticked %s · Ctrl+Z undoes") if undo else self.tr("Ticked %s · Ctrl+Z undoes")
        self.status.flash(said % index.data(Qt.ItemDataRole.DisplayRole))

    def undo_tick(self) -> None:
        """Take the last Space back (a tick or an untick), as long as its complaint is still current."""
        complaint = self._complaints.current()
        if self._last_tick is None or complaint is None or complaint.id != self._last_tick[0]:
            self.status.flash(self.tr("Nothing to undo."))
            return
        _id, key, was_undo = self._last_tick
        self._last_tick = None
        self._complaints.tick(key, undo=not was_undo)
        label = self._select_step(key).data(Qt.ItemDataRole.DisplayRole)
        self.status.flash((self.tr("Ticked %s again") if was_undo else self.tr("Unticked %s")) % label)

    def switch_complaint(self, step: int) -> None:
        count = self.complaint_box.count()
        if count > 1:
            row = (self.complaint_box.currentIndex() + step) % count
            self.complaint_box.setCurrentIndex(row)
            self._on_picked(row)

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
        bound = _KEYS.find(event)
        if bound is None or (bound.steps_only and watched is not self.steps):
            return False
        bound.act(self)
        return True

    # -- showing ----------------------------------------------------------------------------------------

    def _row_fill(self) -> tuple[dict[str, str], Any]:
        return self.flow.prefill(), self.flow.settings.working_time()

    def _select_step(self, key: str | None) -> Any:
        index = self.steps_model.index(max(0, self.steps_model.row_of(key)), 0)
        self.steps.setCurrentIndex(index)
        return index

    def _message(self, complaint_id: int | None) -> tuple[Reading, tuple[StepTip, ...]] | None:
        """The reading complaint `complaint_id` was started from, asked of the store once per complaint."""
        if complaint_id is None:
            return None
        if complaint_id not in self._messages:
            self._messages[complaint_id] = self._complaints.reading(complaint_id)
        return self._messages[complaint_id]

    def _show_message(self, complaint_id: int | None) -> None:
        message = self._message(complaint_id)
        self._message_line.show_reading(message[0] if message is not None else None)

    def _raised_tips(self, step_key: str) -> list[StepTip]:
        complaint = self._complaints.current()
        message = self._message(complaint.id if complaint is not None else None)
        return [tip for tip in message[1] if tip.step == step_key] if message is not None else []

    def _show_step(self) -> None:
        step = self.steps_model.step(self.steps.currentIndex().row())
        self._detail.show_step(step, self._raised_tips(step.key) if step is not None else ())
        if step is None:
            self.phrases.show_hits([])
            return
        self.phrases.show_hits([_Hit(p) for p in self.flow.step_phrases(step)])
        self._show_phrase_blanks()

    def _show_phrase_blanks(self) -> None:
        # The same fields as the picker's: a promised time is computed in the agent's working hours and
        # shown as a field, so "by 10:30 tomorrow" is seen, and can be changed, before it is copied.
        self.form.set_blanks(*self.flow.fields(self.current_phrase()))
        self.form.setVisible(self.form.has_blanks())

    def _on_picked(self, row: int) -> None:
        complaint_id = int(self.complaint_box.itemData(row) or 0)
        current = self._complaints.current()
        if complaint_id and (current is None or current.id != complaint_id):
            self._complaints.switch(complaint_id)
            self.form.forget()

    def _update_clock(self) -> None:
        self._clock.show_for(self._complaints.current(), now(), self.flow.settings.reply_targets())

    def _fit_steps(self) -> None:
        """Exactly the twelve steps, no scrolling and no empty rows: the detail below gets the rest."""
        rows = max(1, self.steps_model.rowCount())
        frame = 2 * self.steps.frameWidth()
        self.steps.setFixedHeight(self.steps.sizeHintForRow(0) * rows + frame + 2)


_KEYS: KeyTable[_Key] = KeyTable(
    [
        ((Qt.Key.Key_Escape, ANY), _Key(lambda p: p.hide())),
        ((Qt.Key.Key_Z, CTRL), _Key(lambda p: p.undo_tick())),
        *(((key, mods), _Key(lambda p: p.copy_current())) for key in ENTER_KEYS for mods in (NONE, CTRL)),
        ((Qt.Key.Key_Space, NONE), _Key(lambda p: p.tick_selected(), steps_only=True)),
        ((Qt.Key.Key_N, CTRL), _Key(lambda p: p.newComplaintRequested.emit())),
        ((Qt.Key.Key_R, CTRL), _Key(lambda p: p.customerRepliedRequested.emit())),
        ((Qt.Key.Key_PageUp, CTRL), _Key(lambda p: p.switch_complaint(-1))),
        ((Qt.Key.Key_PageDown, CTRL), _Key(lambda p: p.switch_complaint(1))),
    ]
)
