"""Reads and plans an import off the GUI thread, for the import dialog's preview."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, Signal

from calmdesk.core.importers import ImportFailed, plan_import, read_import
from calmdesk.core.language_view import every_version
from calmdesk.core.library import Library

if TYPE_CHECKING:
    from calmdesk.store.user_phrases import UserPhrases


class ImportReader(QThread):
    """Reads and plans off the GUI thread, so a big file keeps the window (and its progress bar) alive.

    Signals:
        planned(object): the ImportPlan.
        failed(str): why the file cannot be imported.
    """

    planned = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        kind: str,
        path: Path,
        library: Library,
        user: UserPhrases,
        choices: tuple[str, str, bool],
    ):
        super().__init__()
        self._kind, self._path = kind, path
        self._category, self._lang, self._replace = choices  # category, language, replace
        # Plain data only crosses into the thread: the store is touched by the GUI thread alone.
        self._library = library
        self._user = [e.phrase for e in user.all()]

    def run(self) -> None:
        try:
            # Every language's phrases, read off the GUI thread: an id only a Spanish pack has is taken.
            loaded = [p for p in every_version(self._library) if p.pack != "user"]
            taken = {p.id for p in loaded} | {p.id for p in self._user}
            result = read_import(
                self._kind, self._path, taken=taken, default_category=self._category, lang=self._lang
            )
            plan = plan_import(result, user=self._user, library=loaded, replace=self._replace)
        except ImportFailed as failed:
            self.failed.emit(str(failed))
            return
        self.planned.emit(plan)
