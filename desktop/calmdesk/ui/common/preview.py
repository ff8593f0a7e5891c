"""The preview pane: a phrase rendered with the current values, its blanks highlighted."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from calmdesk.core.placeholders import blanks, parse, render
from calmdesk.ui.common.rich_text import escape

# Private-use characters mark where a blank's value starts and ends, so the marking survives escaping
# and cannot collide with anything a phrase or an agent would write.
_FILLED, _EMPTY, _END = "\ue000", "\ue001", "\ue002"


def preview_html(text: str, values: Mapping[str, str], *, filled_bg: str, empty_bg: str) -> str:
    """`text` rendered through core `render`; filled blanks get a soft background, empty required ones
    show their label on a warning background. Never raises for missing values: that is what it shows."""
    marked: dict[str, str] = {}
    for blank in blanks(text):
        if blank.section:  # a switch decides what shows; its value is never shown itself
            marked[blank.name] = values.get(blank.name, "")
            continue
        value = "".join(c for c in values.get(blank.name, "") if c not in (_FILLED, _EMPTY, _END)).strip()
        if value or blank.default:
            marked[blank.name] = _FILLED + (value or blank.default or "") + _END
        else:
            marked[blank.name] = _EMPTY + "[" + blank.label + "]" + _END
    for placeholder in parse(text):
        # A promised time the form computed (or the agent edited) shows marked, like any filled blank.
        given = values.get(placeholder.key, "").strip() if placeholder.is_clock else ""
        if given:
            marked[placeholder.key] = (
                _FILLED + "".join(c for c in given if c not in (_FILLED, _EMPTY, _END)) + _END
            )
    body = escape(render(text.strip(), marked))
    body = (
        body.replace(_FILLED, f'<span style="background:{filled_bg}">')
        .replace(_EMPTY, f'<span style="background:{empty_bg}; font-style:italic">')
        .replace(_END, "</span>")
    )
    return f'<div style="white-space:pre-wrap">{body}</div>'


class PreviewPane(QTextBrowser):
    """Read-only, focus-free text view: the search field keeps the keyboard while the agent reads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Preview"))
        self.setFrameShape(QTextBrowser.Shape.NoFrame)

    def show_phrase(self, text: str, values: Mapping[str, str]) -> None:
        c = self.palette().color(QPalette.ColorRole.Highlight)
        filled = f"rgba({c.red()},{c.green()},{c.blue()},0.22)"
        self.setHtml(preview_html(text, values, filled_bg=filled, empty_bg="rgba(230,126,34,0.35)"))

    def show_message(self, message: str) -> None:
        self.setHtml(f'<p style="color:gray">{escape(message)}</p>')
