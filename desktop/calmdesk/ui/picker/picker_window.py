"""The search popup: type a few letters, pick a phrase, fill its blanks, and it is on the clipboard."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from calmdesk.core.placeholders import MissingValues
from calmdesk.ui.common.phrase_actions import Clipboard, CopyError, Paster, PhraseActions
from calmdesk.ui.common.phrase_flow import NoStore, PhraseFlow, PhraseStore
from calmdesk.ui.common.screen_fit import PLACES_ITSELF
from calmdesk.ui.common.status_line import StatusLine
from calmdesk.ui.complaint.complaint_watch import ComplaintWatch
from calmdesk.ui.picker import picker_texts
from calmdesk.ui.picker.message_control import MessageControl
from calmdesk.ui.picker.phrase_search import PhraseSearch
from calmdesk.ui.picker.picker_keys import handle_key
from calmdesk.ui.picker.picker_place import PREFERRED_SIZE, SMALLEST_SIZE, KeepClear, picker_spot
from calmdesk.ui.picker.rounded_panel import RoundedPanel
from calmdesk.ui.picker.tone_check import ToneCheck
from calmdesk.ui.picker.whose_label import WhoseLabel

if TYPE_CHECKING:
    from pathlib import Path

    from calmdesk.core.library import Library
    from calmdesk.core.model import Phrase
    from calmdesk.core.search import SearchIndex
    from calmdesk.store.settings import Settings
    from calmdesk.ui.picker.check_pane import CheckPane

__all__ = ["Clipboard", "Paster", "PickerWindow"]  # the collaborators' shapes are part of the picker's API


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
        self._check = ToneCheck(self._flow, self.search, self.status, self._place_check)  # Ctrl+T
        self.message = MessageControl(
            self, self._flow, self.search, self.status, self._check.rules.folders,
            lambda: self.isVisible() and not self._check.on,
        )  # fmt: skip
        self.reading_line = self.message.line

        self.setWindowTitle(self.tr("CalmDesk"))
        self.setAccessibleName(self.tr("CalmDesk phrase picker"))
        self.whose.setAccessibleName(self.tr("Current complaint"))
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
            if self._check.on:  # each summon is a new look-up; the draft waits behind Ctrl+T
                self.set_checking(False)
        self._show_whose()
        self.search.refresh()
        self.status.show_hints()
        self._place()
        self.show()
        self.raise_()
        self.activateWindow()
        if self._check.on:  # shown already, in the tone check: stay with the draft
            self._check.resume()
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
        return self._check.on

    def set_checking(self, on: bool) -> None:
        self._check.set_on(on)
        self.status.show_hints()

    def set_tone_dirs(self, dirs: Sequence[Path]) -> None:
        """Pack folders beyond the settings' (the --packs of this run), whose tone/ rules the check adds."""
        self._check.set_extra_dirs(dirs)

    def check_pane(self) -> CheckPane:
        """The tone check, built on first use: start-up neither imports nor compiles the tone rules."""
        return self._check.pane()

    def set_library(self, index: SearchIndex, library: Library) -> None:
        """New phrases (the editor saved, a team pack changed, a pack folder handed over while running):
        search them from now on, keeping the query, the chip and the selected phrase."""
        self._flow.set_library(library)
        self._check.rules.forget()  # a team pack changed: its tone rules may have too (read on next use)
        self.search.set_index(index, listed=self.isVisible())  # a summon searches anew

    def current_phrase(self) -> Phrase | None:
        return self.search.current_phrase()

    # -- what the keys do -------------------------------------------------------------------------------

    def activate(self, *, stay: bool) -> None:
        """Enter copies when no required blank is empty; otherwise it takes the agent to the form first."""
        phrase = self.current_phrase()
        if phrase is None:
            return
        try:
            text = self._actions.copy(phrase, self.search.form.values(), stay=stay, query=self.search.query())
        except MissingValues as exc:
            self.search.ask_for(exc.names)
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
            return handle_key(self, event, from_search=watched is self.search.field, checking=self._check.on)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not handle_key(self, event, from_search=False, checking=self._check.on):
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

    def _hide_if_inactive(self) -> None:
        if not self.isActiveWindow() and not self._actions.is_hiding():
            self.hide()

    # -- showing ----------------------------------------------------------------------------------------

    def _place_check(self, pane: QWidget) -> None:
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.status), pane, 1)  # where it sat when built at start

    def _place(self) -> None:
        spot = picker_spot(self._keep_clear)
        self.resize(spot.size())
        self.move(spot.topLeft())
        self.placed.emit(self.geometry())

    def _hints(self) -> str:
        if self._check.on:
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
        if self.isVisible():  # a summon refreshes everything anyway
            self.search.follow_complaint()
