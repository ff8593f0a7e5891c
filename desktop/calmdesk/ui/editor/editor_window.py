"""The phrase editor: browse, search, add, edit, duplicate, delete, customize, hide, import, export."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calmdesk.core.library import Library
from calmdesk.core.model import Phrase
from calmdesk.core.phrase_edit import Origin, duplicate, new_id, origin_of, user_copy
from calmdesk.core.search import SearchIndex
from calmdesk.core.user_layer import USER_PACK_ID, with_user_phrases
from calmdesk.store.errors import StoreError
from calmdesk.ui.editor.editor_model import PhraseTableModel
from calmdesk.ui.editor.phrase_form import PhraseForm

if TYPE_CHECKING:
    from calmdesk.store.user_phrases import UserPhrases
    from calmdesk.store.userstore import UserStore

_ALL = "__all__"
_SEARCH_LIMIT = 100_000  # the editor lists every match, not the picker's first screenful


class EditorWindow(QWidget):
    """Manages the user's phrases over the loaded library (`base`, before the user layer).

    Signals:
        libraryChanged(object): the library the picker should use now (user phrases in, hidden ones out).

    Built-in and team phrases are read-only: Customize makes the user's copy (same id, so it replaces the
    original everywhere; Revert deletes the copy). Switching to another phrase saves a valid edit first, so
    nothing typed is lost; an invalid one keeps the selection and says why.
    """

    libraryChanged = Signal(object)

    def __init__(
        self, base: Library, user: UserPhrases, store: UserStore | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._base = base
        self._user = user
        self._store = store
        self._all = base
        self._index = SearchIndex((), {})
        self._current: str | None = None  # id shown in the form; None with _new: an unsaved new phrase
        self._new = False
        self._dirty = False
        self._labels = {key: c.label for key, c in base.categories.items()}

        self._search = QLineEdit(self)
        self._category = QComboBox(self)
        self._pack = QComboBox(self)
        self._model = PhraseTableModel(
            base.categories,
            self._origin_short,
            self._is_favourite,
            lambda pid: pid in self._user.hidden(),
            self,
        )
        self._table = QTableView(self)
        self._origin = QLabel(self)
        self._form = PhraseForm(base.categories, base.checklist, self)
        self._status = QLabel(self)
        self._buttons = {
            "new": QPushButton(self.tr("&New"), self),
            "duplicate": QPushButton(self.tr("D&uplicate"), self),
            "save": QPushButton(self.tr("&Save"), self),
            "delete": QPushButton(self.tr("&Delete"), self),
            "customize": QPushButton(self.tr("&Customize"), self),
            "hide": QPushButton(self.tr("&Hide"), self),
            "favourite": QPushButton(self.tr("☆ &Favourite"), self),
            "import": QPushButton(self.tr("&Import…"), self),
            "export": QPushButton(self.tr("E&xport…"), self),
        }

        self.setWindowTitle(self.tr("Phrases"))
        self.setAccessibleName(self.tr("CalmDesk phrase editor"))
        self._search.setPlaceholderText(self.tr("Search phrases (Ctrl+F)"))
        self._search.setAccessibleName(self.tr("Search phrases"))
        self._search.setClearButtonEnabled(True)
        self._category.setAccessibleName(self.tr("Category filter"))
        self._pack.setAccessibleName(self.tr("Pack filter"))
        self._table.setModel(self._model)
        self._table.setAccessibleName(self.tr("Phrases"))
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setWordWrap(False)
        self._table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._table.verticalHeader().hide()
        self._table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Widths from the longest label, not ResizeToContents: that asks every row for its text on each
        # change, and with a few thousand phrases it made the editor take a second to open.
        metrics = self._table.fontMetrics()
        pad = 4 * metrics.averageCharWidth()
        widest_category = max(
            (metrics.horizontalAdvance(c.label) for c in base.categories.values()), default=80
        )
        self._table.horizontalHeader().resizeSection(1, widest_category + pad)
        self._table.horizontalHeader().resizeSection(
            2, metrics.horizontalAdvance(self.tr("Yours (customized)")) + pad
        )
        self._table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        self._origin.setWordWrap(True)
        self._origin.setAccessibleName(self.tr("Where this phrase comes from"))
        self._status.setAccessibleName(self.tr("Status"))
        self._status.setWordWrap(True)
        tips = {
            "new": self.tr("New phrase (Ctrl+N)"),
            "duplicate": self.tr("Copy this phrase as a new one of yours (Ctrl+Shift+D)"),
            "save": self.tr("Save now (Ctrl+S)"),
            "delete": self.tr("Delete your phrase, or revert a customized one (Delete; Ctrl+Z undoes)"),
            "customize": self.tr("Make your own copy of this phrase; it replaces the original everywhere"),
            "hide": self.tr("Hide this phrase from the picker, or show it again"),
            "favourite": self.tr("Mark as a favourite (Ctrl+D)"),
            "import": self.tr("Add phrases from Espanso, Beeftext, CSV or a CalmDesk pack (Ctrl+I)"),
            "export": self.tr("Save your phrases as a CalmDesk pack or a CSV file"),
        }
        for key, button in self._buttons.items():
            button.setToolTip(tips[key])
            button.setAutoDefault(False)

        self._search.textChanged.connect(self._refresh_list)
        self._category.activated.connect(self._refresh_list)
        self._pack.activated.connect(self._refresh_list)
        self._table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self._form.edited.connect(self._on_edited)
        self._buttons["new"].clicked.connect(self.new_phrase)
        self._buttons["duplicate"].clicked.connect(self.duplicate_current)
        self._buttons["save"].clicked.connect(self.save)
        self._buttons["delete"].clicked.connect(self.delete_current)
        self._buttons["customize"].clicked.connect(self.customize_current)
        self._buttons["hide"].clicked.connect(self.toggle_hidden)
        self._buttons["favourite"].clicked.connect(self.toggle_favourite)
        self._buttons["import"].clicked.connect(self.open_import)
        self._buttons["export"].clicked.connect(self.open_export)
        for keys, slot in (
            (QKeySequence.StandardKey.New, self.new_phrase),
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.Find, self._focus_search),
            (QKeySequence.StandardKey.Undo, self.undo_delete),
            ("Ctrl+Shift+D", self.duplicate_current),
            ("Ctrl+D", self.toggle_favourite),
            ("Ctrl+I", self.open_import),
            ("Escape", self.close),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self._table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)

        filters = QHBoxLayout()
        filters.addWidget(self._category, 1)
        filters.addWidget(self._pack, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self._table, 1)
        files = QHBoxLayout()
        files.addWidget(self._buttons["import"])
        files.addWidget(self._buttons["export"])
        files.addStretch(1)
        left_layout.addLayout(files)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._origin)
        right_layout.addWidget(self._form, 1)
        actions = QHBoxLayout()
        for key in ("new", "duplicate", "customize", "hide", "favourite", "delete"):
            actions.addWidget(self._buttons[key])
        actions.addStretch(1)
        actions.addWidget(self._buttons["save"])
        right_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 580])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._status)
        self.resize(1080, 680)

        self._rebuild(emit=False)
        self._fill_filters()
        self._refresh_list()

    # -- what the app and tests call --------------------------------------------------------------------

    def select(self, phrase_id: str) -> bool:
        """Show `phrase_id` (clearing filters that hide it); False when no such phrase is listed."""
        row = self._model.row_of(phrase_id)
        if row < 0:
            self._search.clear()
            self._category.setCurrentIndex(0)
            self._pack.setCurrentIndex(0)
            self._refresh_list()
            row = self._model.row_of(phrase_id)
        if row < 0:
            return False
        self._table.setCurrentIndex(self._model.index(row, 0))
        return True

    def current_phrase(self) -> Phrase | None:
        return self._all.get(self._current) if self._current else None

    def status(self) -> str:
        return self._status.text()

    def set_base(self, base: Library) -> None:
        """The packs were reloaded (a team folder changed): lay the user's phrases over the new ones."""
        self._base = base
        self._rebuild(emit=False)  # the app lays the user's phrases over the new packs itself
        self._fill_filters()
        self._refresh_list()

    # -- actions ----------------------------------------------------------------------------------------

    def new_phrase(self) -> None:
        if not self._leave_current():
            return
        self._table.clearSelection()
        self._current, self._new, self._dirty = None, True, False
        self._form.set_phrase(None, editable=True)
        self._origin.setText(self.tr("A new phrase of yours (not saved yet)"))
        self._update_buttons()
        self._form.focus_title()

    def save(self) -> bool:
        """Save the form (a new phrase gets a fresh id); False, with the reason shown, when it cannot."""
        if not self._new and (self._current is None or not self._dirty):
            return True
        problems = self._form.problems()
        if problems:
            self._say(self.tr("Not saved: %s") % " ".join(problems[:3]))
            return False
        if self._new:
            title = self._form.phrase("", USER_PACK_ID).title
            phrase_id = new_id(
                title, {p.id for p in self._all.phrases} | {e.phrase.id for e in self._user.all()}
            )
        else:
            assert self._current is not None
            phrase_id = self._current
        phrase = self._form.phrase(phrase_id, USER_PACK_ID)
        entry = self._user.get(phrase_id)
        try:
            self._user.save(phrase, customizes=entry.customizes if entry else False)
        except StoreError as exc:
            self._say(self.tr("Not saved: %s") % exc)
            return False
        self._new, self._dirty = False, False
        self._after_change(phrase_id, self.tr("Saved “%s”.") % phrase.title)
        return True

    def duplicate_current(self) -> None:
        phrase = self.current_phrase()
        if phrase is None or not self._leave_current():
            return
        taken = {p.id for p in self._all.phrases} | {e.phrase.id for e in self._user.all()}
        copy = duplicate(phrase, taken, self.tr("copy"))
        if self._write(lambda: self._user.save(copy)):
            self._after_change(copy.id, self.tr("Duplicated as “%s”.") % copy.title)
            self._form.focus_title()

    def customize_current(self) -> None:
        phrase = self.current_phrase()
        origin = self._origin_of_id(self._current)
        if phrase is None or origin is None or origin.editable:
            return
        if self._write(lambda: self._user.save(user_copy(phrase), customizes=True)):
            self._after_change(
                phrase.id, self.tr("Your copy of “%s” now replaces the original.") % phrase.title
            )
            self._form.focus_title()

    def delete_current(self) -> None:
        """Delete the user's phrase, or revert a customized one to its original; Ctrl+Z undoes."""
        phrase = self.current_phrase()
        origin = self._origin_of_id(self._current)
        if phrase is None or origin is None or not origin.editable:
            return
        reverted = origin.kind == "customized"
        if not self._write(lambda: self._user.delete(phrase.id)):
            return
        self._dirty = False
        message = (
            self.tr("Reverted “%s” to the original. Ctrl+Z undoes.")
            if reverted
            else self.tr("Deleted “%s”. Ctrl+Z undoes.")
        )
        self._after_change(phrase.id if reverted else None, message % phrase.title)

    def undo_delete(self) -> None:
        if not self._leave_current():
            return
        restored: list[str | None] = []
        if self._write(lambda: restored.append(self._user.undo_delete())):
            if restored and restored[0]:
                self._after_change(restored[0], self.tr("Brought back."))
            else:
                self._say(self.tr("Nothing to undo."))

    def toggle_hidden(self) -> None:
        phrase = self.current_phrase()
        if phrase is None:
            return
        hide = phrase.id not in self._user.hidden()
        if self._write(lambda: self._user.set_hidden(phrase.id, hide)):
            message = self.tr("Hidden from the picker.") if hide else self.tr("Shown in the picker again.")
            self._after_change(phrase.id, message)

    def toggle_favourite(self) -> None:
        phrase = self.current_phrase()
        if phrase is None or self._store is None:
            return
        try:
            now = self._store.toggle_favourite(phrase.id)
        except StoreError as exc:
            self._say(str(exc))
            return
        self._model.refresh_row(phrase.id)
        self._update_buttons()
        self._say(self.tr("★ Added to favourites") if now else self.tr("Removed from favourites"))

    def open_import(self) -> None:
        if not self._leave_current():
            return
        from calmdesk.ui.editor.import_dialog import ImportDialog

        dialog = ImportDialog(self._all, self._user, self._store, self)
        dialog.imported.connect(
            lambda count: self._after_change(None, self.tr("Imported %d phrases.") % count)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_export(self) -> None:
        from calmdesk.ui.editor.import_dialog import export_user_phrases

        message = export_user_phrases(self, [e.phrase for e in self._user.all()])
        if message:
            self._say(message)

    # -- internals --------------------------------------------------------------------------------------

    def _write(self, change: Callable[[], object]) -> bool:
        try:
            change()
        except StoreError as exc:
            self._say(str(exc))
            return False
        return True

    def _after_change(self, select_id: str | None, message: str) -> None:
        self._rebuild(emit=True)
        self._fill_filters()
        self._refresh_list()
        if select_id is not None and self.select(select_id):
            self._show(self._all.get(select_id))  # the same row may stay current: show its new state
        else:
            self._show(None)
        self._say(message)

    def _leave_current(self) -> bool:
        """Before showing something else: save a valid edit; an invalid one keeps the form as it is."""
        if not self._dirty and not self._new:
            return True
        if self._new and not self._dirty:
            self._new = False
            return True
        return self.save()

    def _rebuild(self, *, emit: bool) -> None:
        entries = self._user.all()
        self._all = with_user_phrases(self._base, entries, ())
        self._origins = {e.phrase.id: e.origin for e in entries}
        self._customized = {e.phrase.id for e in entries if e.customizes}
        self._packs = {p.id: p for p in self._all.packs}
        self._base_phrases = {p.id: p for p in self._base.phrases}
        self._index = SearchIndex(self._all.phrases, self._labels)
        if emit:
            self.libraryChanged.emit(with_user_phrases(self._base, entries, self._user.hidden()))

    def _fill_filters(self) -> None:
        keep_category, keep_pack = self._category.currentData(), self._pack.currentData()
        self._category.clear()
        self._category.addItem(self.tr("All categories"), _ALL)
        for key, category in self._base.categories.items():
            self._category.addItem(category.label, key)
        self._pack.clear()
        self._pack.addItem(self.tr("All packs"), _ALL)
        for info in self._all.packs:
            self._pack.addItem(self.tr("Your phrases") if info.id == USER_PACK_ID else info.name, info.id)
        self._category.setCurrentIndex(max(0, self._category.findData(keep_category)))
        self._pack.setCurrentIndex(max(0, self._pack.findData(keep_pack)))

    def _refresh_list(self, *_args: object) -> None:
        category = self._category.currentData()
        pack = self._pack.currentData()
        hits = self._index.search(
            self._search.text(), category=None if category in (None, _ALL) else category, limit=_SEARCH_LIMIT
        )
        rows: list[tuple[Phrase, Origin]] = []
        for hit in hits:
            phrase = hit.phrase
            origin = self._origin_for(phrase)
            if (
                pack not in (None, _ALL)
                and phrase.pack != pack
                and not (pack == USER_PACK_ID and origin.editable)
            ):
                continue
            rows.append((phrase, origin))
        keep = self._current
        selection = self._table.selectionModel()
        selection.blockSignals(True)
        self._model.set_rows(rows)
        row = self._model.row_of(keep) if keep else -1
        if row >= 0:  # the phrase shown stays shown (and selected) while it matches
            self._table.setCurrentIndex(self._model.index(row, 0))
        selection.blockSignals(False)
        self._table.viewport().update()
        if not self._status.text():
            self._say(self.tr("%d phrases") % len(rows))

    def _origin_for(self, phrase: Phrase) -> Origin:
        return origin_of(phrase, self._packs, self._base_phrases, self._origins, self._customized)

    def _origin_of_id(self, phrase_id: str | None) -> Origin | None:
        phrase = self._all.get(phrase_id) if phrase_id else None
        return self._origin_for(phrase) if phrase else None

    def _origin_short(self, origin: Origin) -> str:
        """For the list's Source column; the full story (pack version, file) is in the form's header."""
        if origin.kind == "builtin":
            return self.tr("Built-in")
        if origin.kind == "team":
            return self.tr("Team: %s") % origin.pack_name
        return self.tr("Yours (customized)") if origin.kind == "customized" else self.tr("Yours")

    def _origin_text(self, origin: Origin) -> str:
        version = f" {origin.pack_version}" if origin.pack_version else ""
        if origin.kind == "builtin":
            return self.tr("Built-in: %s") % (origin.pack_name + version)
        if origin.kind == "team":
            return self.tr("Team pack: %s") % (origin.pack_name + version)
        if origin.kind == "customized":
            return self.tr("Yours, customized from %s") % (origin.pack_name + version)
        return self.tr("Yours") + (self.tr(", from %s") % origin.detail if origin.detail else "")

    def _on_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        phrase = self._model.phrase(current.row())
        if phrase is not None and phrase.id == self._current:
            return
        if not self._leave_current():
            # Stay on the phrase being edited: the status line says what to fix.
            row = self._model.row_of(self._current) if self._current else -1
            self._table.selectionModel().blockSignals(True)
            if row >= 0:
                self._table.setCurrentIndex(self._model.index(row, 0))
            else:
                self._table.clearSelection()
            self._table.selectionModel().blockSignals(False)
            return
        self._show(phrase)

    def _show(self, phrase: Phrase | None) -> None:
        self._current = phrase.id if phrase else None
        self._new = self._dirty = False
        origin = self._origin_for(phrase) if phrase else None
        self._form.set_phrase(phrase, editable=bool(origin and origin.editable))
        if origin is None:
            self._origin.setText(self.tr("Pick a phrase on the left, or press Ctrl+N for a new one."))
        else:
            text = self._origin_text(origin)
            if not origin.editable:
                text += " — " + self.tr("read-only: Customize makes your own copy")
            if phrase is not None and phrase.id in self._user.hidden():
                text += " — " + self.tr("hidden from the picker")
            self._origin.setText(text)
        self._update_buttons()

    def _on_edited(self) -> None:
        self._dirty = True
        self._update_buttons()

    def _update_buttons(self) -> None:
        phrase = self.current_phrase()
        origin = self._origin_for(phrase) if phrase else None
        editable = bool(origin and origin.editable)
        self._buttons["save"].setEnabled(self._new or (editable and self._dirty))
        self._buttons["duplicate"].setEnabled(phrase is not None)
        self._buttons["delete"].setEnabled(editable)
        self._buttons["delete"].setText(
            self.tr("&Revert") if origin and origin.kind == "customized" else self.tr("&Delete")
        )
        self._buttons["customize"].setEnabled(phrase is not None and not editable)
        self._buttons["hide"].setEnabled(phrase is not None)
        hidden = phrase is not None and phrase.id in self._user.hidden()
        self._buttons["hide"].setText(self.tr("S&how") if hidden else self.tr("&Hide"))
        self._buttons["favourite"].setEnabled(phrase is not None and self._store is not None)
        favourite = phrase is not None and self._is_favourite(phrase.id)
        self._buttons["favourite"].setText(self.tr("★ &Favourite") if favourite else self.tr("☆ &Favourite"))

    def _is_favourite(self, phrase_id: str) -> bool:
        try:
            return self._store is not None and self._store.is_favourite(phrase_id)
        except StoreError:  # closed at quit while the list still repaints: no star, no crash
            return False

    def _focus_search(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    def _say(self, message: str) -> None:
        self._status.setText(message)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing saves a valid edit; an invalid one keeps the window open with the reason shown.
        if not self._leave_current():
            event.ignore()
            return
        super().closeEvent(event)
