"""The search popup: type a few letters, pick a phrase, fill its blanks, and it is on the clipboard."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QHideEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLayout, QVBoxLayout, QWidget

from calmdesk.core.placeholders import MissingValues
from calmdesk.system.popup_window import on_wayland
from calmdesk.ui.common.clear_place import place_clear
from calmdesk.ui.common.key_table import ALT, ANY, CTRL, ENTER_KEYS, NONE, SHIFT, KeyTable
from calmdesk.ui.common.phrase_actions import Clipboard, CopyError, Paster, PhraseActions
from calmdesk.ui.common.phrase_flow import NoStore, PhraseFlow, PhraseStore
from calmdesk.ui.common.screen_fit import PLACES_ITSELF
from calmdesk.ui.common.status_line import StatusLine
from calmdesk.ui.complaint.complaint_watch import ComplaintWatch
from calmdesk.ui.picker import picker_texts
from calmdesk.ui.picker.message_control import MessageControl
from calmdesk.ui.picker.phrase_search import PhraseSearch
from calmdesk.ui.picker.rounded_panel import RoundedPanel
from calmdesk.ui.picker.tone_rules import ToneRules
from calmdesk.ui.picker.whose_label import WhoseLabel

if TYPE_CHECKING:
    from pathlib import Path

    from calmdesk.core.library import Library
    from calmdesk.core.model import Phrase
    from calmdesk.core.search import SearchIndex
    from calmdesk.store.settings import Settings
    from calmdesk.ui.picker.category_bar import CategoryBar
    from calmdesk.ui.picker.check_pane import CheckPane

__all__ = ["Clipboard", "Paster", "PickerWindow"]  # the collaborators' shapes are part of the picker's API

PREFERRED_SIZE = QSize(720, 460)  # shrunk only to fit a small screen or to keep a panel's step in view
SMALLEST_SIZE = QSize(400, 360)  # still a search, a few results and the hints: beside a panel at 200%
KeepClear = tuple[Sequence[QRect], Sequence[QRect]]  # (must not cover, had rather not cover)

_LIST_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home)


@dataclass(frozen=True)
class _Key:
    """What a chord does in the picker; `checking`: also while the tone check shows (it owns other keys);
    `search_only`: only from the search field (elsewhere the key is the focused widget's)."""

    act: Callable[[PickerWindow, QKeyEvent], object]
    checking: bool = False
    search_only: bool = False


class PickerWindow(RoundedPanel):
    """Frameless, always-on-top phrase picker, built once at start and shown on `summon()`.

    Layout and keys only: what a copy does (fill rule, records, ranking, marks) is its `PhraseFlow`'s.

    Signals:
        phraseCopied(str, str): a phrase id and the exact text put on the clipboard.
        pasteFailed(str): auto-paste could not be done (the text is still on the clipboard); why, in words.
        newComplaintRequested(): Ctrl+N, start a complaint.
        complaintFromMessageRequested(object): Ctrl+Shift+N, start a complaint from the customer's message
            read off the clipboard (its `MessageOutcome`: the reading, and the tips its threats raise).
        checklistRequested(): Ctrl+K, show the checklist panel.
        editorRequested(str): Ctrl+E: open the phrase editor at this phrase id ("" when none is selected).
        windowRequested(str): another CalmDesk window by key: "settings" (Ctrl+,), "followups" (Ctrl+J),
            "stats" (Ctrl+I) or "about" (F1).
        placed(QRect): where summon() put the picker (a window it may cover can step aside).
    """

    phraseCopied = Signal(str, str)
    pasteFailed = Signal(str)
    newComplaintRequested = Signal()
    complaintFromMessageRequested = Signal(object)
    checklistRequested = Signal()
    editorRequested = Signal(str)
    windowRequested = Signal(str)
    placed = Signal(QRect)

    def __init__(
        self,
        index: SearchIndex,
        library: Library,
        settings: Settings,
        clipboard: Clipboard,
        store: PhraseStore | None = None,
        paster: Paster | None = None,
        parent: QWidget | None = None,
        *,
        complaints: ComplaintWatch | None = None,
    ) -> None:
        super().__init__(parent)
        # Never None from here on: no watch is a watch with no complaints, no store one that keeps nothing.
        self._complaints = complaints or ComplaintWatch(None, library.checklist, settings, self)
        self._flow = PhraseFlow(settings, clipboard, library, store or NoStore(), self._complaints)
        self._actions = PhraseActions(self._flow, paster, self)
        self.whose = WhoseLabel(self)
        self.search = PhraseSearch(index, self._flow, self, self)
        self.status = StatusLine(self._hints, self)
        self._tone = ToneRules(lambda: self._flow.settings, lambda: self._flow.library.language)
        self._checking = False
        self._check: CheckPane | None = None  # the tone check (Ctrl+T), built on first use
        self.message = MessageControl(
            self, self._flow, self.search, self.status, self._tone.folders,
            lambda: self.isVisible() and not self._checking,
        )  # fmt: skip
        self.reading_line = self.message.line

        self.setWindowTitle(self.tr("CalmDesk"))
        self.setAccessibleName(self.tr("CalmDesk phrase picker"))
        self.whose.setAccessibleName(self.tr("Current complaint"))
        whose_font = self.whose.font()
        whose_font.setBold(True)  # the one line that keeps the wrong name out of a reply: easy to see
        self.whose.setFont(whose_font)
        self.resize(PREFERRED_SIZE)
        # Placed by summon() itself: not moved after the show by the screen fit's "beside the panel" rule.
        self.setProperty(PLACES_ITSELF, True)
        self._keep_clear: Callable[[QRect], KeepClear] = lambda _want: ((), ())

        self.search.noticed.connect(self.status.flash)
        self.search.repeatChanged.connect(self.status.show_hints)
        self.search.activated.connect(lambda: self.activate(stay=False))
        self._actions.hideRequested.connect(self.hide)
        self._actions.pasteFailed.connect(self.pasteFailed)
        self._complaints.changed.connect(self._on_complaint_changed)
        self.message.complaintRequested.connect(self.complaintFromMessageRequested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self.whose)
        layout.addWidget(self.reading_line)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.status)
        # The size is ours, not the layout's: otherwise showing the fill-in form or wrapping the chips
        # at their narrowest would make the popup jump in size under the agent's eyes.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(SMALLEST_SIZE)

        self._show_whose()
        self.status.show_hints()
        self.search.refresh()

    # -- public -----------------------------------------------------------------------------------------

    @property
    def phrase_actions(self) -> PhraseActions:
        """The copy with its pause, hide and paste back."""
        return self._actions

    @property
    def flow(self) -> PhraseFlow:
        """The copy flow behind the popup (fill rule, records, ranking), shared in shape with the panel."""
        return self._flow

    def summon(self) -> None:
        """Show centred in the upper part of the screen under the mouse, focused, with the query selected."""
        was_visible = self.isVisible()
        self._actions.summoned(was_visible=was_visible)
        if not was_visible:  # a new conversation; a summon while shown (tray, `calmdesk show`) is the same
            self.search.new_conversation()
            if self._checking:  # each summon is a new look-up; the draft waits behind Ctrl+T
                self.set_checking(False)
        self._show_whose()
        self.search.refresh()
        self.status.show_hints()
        self._place()
        self.show()
        self.raise_()
        self.activateWindow()
        if self._checking:  # shown already, in the tone check: stay with the draft
            self.check_pane().recheck()
            self.check_pane().focus_draft()
            return
        self.search.field.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self.search.field.selectAll()
        self.message.read_when_active()  # the line fills in when the text is read, never before the popup

    def set_keep_clear(self, keep_clear: Callable[[QRect], KeepClear]) -> None:
        """What the picker must not cover when it opens (the checklist panel's current step) and what it had
        rather not (the rest of the panel); asked at each summon with where it would open."""
        self._keep_clear = keep_clear

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
        else:
            self.summon()

    def set_settings(self, settings: Settings) -> None:
        self._flow.set_settings(settings)
        if not settings.read_messages:
            self.message.forget()
        self.search.show_current()

    def is_checking(self) -> bool:
        """Whether the picker shows the tone check (Ctrl+T) instead of the phrase search."""
        return self._checking

    def set_checking(self, on: bool) -> None:
        self._checking = on
        self.search.setVisible(not on)
        if not on:
            self.search.show_current()
        if on or self._check is not None:
            self.check_pane().setVisible(on)
        if on:
            self.check_pane().recheck()  # the complaint (customer, anger) may have changed meanwhile
            self.check_pane().focus_draft()
        else:
            self.search.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.status.show_hints()

    def set_tone_dirs(self, dirs: Sequence[Path]) -> None:
        """Pack folders beyond the settings' (the --packs of this run), whose tone/ rules the check adds."""
        self._tone.set_extra_dirs(dirs)

    def check_pane(self) -> CheckPane:
        """The tone check, built on first use: start-up neither imports nor compiles the tone rules."""
        if self._check is None:
            from calmdesk.ui.picker.check_pane import CheckPane

            flow = self._flow
            check = CheckPane(self._tone.checker, flow.library, flow.tone_context, flow.prefill, self)
            check.copyRequested.connect(self._copy_draft)
            check.setVisible(False)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.indexOf(self.status), check, 1)  # where it sat when built at start
            self._check = check
        return self._check

    def set_library(self, index: SearchIndex, library: Library) -> None:
        """New phrases (the editor saved, a team pack changed, a pack folder handed over while running):
        search them from now on, keeping the query, the chip and the selected phrase."""
        self._flow.set_library(library)
        self._tone.forget()  # a team pack changed: its tone rules may have too (read again on next use)
        self.search.list.results.set_language(library.language)  # marks a phrase in another language
        self.search.set_index(index, listed=self.isVisible())  # a summon searches anew

    def current_phrase(self) -> Phrase | None:
        return self.search.current_phrase()

    def categories(self) -> CategoryBar:
        return self.search.categories

    # -- what the keys do -------------------------------------------------------------------------------

    def activate(self, *, stay: bool) -> None:
        """Enter copies when no required blank is empty; otherwise it takes the agent to the form first."""
        phrase = self.current_phrase()
        if phrase is None:
            return
        try:
            text = self._actions.copy(phrase, self.search.form.values(), stay=stay, query=self.search.query())
        except MissingValues as exc:
            if self.search.form.owns_focus():
                self.search.form.show_missing(exc.names)
            else:  # from the search field: the form is where the empty blank gets filled
                self.search.form.focus_first()
            return
        except CopyError as exc:
            self.status.flash(self.tr("Could not copy: %s") % exc)
            return
        self.phraseCopied.emit(phrase.id, text)
        not_pasted = self._actions.not_pasted()
        if not_pasted:
            self.status.flash(self.tr("Copied, not pasted: %s") % not_pasted)
        else:
            self.status.flash(self.tr("Copied: %s") % phrase.title)

    def pick(self, row: int) -> None:
        """Alt+1-9: copy the phrase in that row."""
        if self.search.list.select_row(row):
            self.activate(stay=False)

    def move_in_list(self, event: QKeyEvent) -> None:
        moved = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
        QApplication.sendEvent(self.search.list, moved)

    def edit_current(self) -> None:
        phrase = self.current_phrase()
        self.hide()
        self.editorRequested.emit(phrase.id if phrase else "")

    def switch_complaint(self, step: int) -> None:
        if self._flow.switch_complaint(step):
            self.search.form.forget()  # another customer: nothing typed for the last one may carry over
            self.search.refresh()

    # -- events -----------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._handle_key(event, from_search=watched is self.search.field)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handle_key(event, from_search=False):
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Focus went to another application: get out of the way. A popup of our own (the line edit's
        # context menu) does not deactivate the window, so it does not land here.
        deactivated = event.type() == QEvent.Type.WindowDeactivate
        if deactivated and self.isVisible() and not self._actions.is_hiding():
            QTimer.singleShot(0, self._hide_if_inactive)
        if event.type() == QEvent.Type.WindowActivate:
            self.message.activated()
        return super().event(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # Any hide but the one after a copy (Esc, the hotkey, focus loss, `hide`) cancels the paste.
        self._actions.cancel()
        self.message.cancel()
        super().hideEvent(event)

    def _handle_key(self, event: QKeyEvent, *, from_search: bool) -> bool:
        bound = _KEYS.find(event)
        if bound is None or (bound.search_only and not from_search):
            return False
        if self._checking and not bound.checking:
            return False  # the draft editor and the check pane own every other key
        bound.act(self, event)
        return True

    def _hide_if_inactive(self) -> None:
        if not self.isActiveWindow() and not self._actions.is_hiding():
            self.hide()

    # -- showing ----------------------------------------------------------------------------------------

    def _copy_draft(self, text: str) -> None:
        try:
            self._flow.copy_text(text)
        except CopyError as exc:  # a clipboard backend failing must not lose the draft
            self.status.flash(self.tr("Could not copy: %s") % exc)
            return
        self.status.flash(self.tr("Draft copied."))

    def _place(self) -> None:
        """Centred in the upper part of the screen under the mouse, unless that hides what must stay seen."""
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        size = PREFERRED_SIZE.boundedTo(QSize(area.width() - 40, area.height() - 40))
        top = area.top() + max(20, (area.height() - size.height()) // 4)
        want = QRect(QPoint(area.center().x() - size.width() // 2, top), size)
        # Wayland tells no client where windows are (the compositor places the picker): nothing to avoid.
        avoid, rather_avoid = ((), ()) if on_wayland() else self._keep_clear(want)
        spot = place_clear(want, area, avoid, rather_avoid, SMALLEST_SIZE)
        self.resize(spot.size())
        self.move(spot.topLeft())
        self.placed.emit(self.geometry())

    def _hints(self) -> str:
        if self._checking:
            return picker_texts.check_hints()
        repeat = self.search.repeat()
        if repeat is not None:
            return picker_texts.repeat_warning(repeat)
        return picker_texts.search_hints(message_read=self._flow.reading() is not None)

    def _show_whose(self) -> None:
        """Whose complaint the blanks are filled for, so the wrong name is never sent."""
        self.whose.show_complaint(self._flow.current(), len(self._complaints.open_complaints()) - 1)

    def _on_complaint_changed(self) -> None:
        self._show_whose()
        current = self._flow.current()
        switched = (current.id if current is not None else None) != self.search.ranked_for()
        if not self.isVisible():
            return
        if switched:
            # Another complaint is current: its step ranks first, and the rows show its customer's name.
            self._flow.refresh_boosts()
            self.search.refresh()
        else:  # a tick or a copy: the form's prefill follows, the agent's place in the list stays
            self.search.show_current()


def _digit(n: int) -> _Key:
    return _Key(lambda w, _e: w.pick(n - 1))


_KEYS: KeyTable[_Key] = KeyTable(
    [
        ((Qt.Key.Key_Escape, ANY), _Key(lambda w, _e: w.hide(), checking=True)),
        ((Qt.Key.Key_T, CTRL), _Key(lambda w, _e: w.set_checking(not w.is_checking()), checking=True)),
        *(((key, NONE), _Key(lambda w, _e: w.activate(stay=False))) for key in ENTER_KEYS),
        *(((key, CTRL), _Key(lambda w, _e: w.activate(stay=True))) for key in ENTER_KEYS),
        ((Qt.Key.Key_N, CTRL), _Key(lambda w, _e: w.newComplaintRequested.emit())),
        ((Qt.Key.Key_N, CTRL | SHIFT), _Key(lambda w, _e: w.message.start_complaint())),
        ((Qt.Key.Key_K, CTRL), _Key(lambda w, _e: w.checklistRequested.emit())),
        ((Qt.Key.Key_PageUp, CTRL), _Key(lambda w, _e: w.switch_complaint(-1))),
        ((Qt.Key.Key_PageDown, CTRL), _Key(lambda w, _e: w.switch_complaint(1))),
        ((Qt.Key.Key_D, CTRL), _Key(lambda w, _e: w.search.toggle_favourite())),
        ((Qt.Key.Key_R, CTRL), _Key(lambda w, _e: w.search.use_variant())),
        ((Qt.Key.Key_G, CTRL), _Key(lambda w, _e: w.search.mark_worked())),
        ((Qt.Key.Key_E, CTRL), _Key(lambda w, _e: w.edit_current())),
        # The app's other windows, so a keyboard-only day reaches them without the tray.
        ((Qt.Key.Key_Comma, CTRL), _Key(lambda w, _e: w.windowRequested.emit("settings"))),
        ((Qt.Key.Key_J, CTRL), _Key(lambda w, _e: w.windowRequested.emit("followups"))),
        ((Qt.Key.Key_I, CTRL), _Key(lambda w, _e: w.windowRequested.emit("stats"))),
        ((Qt.Key.Key_F1, NONE), _Key(lambda w, _e: w.windowRequested.emit("about"))),
        ((Qt.Key.Key_0, CTRL), _Key(lambda w, _e: w.categories().set_current(None))),
        *(((getattr(Qt.Key, f"Key_{n}"), ALT), _digit(n)) for n in range(1, 10)),
        ((Qt.Key.Key_Left, CTRL), _Key(lambda w, _e: w.categories().step(-1), search_only=True)),
        ((Qt.Key.Key_Right, CTRL), _Key(lambda w, _e: w.categories().step(1), search_only=True)),
        # The list never takes focus; it moves its current row on these keys as if it had it.
        *(((key, NONE), _Key(lambda w, e: w.move_in_list(e), search_only=True)) for key in _LIST_KEYS),
        ((Qt.Key.Key_End, NONE), _Key(lambda w, e: w.move_in_list(e), search_only=True)),
    ]
)
