"""The picker's search: the query field, the category chips, the results, and the preview and form beside."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from calmdesk.core.search import has_words
from calmdesk.ui.common.fill_form import FillForm
from calmdesk.ui.common.phrase_list import PhraseList
from calmdesk.ui.common.preview import PreviewPane
from calmdesk.ui.picker import picker_texts
from calmdesk.ui.picker.category_bar import CategoryBar

if TYPE_CHECKING:
    from calmdesk.core.model import Phrase
    from calmdesk.core.repetition import Repeat
    from calmdesk.core.search import SearchIndex
    from calmdesk.ui.common.phrase_flow import PhraseFlow

RESULTS_LIMIT = 50  # for a query: a page of the best matches is all anyone scans


class PhraseSearch(QWidget):
    """Each keystroke searches again through the flow and selects the best match; the form and preview
    follow the selected phrase, and the repetition warning is worked out for it.

    Signals:
        noticed(str): a word for the status line: a star or mark saved (or not), nothing to search for.
        repeatChanged(): the repetition warning for the selected phrase came, went or changed.
        activated(): a row was double-clicked (copy it).
    """

    noticed = Signal(str)
    _markLost = Signal(str)  # from the store's writer thread: a mark that could not be saved
    repeatChanged = Signal()
    activated = Signal()

    def __init__(
        self, index: SearchIndex, flow: PhraseFlow, key_filter: QObject, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._index = index
        self._flow = flow
        self._markLost.connect(self.noticed)  # queued: it comes from another thread
        self._repeat: Repeat | None = None
        self._complaint_id: int | None = None  # the complaint the list was last ranked for
        self.field = QLineEdit(self)
        self.categories = CategoryBar(self)
        self.list = PhraseList(flow.library.categories, self._row_fill, flow.is_favourite, self)
        self.list.results.set_language(flow.library.language)
        self.side = QWidget(self)
        self.preview = PreviewPane(self.side)
        self.form = FillForm(key_filter=key_filter, parent=self.side)

        self.field.setPlaceholderText(self.tr("Search phrases: sorry, wait, refund…"))
        self.field.setAccessibleName(self.tr("Search phrases"))
        self.field.setClearButtonEnabled(True)
        font = self.field.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.field.setFont(font)
        self.categories.set_categories(flow.library.categories)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setAccessibleName(self.tr("Matching phrases"))
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.field.textChanged.connect(self.refresh)
        self.field.installEventFilter(key_filter)
        self.categories.categoryChanged.connect(self.refresh)
        self.list.selectionModel().currentChanged.connect(lambda *_a: self.show_current())
        self.list.clicked.connect(lambda _index: self.field.setFocus())
        self.list.doubleClicked.connect(lambda _index: self.activated.emit())
        self.form.valuesChanged.connect(self._update_preview)

        right = QVBoxLayout(self.side)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(8)
        right.addWidget(self.preview, 1)
        right.addWidget(self.form)
        middle = QHBoxLayout()
        middle.setSpacing(10)
        middle.addWidget(self.list, 11)
        middle.addWidget(self.side, 9)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.field)
        layout.addWidget(self.categories)
        layout.addLayout(middle, 1)

    def current_phrase(self) -> Phrase | None:
        return self.list.current_phrase()

    def query(self) -> str:
        return self.field.text()

    def repeat(self) -> Repeat | None:
        """What the selected phrase would repeat of the words already sent to this customer, if anything."""
        return self._repeat

    def ranked_for(self) -> int | None:
        """The complaint the list was last ranked for (its step first, its channel's phrases first)."""
        return self._complaint_id

    def set_index(self, index: SearchIndex, *, listed: bool = True) -> None:
        """New phrases (the flow's new library): search them from now on, keeping the query, the chip and
        the selected phrase.

        `listed` False (the popup is hidden): nothing is listed until the next search, which a summon makes
        first. Listing 10,000 team phrases for nobody held the GUI thread as they joined at start."""
        self._index = index
        self.list.results.set_language(self._flow.library.language)  # marks a phrase in another language
        if not listed:
            self.list.show_hits([])  # never the phrases of the library before
            return
        current = self.current_phrase()
        self.refresh()
        if current is not None:  # the agent's selection stays where it was when that phrase is still listed
            self.list.select(current.id)

    def new_conversation(self) -> None:
        """A new customer: nothing typed for the last one carries over, nor a category filter."""
        self.form.forget()
        self.categories.set_current(None)

    def refresh(self, *_args: Any) -> None:
        """Search again (each keystroke) and select the best match."""
        query = self.field.text()
        # Browsing (no query) lists every phrase, so every category can be scrolled through from All;
        # a query keeps the short best-first page, since past it the matches only get weaker.
        limit = max(1, len(self._flow.library.phrases)) if not query.strip() else RESULTS_LIMIT
        hits = self._flow.search(self._index, query, self.categories.current(), limit)
        current = self._flow.current()
        self._complaint_id = current.id if current is not None else None
        shown = self.list.show_hits(hits)
        if query.strip() and not has_words(query):
            # Symbols or emoji only: nothing to search for, so the list is the plain browsing order.
            said = self.tr("Nothing to search for in “%s”: showing all phrases.")
            self.noticed.emit(said % query.strip()[:20])
        if not shown:
            self.show_current()

    def ask_for(self, names: Sequence[str]) -> None:
        """A copy lacks these required blanks: marked when the agent is in the form, else the form takes
        the keyboard (from the search field, the form is where an empty blank gets filled)."""
        if self.form.owns_focus():
            self.form.show_missing(names)
        else:
            self.form.focus_first()

    def move_in_list(self, event: QKeyEvent) -> None:
        """The list never takes focus: the field's Up, Down, PgUp/PgDn, Home and End move its row."""
        moved = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
        QApplication.sendEvent(self.list, moved)

    def follow_complaint(self) -> None:
        """The complaints changed: another current one ranks the list anew (its step first, its customer's
        name in the rows); a tick or a copy refreshes the form's prefill and keeps the agent's place."""
        current = self._flow.current()
        if (current.id if current is not None else None) != self._complaint_id:
            self._flow.refresh_boosts()
            self.refresh()
        else:
            self.show_current()

    def show_current(self) -> None:
        """The form and the preview for the selected phrase, with what the flow fills in now."""
        phrase = self.current_phrase()
        settings = self._flow.settings
        self.form.set_blanks(*self._flow.fields(phrase))
        # Without the preview (a setting) the side column only appears when there are blanks to fill.
        self.preview.setVisible(settings.show_preview)
        self.side.setVisible(settings.show_preview or self.form.has_blanks())
        self._update_preview()
        had, self._repeat = self._repeat, self._flow.repeat_of(phrase)
        if self._repeat is not None or had is not None:
            self.repeatChanged.emit()

    def use_variant(self) -> None:
        """Select the variant the repetition warning offers (listed first if the query hid it)."""
        variant = self._repeat.variant if self._repeat is not None else None
        if variant is not None:
            self.list.put_first(variant)

    def toggle_favourite(self) -> None:
        phrase = self.current_phrase()
        if phrase is None:
            return
        try:
            now = self._flow.toggle_favourite(phrase.id)
        except Exception as exc:
            self.noticed.emit(self.tr("Could not save the favourite: %s") % exc)
            return
        self.list.results.refresh_favourite(phrase.id)
        self.noticed.emit(self.tr("★ Added to favourites") if now else self.tr("Removed from favourites"))

    def mark_worked(self) -> None:
        """Privately note that this phrase worked; it ranks higher for this kind of complaint."""
        phrase = self.current_phrase()
        if phrase is None:
            return
        try:
            topic = self._flow.mark_worked(phrase, given_up=self._markLost.emit)
        except Exception as exc:  # StoreError, or no data file to keep the mark in
            self.noticed.emit(self.tr("Could not save the mark: %s") % exc)
            return
        if topic:
            self.noticed.emit(self.tr("Noted: “%s” worked for “%s”.") % (phrase.title, topic))
        else:
            self.noticed.emit(self.tr("Noted: “%s” worked.") % phrase.title)

    def _row_fill(self) -> tuple[dict[str, str], Any]:
        """What the result rows are filled with: what a copy would take now."""
        return self._flow.prefill(), self._flow.settings.working_time()

    def _update_preview(self) -> None:
        phrase = self.current_phrase()
        if phrase is None:
            key = self.categories.current()
            label = self.categories.label(key) if key is not None else None
            self.preview.show_message(picker_texts.empty_list(self.field.text().strip()[:60], label))
        else:
            # What the form holds is exactly what is copied: the preview shows the same values.
            self.preview.show_phrase(phrase.text, self.form.values())
