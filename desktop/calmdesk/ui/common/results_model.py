"""A read-only Qt list model over the search hits the picker shows."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QObject, QPersistentModelIndex, Qt

from calmdesk.core.clock_fields import clock_fields
from calmdesk.core.human_time import WorkingTime
from calmdesk.core.model import Category, Phrase
from calmdesk.core.placeholders import blanks, render

# What a copy would fill in now: the known values (complaint, settings) and the working time promises keep to.
Fill = Callable[[], tuple[Mapping[str, str], WorkingTime]]

_PREVIEW_CHARS = 160
_TOOLTIP_CHARS = 600

Index = QModelIndex | QPersistentModelIndex


class ResultRole(IntEnum):
    """Custom data roles; the delegate and the picker read a hit through these, never the Hit itself."""

    PhraseId = Qt.ItemDataRole.UserRole + 1
    Preview = Qt.ItemDataRole.UserRole + 2
    CategoryKey = Qt.ItemDataRole.UserRole + 3
    CategoryLabel = Qt.ItemDataRole.UserRole + 4
    CategoryColor = Qt.ItemDataRole.UserRole + 5
    Favourite = Qt.ItemDataRole.UserRole + 6
    Text = Qt.ItemDataRole.UserRole + 7
    Partial = Qt.ItemDataRole.UserRole + 8  # matches only some of the query's words
    FirstPartial = Qt.ItemDataRole.UserRole + 9  # the first such row: the delegate draws a separator above it


def one_line(text: str, limit: int = _PREVIEW_CHARS) -> str:
    """Whitespace folded to single spaces and cut with an ellipsis: a preview must never wrap a row."""
    folded = " ".join(text.split())
    return folded if len(folded) <= limit else folded[: limit - 1].rstrip() + "…"


class ResultsModel(QAbstractListModel):
    """Adapter between a list of `core.search.Hit` and Qt views.

    The hits and their order come from core search; this model only exposes them. `is_favourite` is asked
    at paint time so a toggled star shows without searching again (see `refresh_favourite`). `fill`, asked
    at each `set_hits`, gives the values and working time the one-line previews are filled with, so a row
    reads as the copy will ("Hello Maria", "by 10:30 tomorrow" in the agent's own working hours).
    """

    def __init__(
        self,
        categories: Mapping[str, Category],
        is_favourite: Callable[[str], bool] = lambda _id: False,
        parent: QObject | None = None,
        fill: Fill | None = None,
    ) -> None:
        super().__init__(parent)
        self._categories = categories
        self._is_favourite = is_favourite
        self._fill = fill
        self._values: Mapping[str, str] = {}
        self._work = WorkingTime()
        self._phrases: list[Phrase] = []
        self._partial: list[bool] = []
        self._previews: dict[str, str] = {}
        # The language the phrases are shown in; a phrase in another one (an English fallback) is marked.
        self._language = ""

    def set_language(self, lang: str) -> None:
        self.beginResetModel()
        self._language = lang
        self.endResetModel()

    def _fallback(self, phrase: Phrase) -> bool:
        return bool(self._language) and phrase.lang != self._language

    def set_hits(self, hits: Sequence[Any]) -> None:
        """Replace every row (a reset is cheaper than diffing 50 rows on each keystroke)."""
        self.beginResetModel()
        self._phrases = [hit.phrase for hit in hits]
        self._partial = [bool(getattr(hit, "partial", False)) for hit in hits]
        if self._fill is not None:
            # Asked again each time: the complaint, the settings and the clock all change between searches.
            self._values, self._work = self._fill()
        self._previews.clear()
        self.endResetModel()

    def phrase(self, row: int) -> Phrase | None:
        return self._phrases[row] if 0 <= row < len(self._phrases) else None

    def row_of(self, phrase_id: str) -> int:
        for row, phrase in enumerate(self._phrases):
            if phrase.id == phrase_id:
                return row
        return -1

    def refresh_favourite(self, phrase_id: str) -> None:
        row = self.row_of(phrase_id)
        if row >= 0:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [ResultRole.Favourite])

    # Qt model interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._phrases)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        phrase = self.phrase(index.row())
        if phrase is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # No version in the customer's language: say which one will be copied.
            return f"{phrase.title}  [{phrase.lang.upper()}]" if self._fallback(phrase) else phrase.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return one_line(phrase.text, _TOOLTIP_CHARS)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            partial = self.tr(" (partial match)") if self._partial[index.row()] else ""
            other = self.tr(" (in %1)").replace("%1", phrase.lang) if self._fallback(phrase) else ""
            return f"{phrase.title}. {self._category_label(phrase.category)}{partial}{other}"
        if role == ResultRole.Partial:
            return self._partial[index.row()]
        if role == ResultRole.FirstPartial:
            row = index.row()
            return self._partial[row] and (row == 0 or not self._partial[row - 1])
        if role == ResultRole.PhraseId:
            return phrase.id
        if role == ResultRole.Preview:
            return self._preview(phrase)
        if role == ResultRole.Text:
            return phrase.text
        if role == ResultRole.CategoryKey:
            return phrase.category
        if role == ResultRole.CategoryLabel:
            return self._category_label(phrase.category)
        if role == ResultRole.CategoryColor:
            category = self._categories.get(phrase.category)
            return category.color if category else "#808080"
        if role == ResultRole.Favourite:
            return self._is_favourite(phrase.id)
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update(
            {int(role): QByteArray((role.name[0].lower() + role.name[1:]).encode()) for role in ResultRole}
        )
        return names

    def _category_label(self, key: str) -> str:
        category = self._categories.get(key)
        return category.label if category else key.replace("_", " ").capitalize()

    def _preview(self, phrase: Phrase) -> str:
        # Cached per phrase id: folding whitespace of long texts on every repaint would add up on scrolling.
        preview = self._previews.get(phrase.id)
        if preview is None:
            preview = readable(phrase.text, self._values, self._work, lang=phrase.lang)
            preview = self._previews[phrase.id] = one_line(preview)
        return preview


def readable(
    text: str,
    values: Mapping[str, str] | None = None,
    work: WorkingTime | None = None,
    now: datetime | None = None,
    lang: str = "en",
) -> str:
    """The text as an agent would read it: known values and defaults filled in, other blanks shown as
    [Label], not {{name}}; promised times computed within `work` (the default working time if None)."""
    known = values or {}
    filled = {
        blank.name: known.get(blank.name, "").strip() or blank.default or f"[{blank.label}]"
        for blank in blanks(text)
    }
    filled.update(clock_fields(text, now or datetime.now(), work or WorkingTime(), lang)[1])
    return render(text, filled)
