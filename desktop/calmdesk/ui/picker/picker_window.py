"""The search popup: type a few letters, pick a phrase, fill its blanks, and it is on the clipboard."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QHideEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from calmdesk.core.clock_fields import clock_fields
from calmdesk.core.complaint import by_channel
from calmdesk.core.library import expand_pack_dirs
from calmdesk.core.placeholders import MissingValues, blanks
from calmdesk.core.repetition import Repeat, find_repeat
from calmdesk.core.search import Hit, has_words
from calmdesk.store import paths
from calmdesk.store.errors import StoreError
from calmdesk.ui.common.fill_form import FillForm
from calmdesk.ui.common.phrase_actions import Clipboard, CopyError, Paster, PhraseActions
from calmdesk.ui.common.preview import PreviewPane
from calmdesk.ui.common.result_delegate import ResultDelegate
from calmdesk.ui.common.results_model import ResultsModel
from calmdesk.ui.picker.category_bar import CategoryBar
from calmdesk.ui.picker.rounded_panel import RoundedPanel
from calmdesk.ui.picker.whose_label import WhoseLabel

if TYPE_CHECKING:
    from collections.abc import Mapping

    from calmdesk.core.human_time import WorkingTime
    from calmdesk.core.library import Library
    from calmdesk.core.model import Phrase
    from calmdesk.core.search import SearchIndex
    from calmdesk.core.tone import ToneChecker, ToneContext
    from calmdesk.store.settings import Settings
    from calmdesk.store.userstore import UserStore
    from calmdesk.ui.complaint.complaint_watch import ComplaintWatch
    from calmdesk.ui.picker.check_pane import CheckPane

__all__ = ["Clipboard", "Paster", "PickerWindow"]  # the collaborators' shapes are part of the picker's API

_FLASH_MS = 2500  # how long a status message stays before the key hints come back: time to read it
_LIST_KEYS = frozenset(
    {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End}
)
_ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
_ENTER_MODS = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier)  # Ctrl: copy, stay
_RESULTS_LIMIT = 50  # for a query: a page of the best matches is all anyone scans
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class PickerWindow(RoundedPanel):
    """Frameless, always-on-top phrase picker, built once at start and shown on `summon()`.

    Signals:
        phraseCopied(str, str): a phrase id and the exact text put on the clipboard.
        pasteFailed(str): auto-paste could not be done (the text is still on the clipboard); why, in words.
        newComplaintRequested(): Ctrl+N, start a complaint.
        checklistRequested(): Ctrl+K, show the checklist panel.
        editorRequested(str): Ctrl+E: open the phrase editor at this phrase id ("" when none is selected).
    """

    phraseCopied = Signal(str, str)
    pasteFailed = Signal(str)
    newComplaintRequested = Signal()
    checklistRequested = Signal()
    editorRequested = Signal(str)

    def __init__(
        self,
        index: SearchIndex,
        library: Library,
        settings: Settings,
        clipboard: Clipboard,
        store: UserStore | None = None,
        paster: Paster | None = None,
        parent: QWidget | None = None,
        *,
        complaints: ComplaintWatch | None = None,
    ) -> None:
        super().__init__(parent)
        self._index = index
        self._complaints = complaints
        self._phrase_count = max(1, len(library.phrases))
        self._settings = settings
        self._actions = PhraseActions(settings, clipboard, store, paster, self, complaints)
        self._whose = WhoseLabel(self)
        self._search = QLineEdit(self)
        self._categories = CategoryBar(self)
        self._model = ResultsModel(library.categories, self._actions.is_favourite, self, self._row_fill)
        self._list = QListView(self)
        self._side = QWidget(self)
        self._preview = PreviewPane(self._side)
        self._form = FillForm(key_filter=self, parent=self._side)
        self._status = QLabel(self)
        self._hints_timer = QTimer(self)
        self._clipboard, self._store = clipboard, store
        self._tone: ToneChecker | None = None
        self._tone_dirs: list[Path] = []  # pack folders given for this run (--packs): their tone/ rules too
        self._library = library
        self._repeat: Repeat | None = None
        self._worked: tuple[str, dict[str, float]] | None = None  # (topic, boosts), until the next mark
        self._checking = False
        self._complaint_id: int | None = None  # the complaint the list was last ranked for
        self._check: CheckPane | None = None  # the tone check (Ctrl+T), built on first use

        self.setWindowTitle(self.tr("CalmDesk"))
        self.setAccessibleName(self.tr("CalmDesk phrase picker"))
        self._search.setPlaceholderText(self.tr("Search phrases: sorry, wait, refund…"))
        self._search.setAccessibleName(self.tr("Search phrases"))
        self._search.setClearButtonEnabled(True)
        font = self._search.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self._search.setFont(font)
        self._categories.set_categories(library.categories)
        self._list.setModel(self._model)
        self._list.setItemDelegate(ResultDelegate(self._list))
        self._list.setUniformItemSizes(True)  # all rows are two lines: lets the view skip measuring each
        self._list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._list.setAccessibleName(self.tr("Matching phrases"))
        self._list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self._preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._status.setAccessibleName(self.tr("Status"))
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # The key hints outgrow one line at the default width (and at 200%): wrap rather than clip them.
        self._status.setWordWrap(True)
        self._hints_timer.setSingleShot(True)
        self._hints_timer.setInterval(_FLASH_MS)
        self.resize(720, 460)

        self._search.textChanged.connect(self._refresh)
        self._search.installEventFilter(self)
        self._categories.categoryChanged.connect(self._refresh)
        self._list.selectionModel().currentChanged.connect(self._on_current_changed)
        self._list.clicked.connect(lambda _index: self._search.setFocus())
        self._list.doubleClicked.connect(lambda _index: self._activate(stay=False))
        self._form.valuesChanged.connect(self._update_preview)
        self._actions.hideRequested.connect(self.hide)
        self._actions.pasteFailed.connect(self.pasteFailed)
        self._hints_timer.timeout.connect(self._show_hints)

        right = QVBoxLayout(self._side)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(8)
        right.addWidget(self._preview, 1)
        right.addWidget(self._form)
        middle = QHBoxLayout()
        middle.setSpacing(10)
        middle.addWidget(self._list, 11)
        middle.addWidget(self._side, 9)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self._whose)
        layout.addWidget(self._search)
        layout.addWidget(self._categories)
        layout.addLayout(middle, 1)
        layout.addWidget(self._status)
        # The size is ours, not the layout's: otherwise showing the fill-in form or wrapping the chips
        # at their narrowest would make the popup jump in size under the agent's eyes.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(480, 360)

        self._whose.setAccessibleName(self.tr("Current complaint"))
        self._whose.setTextFormat(Qt.TextFormat.PlainText)
        whose_font = self._whose.font()
        whose_font.setBold(True)  # the one line that keeps the wrong name out of a reply: easy to see
        self._whose.setFont(whose_font)
        if complaints is not None:
            complaints.changed.connect(self._on_complaint_changed)
        self._show_whose()

        self._show_hints()
        self._refresh()

    def summon(self) -> None:
        """Show centred in the upper part of the screen under the mouse, focused, with the query selected."""
        was_visible = self.isVisible()
        self._actions.summoned(was_visible=was_visible)
        if not was_visible:  # a new conversation; a summon while shown (tray, `calmdesk show`) is the same
            self._form.forget()
            # A filter left on from the last customer would hide what this one needs, without a word.
            self._categories.set_current(None)
        self._show_whose()
        self._refresh()
        self._show_hints()
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.resize(min(self.width(), area.width() - 40), min(self.height(), area.height() - 40))
        self.move(
            area.center().x() - self.width() // 2, area.top() + max(20, (area.height() - self.height()) // 4)
        )
        self.show()
        self.raise_()
        self.activateWindow()
        if self._checking:  # back to the draft being checked (Ctrl+T returns to the search)
            self.check_pane().recheck()
            self.check_pane().focus_draft()
            return
        self._search.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self._search.selectAll()

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
        else:
            self.summon()

    def set_settings(self, settings: Settings) -> None:
        self._settings = settings
        self._actions.set_settings(settings)
        self._on_current_changed(self._list.currentIndex())

    def _row_fill(self) -> tuple[Mapping[str, str], WorkingTime]:
        """What the result rows are filled with: what a copy would take now."""
        return self._actions.prefill(), self._settings.working_time()

    def is_checking(self) -> bool:
        """Whether the picker shows the tone check (Ctrl+T) instead of the phrase search."""
        return self._checking

    def set_checking(self, on: bool) -> None:
        self._checking = on
        for widget in (self._search, self._categories, self._list):
            widget.setVisible(not on)
        if on:
            self._side.setVisible(False)
        else:
            self._on_current_changed(self._list.currentIndex())
        if on or self._check is not None:
            self.check_pane().setVisible(on)
        if on:
            self.check_pane().recheck()  # the complaint (customer, anger) may have changed meanwhile
            self.check_pane().focus_draft()
        else:
            self._search.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_hints()

    def set_tone_dirs(self, dirs: Sequence[Path]) -> None:
        """Pack folders beyond the settings' (the --packs of this run), whose tone/ rules the check adds."""
        self._tone_dirs = list(dirs)
        self._tone = None

    def check_pane(self) -> CheckPane:
        """The tone check, built on first use: start-up neither imports nor compiles the tone rules."""
        if self._check is None:
            from calmdesk.ui.picker.check_pane import CheckPane

            check = CheckPane(
                self._tone_checker, self._library, self._tone_context, self._actions.prefill, self
            )
            check.copyRequested.connect(self._copy_draft)
            check.setVisible(False)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.indexOf(self._status), check, 1)  # where it sat when built at start
            self._check = check
        return self._check

    def set_library(self, index: SearchIndex, library: Library) -> None:
        """New phrases (the editor saved, a team pack changed, a pack folder handed over while running):
        search them from now on, keeping the query, the chip and the selected phrase."""
        self._index = index
        self._library = library
        self._tone = None  # a team pack changed: its tone rules may have too (read again on next use)
        self._phrase_count = max(1, len(library.phrases))
        current = self.current_phrase()
        self._refresh()
        if current is not None:  # the agent's selection stays where it was when that phrase is still listed
            for row in range(self._model.rowCount()):
                phrase = self._model.phrase(row)
                if phrase is not None and phrase.id == current.id:
                    self._list.setCurrentIndex(self._model.index(row, 0))
                    break

    def current_phrase(self) -> Phrase | None:
        return self._model.phrase(self._list.currentIndex().row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._handle_key(event, from_search=watched is self._search)
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
        return super().event(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # Any hide but the one after a copy (Esc, the hotkey, focus loss, `hide`) cancels the paste.
        self._actions.cancel()
        super().hideEvent(event)

    def _handle_key(self, event: QKeyEvent, *, from_search: bool) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_Escape:
            self.hide()
        elif ctrl and key == Qt.Key.Key_T:
            self.set_checking(not self.is_checking())
        elif self.is_checking():
            return False  # the draft editor and the check pane own every other key
        elif key in _ENTER_KEYS and mods in _ENTER_MODS:
            self._activate(stay=ctrl)
        elif ctrl and key == Qt.Key.Key_N:
            self.newComplaintRequested.emit()
        elif ctrl and key == Qt.Key.Key_K:
            self.checklistRequested.emit()
        elif ctrl and key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._switch_complaint(-1 if key == Qt.Key.Key_PageUp else 1)
        elif ctrl and key == Qt.Key.Key_D:
            self._toggle_favourite()
        elif ctrl and key == Qt.Key.Key_R:
            self._use_variant()
        elif ctrl and key == Qt.Key.Key_G:
            self._mark_worked()
        elif ctrl and key == Qt.Key.Key_E:
            phrase = self.current_phrase()
            self.hide()
            self.editorRequested.emit(phrase.id if phrase else "")
        elif mods == Qt.KeyboardModifier.AltModifier and key in _DIGITS:
            self._pick(_DIGITS[key] - 1)
        elif ctrl and key == Qt.Key.Key_0:
            self._categories.set_current(None)
        elif from_search and ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._categories.step(-1 if key == Qt.Key.Key_Left else 1)
        elif from_search and mods == Qt.KeyboardModifier.NoModifier and key in _LIST_KEYS:
            # The list never takes focus; it moves its current row on these keys as if it had it.
            QApplication.sendEvent(self._list, QKeyEvent(event.type(), key, mods, event.text()))
        else:
            return False
        return True

    def _pick(self, row: int) -> None:
        if row < self._model.rowCount():
            self._list.setCurrentIndex(self._model.index(row, 0))
            self._activate(stay=False)

    def _activate(self, *, stay: bool) -> None:
        """Enter copies when no required blank is empty; otherwise it takes the agent to the form first."""
        phrase = self.current_phrase()
        if phrase is None:
            return
        try:
            text = self._actions.copy(phrase, self._form.values(), stay=stay, query=self._search.text())
        except MissingValues as exc:
            if self._form.owns_focus():
                self._form.show_missing(exc.names)
            else:  # from the search field: the form is where the empty blank gets filled
                self._form.focus_first()
            return
        except CopyError as exc:
            self._flash(self.tr("Could not copy: %s") % exc)
            return
        self.phraseCopied.emit(phrase.id, text)
        self._flash(self.tr("Copied: %s") % phrase.title)

    def _hide_if_inactive(self) -> None:
        if not self.isActiveWindow() and not self._actions.is_hiding():
            self.hide()

    def _refresh(self, *_args: Any) -> None:
        """Search again (each keystroke) and select the best match."""
        query = self._search.text()
        # Browsing (no query) lists every phrase, so every category can be scrolled through from All;
        # a query keeps the short best-first page, since past it the matches only get weaker.
        limit = self._phrase_count if not query.strip() else _RESULTS_LIMIT
        boosts = replace(self._actions.boosts_for(query), worked=self._worked_boosts())
        hits = self._index.search(query, category=self._categories.current(), limit=limit, boosts=boosts)
        current = self._complaints.current() if self._complaints is not None else None
        self._complaint_id = current.id if current is not None else None  # ranked for this complaint
        channel = current.channel if current is not None else ""
        # Another channel's phrases drop behind (no "thanks for holding" in a chat), best first otherwise.
        hits = by_channel(hits, channel, lambda hit: hit.phrase)
        self._model.set_hits(hits)
        if query.strip() and not has_words(query):
            # Symbols or emoji only: nothing to search for, so the list is the plain browsing order.
            self._flash(self.tr("Nothing to search for in “%s”: showing all phrases.") % query.strip()[:20])
        if hits:
            self._list.setCurrentIndex(self._model.index(0, 0))
            self._list.scrollToTop()
        else:
            self._on_current_changed(QModelIndex())

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        phrase = self._model.phrase(current.row())
        # Promised times are computed now and shown as fields: the agent sees "by 10:30 tomorrow" before
        # copying, and can change it for this customer.
        times, computed = (
            clock_fields(phrase.text, datetime.now(), self._settings.working_time()) if phrase else ((), {})
        )
        fields = (*blanks(phrase.text), *times) if phrase else ()
        self._form.set_blanks(fields, {**self._actions.prefill(), **computed})
        # Without the preview (a setting) the side column only appears when there are blanks to fill.
        self._preview.setVisible(self._settings.show_preview)
        self._side.setVisible(self._settings.show_preview or self._form.has_blanks())
        self._update_preview()
        self._warn_repeat(phrase)

    def _update_preview(self) -> None:
        phrase = self.current_phrase()
        if phrase is None:
            self._preview.show_message(self._empty_message())
        else:
            # What the form holds is exactly what is copied: the preview shows the same values.
            self._preview.show_phrase(phrase.text, self._form.values())

    def _empty_message(self) -> str:
        query = self._search.text().strip()[:60]
        key = self._categories.current()
        if key is not None:
            label = self._categories.label(key)
            if query:
                text = self.tr("No phrase in “%s” matches “%s”.") % (label, query)
            else:
                text = self.tr("No phrase in “%s”.") % label
            return text + " " + self.tr("Press Ctrl+0 to search every category.")
        if not query:
            return self.tr("No phrases loaded.")
        # Search returns partial matches for any related word, so an empty list means nothing relates.
        return (
            self.tr(
                "Nothing in the library relates to “%s”.\n\nBrowse a category above (Ctrl+←/→), "
                "or try other words: sorry, wait, refund, manager…"
            )
            % query
        )

    def _toggle_favourite(self) -> None:
        phrase = self.current_phrase()
        if phrase is None:
            return
        try:
            now = self._actions.toggle_favourite(phrase.id)
        except Exception as exc:
            self._flash(self.tr("Could not save the favourite: %s") % exc)
            return
        if now is None:
            return
        self._model.refresh_favourite(phrase.id)
        self._flash(self.tr("★ Added to favourites") if now else self.tr("Removed from favourites"))

    def _flash(self, message: str) -> None:
        self._status.setText(message)
        self._hints_timer.start()

    def _tone_checker(self) -> ToneChecker:
        # Built on first use, so start-up does not pay for compiling the rules.
        from calmdesk.core.tone import ToneChecker, load_rules

        if self._tone is None:
            # A folder the library could not use ("~nosuchuser/...") was reported there already.
            dirs = [paths.user_packs_dir(), *expand_pack_dirs(self._settings.pack_dirs)]
            self._tone = ToneChecker(load_rules([*dirs, *self._tone_dirs]))
        return self._tone

    def _tone_context(self) -> ToneContext:
        from calmdesk.core.tone import context_for

        try:
            if self._complaints is not None:
                complaint = self._complaints.current()
            else:
                complaint = self._store.complaints.current() if self._store is not None else None
        except (StoreError, OSError, ValueError):
            complaint = None  # the check still runs; it only lacks the customer's name
        return context_for(complaint)

    def _copy_draft(self, text: str) -> None:
        try:
            self._clipboard.copy(text)
        except Exception as exc:  # a clipboard backend failing must not lose the draft
            self._flash(self.tr("Could not copy: %s") % exc)
            return
        self._flash(self.tr("Draft copied."))

    def _warn_repeat(self, phrase: Phrase | None) -> None:
        """Before copying: say quietly when these words already went to this customer, and offer others."""
        complaint = self._complaints.current() if self._complaints is not None and phrase else None
        had = self._repeat
        self._repeat = (
            find_repeat(phrase, complaint, self._library.get, self._library.phrases) if phrase else None
        )
        if self._repeat is not None:
            self._hints_timer.stop()
            self._show_hints()
        elif had is not None:
            self._show_hints()

    def _repeat_message(self, repeat: Repeat) -> str:
        at = repeat.at.astimezone().strftime("%H:%M")
        if repeat.same:
            text = self.tr("Already sent to this customer at %s.") % at
        else:
            text = self.tr("Nearly the same words went to this customer at %s.") % at
        if repeat.variant is not None:
            text += " " + self.tr("Ctrl+R: “%s” instead.") % repeat.variant.title
        return text

    def _use_variant(self) -> None:
        """Ctrl+R: select the variant the repetition warning offers (listed first if the query hid it)."""
        variant = self._repeat.variant if self._repeat is not None else None
        if variant is None:
            return
        rows = [self._model.phrase(row) for row in range(self._model.rowCount())]
        others = [Hit(p, 0.0) for p in rows if p is not None and p.id != variant.id]
        self._model.set_hits([Hit(variant, 1.0), *others])
        self._list.setCurrentIndex(self._model.index(0, 0))
        self._list.scrollToTop()

    def _worked_boosts(self) -> dict[str, float]:
        """The phrases marked as having worked for the current complaint's topic, 1.0 from three marks."""
        complaint = self._complaints.current() if self._complaints is not None else None
        topic = complaint.topic if complaint else ""
        if self._store is None:
            return {}
        if self._worked is None or self._worked[0] != topic:
            try:
                counts = self._store.worked_counts(topic)
            except StoreError:
                counts = {}
            self._worked = (topic, {pid: min(1.0, n / 3) for pid, n in counts.items()})
        return self._worked[1]

    def _mark_worked(self) -> None:
        """Ctrl+G: privately note that this phrase worked; it ranks higher for this kind of complaint."""
        phrase = self.current_phrase()
        if phrase is None or self._store is None:
            return
        complaint = self._complaints.current() if self._complaints is not None else None
        topic = complaint.topic if complaint else ""
        try:
            self._store.mark_worked(phrase.id, topic)
        except StoreError as exc:
            self._flash(self.tr("Could not save the mark: %s") % exc)
            return
        self._worked = None
        if topic:
            self._flash(self.tr("Noted: “%s” worked for “%s”.") % (phrase.title, topic))
        else:
            self._flash(self.tr("Noted: “%s” worked.") % phrase.title)

    def _show_hints(self) -> None:
        if self._repeat is not None and not self.is_checking():
            self._status.setText(self._repeat_message(self._repeat))
            return
        if self.is_checking():
            self._status.setText(
                self.tr("Alt+1-9 fix · Alt+↑/↓ finding · Ctrl+Enter copy draft · Ctrl+T phrases · Esc close")
            )
            return
        self._status.setText(
            self.tr(
                "Enter copy · Ctrl+Enter copy, stay · Alt+1-9 pick · Ctrl+D favourite · "
                "Ctrl+←/→ category · Ctrl+N new complaint · Ctrl+K checklist · Ctrl+T check tone · "
                "Ctrl+E edit · Esc close"
            )
        )

    def _show_whose(self) -> None:
        """Whose complaint the blanks are filled for, so the wrong name is never sent."""
        current = self._complaints.current() if self._complaints else None
        self._whose.setVisible(current is not None)
        if current is None:
            return
        others = len(self._complaints.open_complaints()) - 1 if self._complaints else 0
        parts = [current.label(), *(p for p in (current.channel, current.topic) if p)]
        hint = "  " + self.tr("(%d more open: Ctrl+PgUp/PgDn)") % others if others > 0 else ""
        self._whose.show_summary(self.tr("Filling for: "), " · ".join(parts), hint)

    def _on_complaint_changed(self) -> None:
        self._show_whose()
        current = self._complaints.current() if self._complaints is not None else None
        current_id = current.id if current is not None else None
        switched = current_id != self._complaint_id
        self._complaint_id = current_id
        if not self.isVisible():
            return
        if switched:
            # Another complaint is current: its step ranks first, and the rows show its customer's name.
            self._actions.refresh_boosts()
            self._refresh()
        else:  # a tick or a copy: the form's prefill follows, the agent's place in the list stays
            self._on_current_changed(self._list.currentIndex())

    def _switch_complaint(self, step: int) -> None:
        if self._complaints is None:
            return
        complaints = self._complaints.open_complaints()
        current = self._complaints.current()
        if len(complaints) < 2 or current is None:
            return
        ids = [c.id for c in complaints]
        self._complaints.switch(ids[(ids.index(current.id) + step) % len(ids)])
        self._form.forget()  # another customer: nothing typed for the last one may carry over
        self._refresh()
