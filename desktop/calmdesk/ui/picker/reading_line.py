"""The picker's reading line: how the customer's copied message reads, in one line above the results."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from calmdesk.ui.common.reading_words import reading_summary
from calmdesk.ui.picker.whose_label import WhoseLabel

SEPARATOR = " · "  # between the parts of reading_summary(), in every language

if TYPE_CHECKING:
    from calmdesk.core.reading.for_reply import MessageOutcome


class ReadingLine(WhoseLabel):
    """ "Message: Furious · damaged · asks: replacement · ... · order A-10492 · Maria".

    A reading too long for one line goes on over a second one, broken between its parts, and only what
    does not fit in two is elided (the whole reading is the tooltip): the order number and the name come
    last, and they are what an agent looks for. A secret on the clipboard is named as refused, never
    shown; hidden when there is nothing worth a line. The key that starts a complaint from it leads the
    status line's hints meanwhile.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("The customer's message"))
        self.setVisible(False)

    def show_outcome(self, outcome: MessageOutcome | None) -> None:
        reading = outcome.reading if outcome is not None else None
        if reading is not None:
            summary = reading_summary(reading)  # in the interface's language
            self.show_summary(self.tr("Message: "), summary)
            self.setAccessibleDescription(summary)
        elif outcome is not None and outcome.refused:
            self.show_summary(self.tr("Not read: the clipboard looks like a password or card number."), "")
            self.setAccessibleDescription("")
        self.setVisible(reading is not None or (outcome is not None and outcome.refused))

    def _fit(self) -> None:
        lead, summary, _ = self._parts
        width = self.contentsRect().width()
        metrics = self.fontMetrics()
        whole = lead + summary
        if not self.isVisible() or metrics.horizontalAdvance(whole) <= width:
            self.setText(whole)  # not laid out yet, or it fits: one line
            return
        first, parts = lead, summary.split(SEPARATOR)
        while len(parts) > 1:
            longer = first + parts[0] + SEPARATOR
            if metrics.horizontalAdvance(longer) > width:
                break
            first, parts = longer, parts[1:]
        rest = SEPARATOR.join(parts)
        if first == lead:  # not even one part fits after the lead: elide on one line, as before
            self.setText(lead + metrics.elidedText(summary, Qt.TextElideMode.ElideRight, max(width, 0)))
            return
        second = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        self.setText(first.removesuffix(SEPARATOR) + "\n" + second)
