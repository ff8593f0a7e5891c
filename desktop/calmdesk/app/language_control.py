"""A complaint in the customer's language: the picker and the panel offer and copy its phrases (English
where a phrase has none, marked), while the windows stay in the agent's own language."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from calmdesk.app.library_control import LibraryControl
    from calmdesk.core.library import Library
    from calmdesk.core.search import SearchIndex
    from calmdesk.ui.complaint.complaint_watch import ComplaintWatch


class Shows(Protocol):
    """The picker: shows an index of a library."""

    def set_library(self, index: SearchIndex, library: Library) -> None: ...


class ShowsLibrary(Protocol):
    """The complaint control: its panel shows a library."""

    def set_library(self, library: Library) -> None: ...


class LanguageControl(QObject):
    """Follows the current complaint's language (`Complaint.lang`; "" is the agent's content language)."""

    def __init__(
        self,
        libraries: LibraryControl,
        watch: ComplaintWatch,
        picker: Shows,
        complaints: ShowsLibrary,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._libraries = libraries
        self._watch = watch
        self._picker = picker
        self._complaints = complaints
        self._views: dict[str, tuple[Library, SearchIndex, Library]] = {}
        self.shown = libraries.library.language
        watch.changed.connect(self.follow)
        # Connected after the picker's own update: a new library is shown again in the complaint's language.
        libraries.changed.connect(lambda _index, _library: self.follow(again=True))

    def wanted(self) -> str:
        complaint = self._watch.current()
        return (
            complaint.lang if complaint is not None and complaint.lang else self._libraries.library.language
        )

    def follow(self, again: bool = False) -> None:
        lang = self.wanted()
        if lang == self.shown and not again:
            return
        base = self._libraries.library
        if lang == base.language and (again or self.shown == lang):
            self.shown = lang  # the library just shown is already in this language
            return
        index, library = self._view(lang)
        self.shown = lang
        self._picker.set_library(index, library)
        self._complaints.set_library(library)

    def _view(self, lang: str) -> tuple[SearchIndex, Library]:
        base = self._libraries.library
        if lang == base.language and self._libraries.index is not None:
            return self._libraries.index, base
        cached = self._views.get(lang)
        if cached is not None and cached[0] is base:
            return cached[1], cached[2]
        from calmdesk.core.search import SearchIndex

        view = base.in_language(lang)
        # Searched with the customer's language's category words too; shown with the agent's own labels and
        # checklist tips, since the interface stays in the agent's language.
        index = SearchIndex.for_library(view)
        library = dataclasses.replace(view, categories=base.categories, checklist=base.checklist)
        self._views[lang] = (base, index, library)
        return index, library
