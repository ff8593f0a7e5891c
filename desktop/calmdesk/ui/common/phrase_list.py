"""A list of phrases drawn as two-line rows (the picker's results, the panel's step phrases)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QListView, QWidget

from calmdesk.core.search import Hit
from calmdesk.ui.common.result_delegate import ResultDelegate
from calmdesk.ui.common.results_model import Fill, ResultsModel

if TYPE_CHECKING:
    from calmdesk.core.model import Category, Phrase


class PhraseList(QListView):
    """The rows come from `show_hits(hits)`; the current row is the phrase Enter would copy."""

    def __init__(
        self,
        categories: Mapping[str, Category],
        fill: Fill,
        is_favourite: Callable[[str], bool] = lambda _id: False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._results = ResultsModel(categories, is_favourite, self, fill)
        self.setModel(self._results)
        self.setItemDelegate(ResultDelegate(self))
        self.setUniformItemSizes(True)  # all rows are two lines: lets the view skip measuring each
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)

    @property
    def results(self) -> ResultsModel:
        return self._results

    def show_hits(self, hits: Sequence[Any]) -> bool:
        """List `hits` (search hits or anything with a `.phrase`) with the first selected; False if none."""
        self._results.set_hits(hits)
        if not hits:
            return False
        self.select_row(0)
        self.scrollToTop()
        return True

    def show_phrases(self, phrases: Sequence[Phrase]) -> bool:
        """List `phrases` in their order (no search behind them: the panel's step phrases)."""
        return self.show_hits([Hit(phrase, 0.0) for phrase in phrases])

    def current_phrase(self) -> Phrase | None:
        return self._results.phrase(self.currentIndex().row())

    def phrases(self) -> list[Phrase]:
        rows = (self._results.phrase(row) for row in range(self._results.rowCount()))
        return [phrase for phrase in rows if phrase is not None]

    def select_row(self, row: int) -> bool:
        if not 0 <= row < self._results.rowCount():
            return False
        self.setCurrentIndex(self._results.index(row, 0))
        return True

    def select(self, phrase_id: str) -> bool:
        """Select the phrase `phrase_id` where it is listed; False when it is not."""
        return self.select_row(self._results.row_of(phrase_id))

    def put_first(self, phrase: Phrase) -> None:
        """List `phrase` first and select it, the others after it in their order."""
        others = [Hit(p, 0.0) for p in self.phrases() if p.id != phrase.id]
        self.show_hits([Hit(phrase, 1.0), *others])
