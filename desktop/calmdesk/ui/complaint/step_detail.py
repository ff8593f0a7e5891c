"""What to do in a checklist step: its goal, the do's, and each "avoid this, say that instead"."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

if TYPE_CHECKING:
    from calmdesk.core.model import ChecklistStep


class StepDetail(QTextBrowser):
    """Read-only guidance for the selected step; it never takes the keyboard from the lists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("What to do in this step"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setOpenLinks(False)

    def show_step(self, step: ChecklistStep | None) -> None:
        if step is None:
            self.clear()
            return
        esc = html.escape
        parts = [f"<p><b>{esc(step.goal)}</b></p><ul style='margin-left:-16px'>"]
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
