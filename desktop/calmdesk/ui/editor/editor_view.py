"""The phrase editor's window without its commands: the list, the form, the phrase shown, leaving it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from calmdesk.core.library import Library
from calmdesk.core.model import Phrase
from calmdesk.core.phrase_edit import new_id
from calmdesk.core.user_layer import USER_PACK_ID
from calmdesk.store.errors import StoreError
from calmdesk.ui.editor.editor_library import EditorLibrary
from calmdesk.ui.editor.editor_parts import EditorButtons, OriginLabel, ask_save_new, lay_out, origin_short
from calmdesk.ui.editor.editor_state import EditorState
from calmdesk.ui.editor.phrase_browser import PhraseBrowser
from calmdesk.ui.editor.phrase_form import PhraseForm
from calmdesk.ui.editor.version_panel import VersionPanel

if TYPE_CHECKING:
    from calmdesk.store.user_phrases import UserPhrases
    from calmdesk.store.userstore import UserStore


class EditorView(QWidget):
    """Shows the user's phrases over the loaded library (`base`, before the user layer), one in the form.

    Signals:
        libraryChanged(object): the library the picker should use now (user phrases in, hidden ones out).

    Switching to another phrase (or language, or closing) saves a valid edit first, so nothing typed is lost;
    an invalid one keeps the selection and says why. EditorWindow adds the commands that change phrases.
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
        self._lang = base.language  # the language whose version the form edits; kept from phrase to phrase

        self.browser = PhraseBrowser(
            self._phrases,
            lambda origin: origin_short(self, origin),
            self._is_favourite,
            lambda: self._state.phrase_id,
            may_switch=lambda: not self._state.unsaved,
        )
        self.origin_line = OriginLabel(self)
        # Parented by the layout, after the form: the first field keeps the first focus, as before.
        self.versions = VersionPanel()
        self.form = PhraseForm(base.categories, base.checklist, self)
        self._status = QLabel(self)
        self.buttons = EditorButtons(self)

        self.setWindowTitle(self.tr("Phrases"))
        self.setAccessibleName(self.tr("CalmDesk phrase editor"))
        self._status.setAccessibleName(self.tr("Status"))
        self._status.setWordWrap(True)

        self.browser.picked.connect(self._on_picked)
        self.form.edited.connect(self._on_edited)
        self.versions.languagePicked.connect(self.edit_language)

        lay_out(self, self.browser, (self.origin_line, self.versions, self.form), self.buttons, self._status)
        self.resize(1080, 680)

    # -- what the app and tests call --------------------------------------------------------------------

    def select(self, phrase_id: str) -> bool:
        """Show `phrase_id` (clearing filters that hide it); False when no such phrase is listed."""
        return self.browser.select(phrase_id)

    def current_phrase(self) -> Phrase | None:
        """The version the form shows: the one in the language edited, else the one agents get instead."""
        return self._phrases.version(self._state.phrase_id, self._lang)

    def edit_language(self, lang: str) -> None:
        """Edit the `lang` version of the phrase shown (a valid edit of the one shown is saved first)."""
        if lang == self._lang:
            return
        if not self._leave_current():
            self._show_versions()  # stay on the language being edited: the status says what to fix
            return
        self._lang = lang
        if self._state.is_new:
            self._show_versions()
        else:
            self._show(self._phrases.get(self._state.phrase_id))

    def status(self) -> str:
        return self._status.text()

    def focus_search(self) -> None:
        self.browser.focus_search()

    def set_base(self, base: Library) -> None:
        """The packs were reloaded (a team folder changed): lay the user's phrases over the new ones."""
        self._phrases.set_base(base)  # the app lays the user's phrases over the new packs itself
        self.browser.relist()

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
        lang = self._lang
        entry = self._user.get(phrase_id, lang)
        if entry is not None and not entry.phrase.lang and lang == self._phrases.library.language:
            lang = ""  # saved before phrases had languages, and shown as this language's: it stays so
        phrase = replace(self.form.phrase(phrase_id, USER_PACK_ID), lang=lang)
        customizes = entry.customizes if entry else self._phrases.in_packs(phrase_id)
        try:
            self._user.save(phrase, customizes=customizes)
        except StoreError as exc:
            self._say(self.tr("Not saved: %s") % exc)
            return False
        self._state = EditorState.showing(phrase_id)
        self._after_change(phrase_id, self.tr("Saved “%s”.") % phrase.title)
        return True

    # -- internals --------------------------------------------------------------------------------------

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

    def _show(self, listed: Phrase | None) -> None:
        self._state = EditorState.showing(listed.id if listed else None)
        phrase = self.current_phrase()
        origin = self._phrases.origin(phrase) if phrase else None
        self.form.set_phrase(phrase, editable=bool(origin and origin.editable))
        self.origin_line.show_origin(origin, hidden=phrase is not None and self._phrases.is_hidden(phrase.id))
        self._show_versions()
        self._update_buttons()

    def _show_versions(self) -> None:
        phrase_id = self._state.phrase_id
        versions = self._phrases.versions(phrase_id) if phrase_id else {}
        self.versions.show_versions(versions, self._lang, new=self._state.is_new)

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
        if phrase is not None and phrase.lang != self._lang:  # another language stands in: nothing to delete
            self.buttons["delete"].setEnabled(False)

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
