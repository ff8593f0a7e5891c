"""What to do in a checklist step: its goal, the do's, and each "avoid this, say that instead"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from calmdesk.ui.common.reading_words import threat_name
from calmdesk.ui.common.rich_text import escape

if TYPE_CHECKING:
    from calmdesk.core.model import ChecklistStep
    from calmdesk.core.reading.model import StepTip


_RAISED = "#a04000"  # a dark orange, readable on white: a warning, not an error


class StepDetail(QTextBrowser):
    """Read-only guidance for the selected step; it never takes the keyboard from the lists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("What to do in this step"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setOpenLinks(False)

    def show_step(self, step: ChecklistStep | None, raised: Sequence[StepTip] = ()) -> None:
        """The step's guidance; `raised`: tips the customer's message calls for here, shown first."""
        if step is None:
            self.clear()
            return
        esc = escape
        parts = [f"<p><b>{esc(step.goal)}</b></p>"]
        parts += self._raised_html(raised)  # what to do about a threat, before the step's usual tips
        parts.append("<ul style='margin-left:-16px'>")
        parts += [f"<li>{esc(tip)}</li>" for tip in step.do]
        parts.append("</ul>")
        avoid, say = (
            esc(self.tr("Avoid")),
            esc(self.tr("Say instead")),
        )  # outside the f-string: lupdate sees them
        for instead in step.dont:
            parts.append(
                f"<p><span style='color:#c0392b'>{avoid}:</span> {esc(instead.avoid)}<br>"
                f"<span style='color:#1e8449'>→ {say}:</span> {esc(instead.say)}</p>"
            )
        self.setHtml("".join(parts))

    def _raised_html(self, raised: Sequence[StepTip]) -> list[str]:
        """The tips a threat in the message raises, under the threat's name."""
        if not raised:
            return []
        esc = escape
        parts: list[str] = []
        for threat in dict.fromkeys(tip.threat for tip in raised):
            heading = self.tr("Their message threatens %s") % threat_name(threat)
            parts.append(f"<p style='color:{_RAISED}'><b>{esc(heading)}:</b></p>")
            parts.append("<ul style='margin-left:-16px'>")
            parts += [f"<li style='color:{_RAISED}'>{esc(t.text)}</li>" for t in raised if t.threat == threat]
            parts.append("</ul>")
        return parts
