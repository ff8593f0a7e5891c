"""The editor's left side: search the phrases, filter them by category and pack, and pick one in the table."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calmdesk.core.user_layer import USER_PACK_ID
from calmdesk.ui.editor.editor_model import PhraseTableModel

if TYPE_CHECKING:
    from calmdesk.core.model import Phrase
    from calmdesk.core.phrase_edit import Origin
    from calmdesk.ui.editor.editor_library import EditorLibrary

_ALL = "__all__"


class PhraseBrowser(QWidget):
    """Lists `EditorLibrary.rows` for the query and filters; the selection is the phrase the form shows.

    Signals:
        picked(object): the agent moved to another row (its Phrase, or None); `hold` takes it back.
    """

    picked = Signal(object)

    def __init__(
        self,
        phrases: EditorLibrary,
        origin_short: Callable[[Origin], str],
        is_favourite: Callable[[str], bool],
        shown: Callable[[], str | None],
        parent: QWidget | None = None,
        *,
        may_switch: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self._phrases = phrases
        self._shown = shown  # the phrase the form shows: it stays selected while it is listed
        # Whether the search may show its best match in the form: not over a phrase being typed.
        self._may_switch = may_switch
        categories = phrases.base.categories
        self.search = QLineEdit(self)
        self.category = QComboBox(self)
        self.pack = QComboBox(self)
        self.model = PhraseTableModel(categories, origin_short, is_favourite, phrases.is_hidden, self)
        self.table = QTableView(self)
        self.count = QLabel(self)

        self.search.setPlaceholderText(self.tr("Search phrases (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search phrases"))
        self.search.setClearButtonEnabled(True)
        self.category.setAccessibleName(self.tr("Category filter"))
        self.pack.setAccessibleName(self.tr("Pack filter"))
        table = self.table
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Phrases"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Widths from the longest label, not ResizeToContents: that asks every row for its text on each
        # change, and with a few thousand phrases it made the editor take a second to open.
        metrics = table.fontMetrics()
        pad = 4 * metrics.averageCharWidth()
        widest_category = max((metrics.horizontalAdvance(c.label) for c in categories.values()), default=80)
        table.horizontalHeader().resizeSection(1, widest_category + pad)
        table.horizontalHeader().resizeSection(
            2, metrics.horizontalAdvance(self.tr("Yours (customised)")) + pad
        )
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)

        self.count.setAccessibleName(self.tr("Phrases listed"))
        self.search.installEventFilter(self)  # Down goes into the list

        self.search.textChanged.connect(lambda _text: self.refresh(best=True))
        self.category.activated.connect(lambda _row: self.refresh())
        self.pack.activated.connect(lambda _row: self.refresh())
        table.selectionModel().currentRowChanged.connect(self._on_row_changed)

        filters = QHBoxLayout()
        filters.addWidget(self.category, 1)
        filters.addWidget(self.pack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        searching = QHBoxLayout()  # the count beside the search: the filter row is full at 200%
        searching.addWidget(self.search, 1)
        searching.addWidget(self.count)
        layout.addLayout(searching)
        layout.addLayout(filters)
        layout.addWidget(table, 1)

    def relist(self) -> None:
        """The phrases changed (saved, deleted, packs reloaded): the filters and the list, again."""
        self.fill_filters()
        self.refresh()

    def fill_filters(self) -> None:
        """The category and pack choices, again (packs come and go); the choice made stays when it can."""
        keep_category, keep_pack = self.category.currentData(), self.pack.currentData()
        self.category.clear()
        self.category.addItem(self.tr("All categories"), _ALL)
        for key, category in self._phrases.base.categories.items():
            self.category.addItem(category.label, key)
        self.pack.clear()
        self.pack.addItem(self.tr("All packs"), _ALL)
        for info in self._phrases.library.packs:
            self.pack.addItem(self.tr("Your phrases") if info.id == USER_PACK_ID else info.name, info.id)
        self.category.setCurrentIndex(max(0, self.category.findData(keep_category)))
        self.pack.setCurrentIndex(max(0, self.pack.findData(keep_pack)))

    def refresh(self, *, best: bool = False) -> None:
        """List the matches again; the phrase the form shows stays selected while it matches. With `best`
        (the query changed) the best match is selected instead, and shown, unless a phrase is being typed."""
        category, pack = self.category.currentData(), self.pack.currentData()
        rows = self._phrases.rows(
            self.search.text(),
            None if category in (None, _ALL) else category,
            None if pack in (None, _ALL) else pack,
        )
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows, self._phrases.library.language)
        shown = self._shown()
        row = self.model.row_of(shown) if shown else -1
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectionModel().blockSignals(False)
        if best and self.search.text().strip() and rows and self._may_switch():
            self.table.setCurrentIndex(self.model.index(0, 0))  # ranked first: the best match
        if self.table.currentIndex().isValid():
            self.table.scrollTo(self.table.currentIndex())
        self.table.viewport().update()
        total = self._phrases.count()
        self.count.setText(
            self.tr("%d phrases") % total
            if len(rows) == total
            else self.tr("%d of %d phrases") % (len(rows), total)
        )

    def select(self, phrase_id: str) -> bool:
        """Select `phrase_id` (clearing filters that hide it); False when no such phrase is listed."""
        if self.model.row_of(phrase_id) < 0:
            self.search.clear()
            self.category.setCurrentIndex(0)
            self.pack.setCurrentIndex(0)
            self.refresh()
        row = self.model.row_of(phrase_id)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def hold(self, phrase_id: str | None) -> None:
        """Select `phrase_id` again (or nothing) without telling anyone: the move away was refused."""
        row = self.model.row_of(phrase_id) if phrase_id else -1
        self.table.selectionModel().blockSignals(True)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self.table.clearSelection()
        self.table.selectionModel().blockSignals(False)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
            and self.model.rowCount()
        ):
            # Down from the search goes into the list, on the selected row (or the first), as in the picker.
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        phrase: Phrase | None = self.model.phrase(current.row())
        self.picked.emit(phrase)
