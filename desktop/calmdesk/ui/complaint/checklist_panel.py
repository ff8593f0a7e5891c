"""The checklist panel: a small always-on-top window beside the chat tool that walks through a complaint."""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from calmdesk.core.clock_fields import clock_fields
from calmdesk.core.complaint import next_step, phrases_for_step
from calmdesk.core.complaint_time import AMBER, RED, duration, reply_clock
from calmdesk.core.placeholders import MissingValues, blanks
from calmdesk.ui.common.fill_form import FillForm
from calmdesk.ui.common.phrase_actions import Clipboard, CopyError, PhraseActions
from calmdesk.ui.common.result_delegate import ResultDelegate
from calmdesk.ui.common.results_model import ResultsModel
from calmdesk.ui.complaint.checklist_model import StepRole, StepsModel
from calmdesk.ui.complaint.complaint_watch import now
from calmdesk.ui.complaint.offer_bar import OfferBar

if TYPE_CHECKING:
    from calmdesk.core.library import Library
    from calmdesk.core.model import Phrase
    from calmdesk.store.settings import Settings
    from calmdesk.store.userstore import UserStore
    from calmdesk.ui.complaint.complaint_watch import ComplaintWatch

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CLOCK_COLOURS = {AMBER: "#b9770e", RED: "#c0392b"}  # readable on light and dark backgrounds alike
_FLASH_MS = 2500
# Keys closer than this to a typed letter belong to a sentence typed here by mistake (meant for the chat):
# its spaces must not tick step after step, nor its Enter copy a phrase over the agent's clipboard.
TYPING_PAUSE_MS = 1200
_KEYS = Qt.KeyboardModifier
_TYPING_MODIFIERS = _KEYS.ControlModifier | _KEYS.AltModifier | _KEYS.MetaModifier


class _Hit:
    """Shaped like a search hit, so the panel's phrase list reuses the picker's model and delegate."""

    __slots__ = ("phrase",)

    def __init__(self, phrase: Phrase) -> None:
        self.phrase = phrase


def _clock(span: timedelta) -> str:
    seconds = int(span.total_seconds())
    if seconds >= 3600:
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    return f"{seconds // 60}:{seconds % 60:02d}"


class ChecklistPanel(QWidget):
    """Steps of the current complaint, the open one's goal, do's and don'ts, and its phrases.

    Built once at start and only shown on request. Keys: Up/Down steps, Space ticks, Tab to the phrases,
    Enter copies the selected phrase (the same copy path and fill rule as the picker), Ctrl+N new
    complaint, Ctrl+PgUp/PgDn switch complaint, Esc hides. Closing hides; its place and size are kept.

    Signals:
        phraseCopied(str, str): a phrase id and the text copied.
        newComplaintRequested(): the agent asked for a new complaint.
        closeComplaintRequested(): the agent asked to close the current complaint.
    """

    phraseCopied = Signal(str, str)
    newComplaintRequested = Signal()
    closeComplaintRequested = Signal()

    def __init__(
        self,
        library: Library,
        settings: Settings,
        clipboard: Clipboard,
        complaints: ComplaintWatch,
        store: UserStore | None = None,
        geometry_file: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self._library = library
        self._settings = settings
        self._complaints = complaints
        self._geometry_file = geometry_file
        self._actions = PhraseActions(settings, clipboard, store, None, self, complaints)
        self._picker = QComboBox(self)
        self._new = QPushButton(self.tr("New…"), self)
        self._clock = QLabel(self)
        self._steps_model = StepsModel(complaints.checklist, self)
        self._steps = QListView(self)
        self._detail = QTextBrowser(self)
        self._phrases_model = ResultsModel(
            library.categories,
            parent=self,
            fill=lambda: (self._actions.prefill(), self._settings.working_time()),
        )
        self._phrases = QListView(self)
        self._form = FillForm(key_filter=self, parent=self)
        self._offer = OfferBar(self)
        self._status = QLabel(self)
        self._close = QPushButton(self.tr("Close complaint…"), self)
        self._ticker = QTimer(self)
        self._hints_timer = QTimer(self)
        self._place: tuple[int | None, str | None] | None = None  # (complaint, next step) last shown
        self._typed_at = -1.0  # monotonic time of the last letter typed into the lists, -1: none yet
        self._last_tick: tuple[int, str, bool] | None = None  # (complaint, step, was an untick): Ctrl+Z

        self.setWindowTitle(self.tr("Checklist"))  # the app name follows from the display name
        self.setAccessibleName(self.tr("Complaint checklist"))
        self._picker.setAccessibleName(self.tr("Open complaints"))
        self._new.setAccessibleName(self.tr("New complaint"))
        self._new.setToolTip(self.tr("Start a new complaint (Ctrl+N)"))
        self._clock.setAccessibleName(self.tr("Reply clock"))
        self._clock.setTextFormat(Qt.TextFormat.RichText)
        self._clock.setWordWrap(True)
        self._steps.setModel(self._steps_model)
        self._steps.setAccessibleName(self.tr("Checklist steps"))
        self._steps.setUniformItemSizes(True)
        self._detail.setAccessibleName(self.tr("What to do in this step"))
        self._detail.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._detail.setOpenLinks(False)
        self._phrases.setModel(self._phrases_model)
        self._phrases.setItemDelegate(ResultDelegate(self._phrases))
        self._phrases.setAccessibleName(self.tr("Phrases for this step"))
        self._phrases.setUniformItemSizes(True)
        self._status.setAccessibleName(self.tr("Status"))
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._status.setWordWrap(True)
        self._status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._close.setAccessibleName(self.tr("Close complaint"))
        self._ticker.setInterval(1000)
        self._hints_timer.setSingleShot(True)
        self._hints_timer.setInterval(_FLASH_MS)
        for widget in (self._steps, self._phrases, self._picker):
            widget.installEventFilter(self)

        self._picker.activated.connect(self._on_picked)
        self._new.clicked.connect(self.newComplaintRequested)
        self._close.clicked.connect(self.closeComplaintRequested)
        self._steps.selectionModel().currentChanged.connect(lambda *_a: self._show_step())
        self._phrases.selectionModel().currentChanged.connect(lambda *_a: self._show_phrase_blanks())
        self._phrases.doubleClicked.connect(lambda _i: self._copy())
        self._complaints.changed.connect(self.refresh)
        self._ticker.timeout.connect(self._update_clock)
        self._hints_timer.timeout.connect(self._show_hints)

        top = QHBoxLayout()
        top.addWidget(self._picker, 1)
        top.addWidget(self._new)
        bottom = QHBoxLayout()
        bottom.addWidget(self._status, 1)
        bottom.addWidget(self._close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self._clock)
        layout.addWidget(self._steps)
        layout.addWidget(self._detail, 3)
        layout.addWidget(self._phrases, 2)
        layout.addWidget(self._form)
        layout.addWidget(self._offer)
        layout.addLayout(bottom)
        self._fit_steps()
        self.resize(380, 660)
        self.setMinimumSize(300, 480)
        self._restore_geometry()
        self._show_hints()
        self.refresh()

    # -- public -----------------------------------------------------------------------------------------

    def set_settings(self, settings: Settings) -> None:
        self._settings = settings
        self._actions.set_settings(settings)
        self.refresh()

    def summon(self) -> None:
        """Show beside whatever is open, keep its last place, and take the keyboard."""
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()
        self._steps.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self._ticker.start()

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
        else:
            self.summon()

    def refresh(self) -> None:
        """Re-read the current complaint: the list, the ticks, the step to work on, the clock."""
        complaint = self._complaints.current()
        self._picker.blockSignals(True)
        self._picker.clear()
        for c in self._complaints.open_complaints():
            parts = [c.label(), *(p for p in (c.channel, c.topic) if p)]
            self._picker.addItem(" · ".join(parts), c.id)
        if not self._complaints.open_complaints():
            self._picker.addItem(self.tr("No complaint open: Ctrl+N starts one"), 0)
        if complaint is not None:
            self._picker.setCurrentIndex(max(0, self._picker.findData(complaint.id)))
        self._picker.blockSignals(False)
        self._close.setEnabled(complaint is not None)
        self._steps_model.set_complaint(complaint)
        # The selection follows the work (a tick, another complaint), not every refresh: a step the agent
        # is reading stays selected while the CLI or the clock changes something else.
        place = (complaint.id if complaint else None, next_step(complaint) if complaint else None)
        if place != self._place or not self._steps.currentIndex().isValid():
            self._place = place
            row = self._steps_model.row_of(place[1])
            self._steps.setCurrentIndex(self._steps_model.index(max(0, row), 0))
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
        return self._phrases_model.phrase(self._phrases.currentIndex().row())

    # -- events -----------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        # A tray app: closing the panel hides it, and its place is kept for next time.
        event.ignore()
        self.hide()

    def hideEvent(self, event: QHideEvent) -> None:
        self._ticker.stop()
        self._save_geometry()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._handle_key(event, watched)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handle_key(event, None):
            super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent, watched: QObject | None) -> bool:
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        if watched in (self._steps, self._phrases) and self._typing(event):
            return True
        if key == Qt.Key.Key_Escape:
            self.hide()
        elif ctrl and key == Qt.Key.Key_Z:
            self._undo_tick()
        elif key in _ENTER and mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
            self._copy()
        elif key == Qt.Key.Key_Space and watched is self._steps and not mods:
            self._tick_selected()
        elif ctrl and key == Qt.Key.Key_N:
            self.newComplaintRequested.emit()
        elif ctrl and key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._switch(-1 if key == Qt.Key.Key_PageUp else 1)
        else:
            return False
        return True

    def _typing(self, event: QKeyEvent) -> bool:
        """True when `event` is part of text typed into the lists: swallowed, and the agent told why.

        The lists would otherwise jump to the step or phrase starting with each letter, tick at every space
        and copy at the final Enter.
        """
        text = event.text()
        letter = bool(text) and text.isprintable() and not text.isspace()
        if letter and not event.modifiers() & _TYPING_MODIFIERS:
            self._typed_at = time.monotonic()
            self._flash(self.tr("Typing does nothing here: click the chat window to write."))
            return True
        recent = self._typed_at >= 0 and time.monotonic() - self._typed_at < TYPING_PAUSE_MS / 1000
        if recent and event.key() in (Qt.Key.Key_Space, *_ENTER):
            self._typed_at = time.monotonic()  # the sentence goes on: so does the pause
            return True
        return False

    # -- steps and phrases ------------------------------------------------------------------------------

    def _tick_selected(self) -> None:
        index = self._steps.currentIndex()
        key = index.data(StepRole.Key)
        if key is None:
            return
        complaint = self._complaints.current()
        if complaint is None:
            self._flash(self.tr("Start a complaint first (Ctrl+N)."))
            return
        undo = bool(index.data(StepRole.Done))
        self._complaints.tick(str(key), undo=undo)
        self._last_tick = (complaint.id, str(key), undo)
        said = self.tr("Unticked %s · Ctrl+Z undoes") if undo else self.tr("Ticked %s · Ctrl+Z undoes")
        self._flash(said % index.data(Qt.ItemDataRole.DisplayRole))

    def _undo_tick(self) -> None:
        """Take the last Space back (a tick or an untick), as long as its complaint is still current."""
        complaint = self._complaints.current()
        if self._last_tick is None or complaint is None or complaint.id != self._last_tick[0]:
            self._flash(self.tr("Nothing to undo."))
            return
        _id, key, was_undo = self._last_tick
        self._last_tick = None
        self._complaints.tick(key, undo=not was_undo)
        row = self._steps_model.row_of(key)
        self._steps.setCurrentIndex(self._steps_model.index(max(0, row), 0))
        label = self._steps_model.index(max(0, row), 0).data(Qt.ItemDataRole.DisplayRole)
        self._flash((self.tr("Ticked %s again") if was_undo else self.tr("Unticked %s")) % label)

    def set_library(self, library: Library) -> None:
        """New phrases (the editor saved, a team pack changed): the step's phrase list shows them."""
        self._library = library
        self._show_step()

    def _show_step(self) -> None:
        step = self._steps_model.step(self._steps.currentIndex().row())
        if step is None:
            self._detail.clear()
            self._phrases_model.set_hits([])
            return
        esc = html.escape
        parts = [f"<p><b>{esc(step.goal)}</b></p><ul style='margin-left:-16px'>"]
        parts += [f"<li>{esc(tip)}</li>" for tip in step.do]
        parts.append("</ul>")
        for instead in step.dont:
            parts.append(
                f"<p><span style='color:#c0392b'>{esc(self.tr('Avoid'))}:</span> {esc(instead.avoid)}<br>"
                f"<span style='color:#1e8449'>→ {esc(self.tr('Say instead'))}:</span> {esc(instead.say)}</p>"
            )
        self._detail.setHtml("".join(parts))
        complaint = self._complaints.current()
        channel = complaint.channel if complaint else ""
        phrases = phrases_for_step(self._library.phrases, step, channel)
        self._phrases_model.set_hits([_Hit(p) for p in phrases])
        if phrases:
            self._phrases.setCurrentIndex(self._phrases_model.index(0, 0))
        self._show_phrase_blanks()

    def _show_phrase_blanks(self) -> None:
        phrase = self.current_phrase()
        # As in the picker: a promised time is computed in the agent's working hours and shown as a field,
        # so "by 10:30 tomorrow" is seen, and can be changed, before it is copied.
        times, computed = (
            clock_fields(phrase.text, datetime.now(), self._settings.working_time()) if phrase else ((), {})
        )
        fields = (*blanks(phrase.text), *times) if phrase else ()
        self._form.set_blanks(fields, {**self._actions.prefill(), **computed})
        self._form.setVisible(self._form.has_blanks())

    def _copy(self) -> None:
        phrase = self.current_phrase()
        if phrase is None:
            return
        try:
            text = self._actions.copy(phrase, self._form.values(), stay=True)
        except MissingValues as exc:
            self._form.setVisible(True)
            self._form.show_missing(exc.names)
            self._form.focus_first()
            return
        except CopyError as exc:
            self._flash(self.tr("Could not copy: %s") % exc)
            return
        self.phraseCopied.emit(phrase.id, text)
        self._flash(self.tr("Copied: %s") % phrase.title)

    # -- complaints and the clock -----------------------------------------------------------------------

    def _on_picked(self, row: int) -> None:
        complaint_id = int(self._picker.itemData(row) or 0)
        current = self._complaints.current()
        if complaint_id and (current is None or current.id != complaint_id):
            self._complaints.switch(complaint_id)
            self._form.forget()

    def _switch(self, step: int) -> None:
        count = self._picker.count()
        if count > 1:
            row = (self._picker.currentIndex() + step) % count
            self._picker.setCurrentIndex(row)
            self._on_picked(row)

    def _update_clock(self) -> None:
        complaint = self._complaints.current()
        if complaint is None:
            self._clock.setText(
                html.escape(self.tr("The steps work as a guide; start a complaint to tick them."))
            )
            return
        moment = now()
        clock = reply_clock(complaint, moment, self._settings.reply_targets())
        text = self.tr("Open for %s") % _clock(duration(complaint, moment))
        if clock.target is not None:
            wait = self.tr("waiting %s of %s") % (_clock(clock.waited), _clock(clock.target))
            colour = _CLOCK_COLOURS.get(clock.state)
            label = {AMBER: self.tr("reply soon"), RED: self.tr("reply now")}.get(clock.state, "")
            wait = html.escape(wait + (f" · {label}" if label else ""))
            text = html.escape(text) + " · " + (f"<b style='color:{colour}'>{wait}</b>" if colour else wait)
        else:
            text = html.escape(text + " · " + self.tr("waiting %s") % _clock(clock.waited))
        self._clock.setText(text)

    # -- status line and geometry -----------------------------------------------------------------------

    def _flash(self, message: str) -> None:
        self._status.setText(message)
        self._hints_timer.start()

    def _show_hints(self) -> None:
        self._status.setText(self.tr("↑↓ step · Space tick · Tab phrases · Enter copy · Esc hide"))

    def _settings_store(self) -> QSettings | None:
        if not self._geometry_file:
            return None
        return QSettings(self._geometry_file, QSettings.Format.IniFormat)

    def _fit_steps(self) -> None:
        """Exactly the twelve steps, no scrolling and no empty rows: the detail below gets the rest."""
        rows = max(1, self._steps_model.rowCount())
        frame = 2 * self._steps.frameWidth()
        self._steps.setFixedHeight(self._steps.sizeHintForRow(0) * rows + frame + 2)

    def _restore_geometry(self) -> None:
        store = self._settings_store()
        saved = store.value("panel/geometry") if store is not None else None
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            self.restoreGeometry(saved)

    def _save_geometry(self) -> None:
        store = self._settings_store()
        if store is not None:
            store.setValue("panel/geometry", self.saveGeometry())
            store.sync()
