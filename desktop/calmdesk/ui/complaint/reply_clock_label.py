"""The panel's clock line: how long the complaint is open and how long the customer has waited for a reply."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from calmdesk.core.complaint import Complaint
from calmdesk.core.complaint_time import AGENT, AMBER, RED, duration, reply_clock
from calmdesk.ui.common.rich_text import escape

_CLOCK_COLOURS = {AMBER: "#b9770e", RED: "#c0392b"}  # readable on light and dark backgrounds alike


def clock_text(span: timedelta) -> str:
    """A span as a stopwatch shows it: 4:05, or 1:02:03 from an hour."""
    seconds = int(span.total_seconds())
    if seconds >= 3600:
        return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
    return f"{seconds // 60}:{seconds % 60:02d}"


class ReplyClockLabel(QLabel):
    """Amber when a reply is due soon, red when it is late, against the channel's reply target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Reply clock"))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)

    def show_for(self, complaint: Complaint | None, moment: datetime, targets: Mapping[str, int]) -> None:
        if complaint is None:
            self.setText(escape(self.tr("The steps work as a guide; start a complaint to tick them.")))
            return
        clock = reply_clock(complaint, moment, targets)
        text = self.tr("Open for %s") % clock_text(duration(complaint, moment))
        if clock.waiting == AGENT:  # the agent asked: the customer's turn, no target runs
            turn = self.tr("you asked, their turn %s · Ctrl+R when they reply") % clock_text(clock.waited)
            text = escape(text + " · " + turn)
        elif clock.target is not None:
            wait = self.tr("waiting %s of %s") % (clock_text(clock.waited), clock_text(clock.target))
            colour = _CLOCK_COLOURS.get(clock.state)
            label = {AMBER: self.tr("reply soon"), RED: self.tr("reply now")}.get(clock.state, "")
            wait = escape(wait + (f" · {label}" if label else ""))
            text = escape(text) + " · " + (f"<b style='color:{colour}'>{wait}</b>" if colour else wait)
        else:
            text = escape(text + " · " + self.tr("waiting %s") % clock_text(clock.waited))
        self.setText(text)
