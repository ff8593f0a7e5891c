"""The phrase editor's list: a read-only table model over (phrase, origin) rows the editor hands it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from calmdesk.core.model import Category, Phrase
from calmdesk.core.phrase_edit import Origin

Index = QModelIndex | QPersistentModelIndex


class EditorRole(IntEnum):
    PhraseId = Qt.ItemDataRole.UserRole + 1
    Editable = Qt.ItemDataRole.UserRole + 2


class PhraseTableModel(QAbstractTableModel):
    """Title, category and source of each phrase; the rows and their order are the editor's (from search).

    `origin_text` turns an Origin into the words shown ("Built-in: Core conversation 1.0.0"), `is_favourite`
    and `is_hidden` are asked at paint time so a toggle shows without rebuilding the rows. A phrase listed
    in another language than the library's (English standing in, or the only one it has) says which.
    """

    COLUMNS = 3

    def __init__(
        self,
        categories: Mapping[str, Category],
        origin_text: Callable[[Origin], str],
        is_favourite: Callable[[str], bool] = lambda _id: False,
        is_hidden: Callable[[str], bool] = lambda _id: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._categories = dict(categories)
        self._origin_text = origin_text
        self._is_favourite = is_favourite
        self._is_hidden = is_hidden
        self._rows: list[tuple[Phrase, Origin]] = []
        self._language = ""

    def set_rows(self, rows: Sequence[tuple[Phrase, Origin]], language: str = "") -> None:
        """`language`: the library's; a phrase in another one is marked ("" marks none)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._language = language
        self.endResetModel()

    def phrase(self, row: int) -> Phrase | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def origin(self, row: int) -> Origin | None:
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def row_of(self, phrase_id: str) -> int:
        return next((n for n, (p, _) in enumerate(self._rows) if p.id == phrase_id), -1)

    def refresh_row(self, phrase_id: str) -> None:
        row = self.row_of(phrase_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Title"), self.tr("Category"), self.tr("Source"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        phrase, origin = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                star = "★ " if self._is_favourite(phrase.id) else ""
                hidden = self.tr(" (hidden)") if self._is_hidden(phrase.id) else ""
                other = f" [{phrase.lang}]" if self._language and phrase.lang != self._language else ""
                return star + phrase.title + other + hidden
            if column == 1:
                category = self._categories.get(phrase.category)
                return category.label if category else phrase.category
            return self._origin_text(origin)
        if role == Qt.ItemDataRole.ToolTipRole:
            return phrase.text[:600]
        if role == Qt.ItemDataRole.FontRole and column == 0 and self._is_hidden(phrase.id):
            font = QFont()
            font.setItalic(True)
            return font
        if role == EditorRole.PhraseId:
            return phrase.id
        if role == EditorRole.Editable:
            return origin.editable
        return None
