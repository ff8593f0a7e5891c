"""The picker's reading line: how the customer's copied message reads, in one line above the results."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from calmdesk.ui.common.reading_words import reading_summary
from calmdesk.ui.picker.whose_label import WhoseLabel

if TYPE_CHECKING:
    from calmdesk.core.reading.for_reply import MessageOutcome


class ReadingLine(WhoseLabel):
    """ "Message: Furious · damaged · asks: replacement · ... · order A-10492 · Maria".

    Elided like the "Filling for" line (the whole reading is the tooltip); a secret on the clipboard is
    named as refused, never shown; hidden when there is nothing worth a line. The key that starts a
    complaint from it leads the status line's hints meanwhile.
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
