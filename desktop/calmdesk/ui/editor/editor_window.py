"""The phrase editor: browse, search, add, edit, duplicate, delete, customize, hide, import, export."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from calmdesk.core.languages import NAMES
from calmdesk.core.library import Library
from calmdesk.core.phrase_edit import duplicate, user_copy
from calmdesk.store.errors import StoreError
from calmdesk.ui.editor.editor_state import EditorState
from calmdesk.ui.editor.editor_view import EditorView

if TYPE_CHECKING:
    from calmdesk.store.user_phrases import UserPhrases
    from calmdesk.store.userstore import UserStore

_Keys = QKeySequence.StandardKey
# Each action once: its button (None: none), its shortcut (None: none) and the method it runs.
_ACTIONS: tuple[tuple[str | None, _Keys | str | None, str], ...] = (
    ("new", _Keys.New, "new_phrase"),
    ("duplicate", "Ctrl+Shift+D", "duplicate_current"),
    ("save", _Keys.Save, "save"),
    ("delete", None, "delete_current"),  # Delete is the table's own key (below): it edits in the form
    ("customize", None, "customize_current"),
    ("hide", None, "toggle_hidden"),
    ("favourite", "Ctrl+D", "toggle_favourite"),
    ("import", "Ctrl+I", "open_import"),
    ("export", None, "open_export"),
    (None, _Keys.Find, "focus_search"),
    (None, _Keys.Undo, "undo_delete"),
    (None, "Escape", "close"),
)


class EditorWindow(EditorView):
    """Manages the user's phrases: each command once, with its button and its shortcut (`_ACTIONS`).

    Built-in and team phrases are read-only: Customize makes the user's copy (same id, so it replaces the
    original everywhere; Revert deletes the copy). Every change is written through the store, then the
    library is rebuilt and sent to the picker (`libraryChanged`).
    """

    def __init__(
        self, base: Library, user: UserPhrases, store: UserStore | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(base, user, store, parent)
        for button, keys, method in _ACTIONS:
            slot = getattr(self, method)
            if button is not None:
                self.buttons[button].clicked.connect(slot)
            if keys is not None:
                QShortcut(QKeySequence(keys), self).activated.connect(slot)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.browser.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)

        self.browser.relist()

    # -- actions ----------------------------------------------------------------------------------------

    def new_phrase(self) -> None:
        if not self._leave_current():
            return
        self.browser.table.clearSelection()
        self._state = EditorState.new()
        self.form.set_phrase(None, editable=True)
        self.origin_line.show_new()
        self._show_versions()
        self._update_buttons()
        self.form.focus_title()

    def duplicate_current(self) -> None:
        phrase = self.current_phrase()
        if phrase is None or not self._leave_current():
            return
        copy = duplicate(phrase, self._phrases.taken_ids(), self.tr("copy"))
        if self._write(lambda: self._user.save(copy)):
            self._after_change(copy.id, self.tr("Duplicated as “%s”.") % copy.title)
            self.form.focus_title()

    def customize_current(self) -> None:
        phrase = self.current_phrase()
        origin = self._phrases.origin_of_id(self._state.phrase_id)
        if phrase is None or origin is None or origin.editable:
            return
        mine = replace(user_copy(phrase), lang=self._lang)  # shown in English for want of one: a start
        if self._write(lambda: self._user.save(mine, customizes=True)):
            self._after_change(
                phrase.id, self.tr("Your copy of “%s” now replaces the original.") % phrase.title
            )
            self.form.focus_title()

    def delete_current(self) -> None:
        """Delete the user's phrase, or revert a customized one to its original; Ctrl+Z undoes."""
        phrase = self.current_phrase()
        origin = self._phrases.origin_of_id(self._state.phrase_id)
        if phrase is None or origin is None or not origin.editable:
            return
        reverted = origin.kind == "customized"
        if self._user.get(phrase.id, self._lang) is None:  # English stands in: no version here to delete
            self._say(self.tr("There is no %s version to delete.") % NAMES.get(self._lang, self._lang))
            return
        if not self._write(lambda: self._user.delete(phrase.id, self._lang)):
            return
        self._state = EditorState.showing(self._state.phrase_id)  # nothing left to save
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
        hide = not self._phrases.is_hidden(phrase.id)
        if self._write(lambda: self._user.set_hidden(phrase.id, hide)):
            message = self.tr("Hidden from the picker.") if hide else self.tr("Shown in the picker again.")
            self._after_change(phrase.id, message)

    def toggle_favourite(self) -> None:
        phrase = self.current_phrase()
        if phrase is None or self._store is None:
            return
        try:
            now = self._store.queue_favourite(phrase.id)  # saved by the writer thread, like the picker's
        except StoreError as exc:
            self._say(str(exc))
            return
        self.browser.model.refresh_row(phrase.id)
        self._update_buttons()
        self._say(self.tr("★ Added to favourites") if now else self.tr("Removed from favourites"))

    def open_import(self) -> None:
        if not self._leave_current():
            return
        from calmdesk.ui.editor.import_dialog import ImportDialog

        dialog = ImportDialog(self._phrases.library, self._user, self._store, self)
        dialog.imported.connect(
            lambda count: self._after_change(None, self.tr("Imported %n phrase(s).", "", count))
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_export(self) -> None:
        from calmdesk.ui.editor.phrase_export import export_user_phrases

        phrases = [e.phrase for e in self._user.all()]
        message = export_user_phrases(self, phrases, self._phrases.library.language)
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
