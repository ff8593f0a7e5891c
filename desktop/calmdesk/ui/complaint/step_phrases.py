"""The checklist panel's phrases for the selected step, and the fill-in form of the selected phrase."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QListView, QWidget

from calmdesk.core.placeholders import MissingValues
from calmdesk.ui.common.fill_form import FillForm
from calmdesk.ui.common.phrase_actions import CopyError
from calmdesk.ui.common.phrase_list import PhraseList

if TYPE_CHECKING:
    from calmdesk.core.library import Library
    from calmdesk.core.model import ChecklistStep, Phrase
    from calmdesk.ui.common.phrase_flow import PhraseFlow


class StepPhrases(QObject):
    """Owns the phrase list and the form the panel lays out. `copy()` copies the selected phrase through
    the panel's flow (the picker's fill rule), or shows the form where a required blank is empty.

    Signals:
        copied(str, str): a phrase id and the text copied.
        said(str): a line for the panel's status (copied, or why not).
    """

    copied = Signal(str, str)
    said = Signal(str)

    def __init__(self, flow: PhraseFlow, key_filter: QObject, parent: QWidget) -> None:
        super().__init__(parent)
        self._flow = flow
        self.list = PhraseList(flow.library.categories, self._row_fill, parent=parent)
        self.list.results.set_language(flow.library.language)  # marks a phrase in another language
        self.form = FillForm(key_filter=key_filter, parent=parent)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerItem)
        self.list.selectionModel().currentChanged.connect(lambda *_a: self._show_blanks())
        self.list.doubleClicked.connect(lambda _i: self.copy())

    def set_library(self, library: Library) -> None:
        self.list.results.set_language(library.language)

    def show_step(self, step: ChecklistStep | None) -> None:
        if step is None:
            self.list.show_phrases([])
            return
        self.list.show_phrases(self._flow.step_phrases(step))
        self._show_blanks()

    def current(self) -> Phrase | None:
        return self.list.current_phrase()

    def copy(self) -> None:
        """Enter: copy the selected phrase, or show the form where a required blank is empty."""
        phrase = self.current()
        if phrase is None:
            return
        try:
            text = self._flow.copy(phrase, self.form.values())
        except MissingValues as exc:
            self.form.setVisible(True)
            self.form.show_missing(exc.names)
            self.form.focus_first()
            return
        except CopyError as exc:
            # The panel's translation context: the strings kept their translations when they moved here.
            self.said.emit(QCoreApplication.translate("ChecklistPanel", "Could not copy: %s") % exc)
            return
        self.copied.emit(phrase.id, text)
        self.said.emit(QCoreApplication.translate("ChecklistPanel", "Copied: %s") % phrase.title)

    def _row_fill(self) -> tuple[dict[str, str], Any]:
        return self._flow.prefill(), self._flow.settings.working_time()

    def _show_blanks(self) -> None:
        # The same fields as the picker's: a promised time is computed in the agent's working hours and
        # shown as a field, so "by 10:30 tomorrow" is seen, and can be changed, before it is copied.
        self.form.set_blanks(*self._flow.fields(self.current()))
        self.form.setVisible(self.form.has_blanks())
