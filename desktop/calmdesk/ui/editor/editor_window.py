"""The phrase editor: browse, search, add, edit, duplicate, delete, customize, hide, import, export."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QWidget,
)

from calmdesk.core.library import Library
from calmdesk.core.model import Phrase
from calmdesk.core.phrase_edit import duplicate, new_id, user_copy
from calmdesk.core.user_layer import USER_PACK_ID
from calmdesk.store.errors import StoreError
from calmdesk.ui.editor.editor_library import EditorLibrary
from calmdesk.ui.editor.editor_parts import EditorButtons, OriginLabel, ask_save_new, lay_out, origin_short
from calmdesk.ui.editor.editor_state import EditorState
from calmdesk.ui.editor.phrase_browser import PhraseBrowser
from calmdesk.ui.editor.phrase_form import PhraseForm

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
        self._user = user
        self._store = store
        self._phrases = EditorLibrary(base, user)
        self._state = EditorState()  # what the form holds: the one place the editor keeps it
        self._question: QMessageBox | None = None  # Save / Discard / Cancel for a new phrase, while asked

        self.browser = PhraseBrowser(
            self._phrases,
            lambda origin: origin_short(self, origin),
            self._is_favourite,
            lambda: self._state.phrase_id,
            may_switch=lambda: not self._state.unsaved,
        )
        self.origin_line = OriginLabel(self)
        self.form = PhraseForm(base.categories, base.checklist, self)
        self._status = QLabel(self)
        self.buttons = EditorButtons(self)

        self.setWindowTitle(self.tr("Phrases"))
        self.setAccessibleName(self.tr("CalmDesk phrase editor"))
        self._status.setAccessibleName(self.tr("Status"))
        self._status.setWordWrap(True)

        self.browser.picked.connect(self._on_picked)
        self.form.edited.connect(self._on_edited)
        for button, keys, method in _ACTIONS:
            slot = getattr(self, method)
            if button is not None:
                self.buttons[button].clicked.connect(slot)
            if keys is not None:
                QShortcut(QKeySequence(keys), self).activated.connect(slot)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.browser.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)

        lay_out(self, self.browser, (self.origin_line, self.form), self.buttons, self._status)
        self.resize(1080, 680)

        self.browser.relist()

    # -- what the app and tests call --------------------------------------------------------------------

    def select(self, phrase_id: str) -> bool:
        """Show `phrase_id` (clearing filters that hide it); False when no such phrase is listed."""
        return self.browser.select(phrase_id)

    def current_phrase(self) -> Phrase | None:
        return self._phrases.get(self._state.phrase_id)

    def status(self) -> str:
        return self._status.text()

    def focus_search(self) -> None:
        self.browser.focus_search()

    def set_base(self, base: Library) -> None:
        """The packs were reloaded (a team folder changed): lay the user's phrases over the new ones."""
        self._phrases.set_base(base)  # the app lays the user's phrases over the new packs itself
        self.browser.relist()

    # -- actions ----------------------------------------------------------------------------------------

    def new_phrase(self) -> None:
        if not self._leave_current():
            return
        self.browser.table.clearSelection()
        self._state = EditorState.new()
        self.form.set_phrase(None, editable=True)
        self.origin_line.show_new()
        self._update_buttons()
        self.form.focus_title()

    def save(self) -> bool:
        """Save the form (a new phrase gets a fresh id); False, with the reason shown, when it cannot."""
        if not self._state.savable:
            return True
        problems = self.form.problems()
        if problems:
            self._say(self.tr("Not saved: %s") % " ".join(problems[:3]))
            return False
        if self._state.phrase_id is None:  # a new phrase: a fresh id from its title
            phrase_id = new_id(self.form.phrase("", USER_PACK_ID).title, self._phrases.taken_ids())
        else:
            phrase_id = self._state.phrase_id
        phrase = self.form.phrase(phrase_id, USER_PACK_ID)
        entry = self._user.get(phrase_id)
        try:
            self._user.save(phrase, customizes=entry.customizes if entry else False)
        except StoreError as exc:
            self._say(self.tr("Not saved: %s") % exc)
            return False
        self._state = EditorState.showing(phrase_id)
        self._after_change(phrase_id, self.tr("Saved “%s”.") % phrase.title)
        return True

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
        if self._write(lambda: self._user.save(user_copy(phrase), customizes=True)):
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
        if not self._write(lambda: self._user.delete(phrase.id)):
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
        self._phrases.rebuild()
        self.libraryChanged.emit(self._phrases.for_picker())
        self.browser.relist()
        if select_id is not None and self.select(select_id):
            self._show(self._phrases.get(select_id))  # the same row may stay current: show its new state
        else:
            self._show(None)
        self._say(message)

    def _leave_current(self) -> bool:
        """Before showing something else: save a valid edit; an invalid one keeps the form as it is."""
        if self._state.unsaved:
            return self.save()
        if self._state.is_new:  # a new phrase nothing was typed into: nothing to keep
            self._state = EditorState()
        return True

    def _on_picked(self, phrase: Phrase | None) -> None:
        current_id = self._state.phrase_id
        if phrase is not None and phrase.id == current_id:
            return
        if not self._leave_current():
            self.browser.hold(current_id)  # stay on the phrase being edited: the status says what to fix
            return
        self._show(phrase)

    def _show(self, phrase: Phrase | None) -> None:
        self._state = EditorState.showing(phrase.id if phrase else None)
        origin = self._phrases.origin(phrase) if phrase else None
        self.form.set_phrase(phrase, editable=bool(origin and origin.editable))
        self.origin_line.show_origin(origin, hidden=phrase is not None and self._phrases.is_hidden(phrase.id))
        self._update_buttons()

    def _on_edited(self) -> None:
        self._state = self._state.edited()
        self._update_buttons()

    def _update_buttons(self) -> None:
        phrase = self.current_phrase()
        self.buttons.update(
            shown=phrase is not None,
            origin=self._phrases.origin(phrase) if phrase else None,
            savable=self._state.savable,
            is_new=self._state.is_new,
            hidden=phrase is not None and self._phrases.is_hidden(phrase.id),
            favourite=None if self._store is None else phrase is not None and self._is_favourite(phrase.id),
        )

    def _is_favourite(self, phrase_id: str) -> bool:
        try:
            return self._store is not None and self._store.is_favourite(phrase_id)
        except StoreError:  # closed at quit while the list still repaints: no star, no crash
            return False

    def _say(self, message: str) -> None:
        self._status.setText(message)

    def closeEvent(self, event: QCloseEvent) -> None:
        # A new phrase typed and never saved is the agent's to keep or drop: asked (Esc saved "Unsaved
        # test" silently). Otherwise closing saves a valid edit; an invalid one keeps the window open.
        if self._state.unsaved and self._state.is_new:
            event.ignore()
            self._ask_about_new()
            return
        if not self._leave_current():
            event.ignore()
            return
        super().closeEvent(event)

    def _ask_about_new(self) -> None:
        if self._question is not None:  # asked already (a second Esc or close): bring it forward
            self._question.raise_()
            return
        self._question = ask_save_new(self, self.form.title_edit.text().strip())
        self._question.finished.connect(self._on_new_answered)

    def _on_new_answered(self, answer: int) -> None:
        self._question = None
        if answer == QMessageBox.StandardButton.Discard.value:
            self._state = EditorState()
            self.form.set_phrase(None, editable=False)
            self.origin_line.show_origin(None, hidden=False)
            self._update_buttons()
            self.close()
        elif answer == QMessageBox.StandardButton.Save.value and self.save():
            self.close()
