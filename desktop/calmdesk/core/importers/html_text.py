"""Rich-text snippets (HTML) as the plain text CalmDesk phrases hold: what a reader sees, not the markup.

Beeftext reads its HTML combos back as plain text (Qt's QTextDocumentFragment::toPlainText) and Espanso's
`html:` matches paste rich text; here both become their visible text, with paragraphs, line breaks and list
items on lines of their own. A link keeps where it points: "our help page (https://...)", as the customer
who clicked it would have reached it; the canned reply "reset it here" without its address is no help.
Only the stdlib parser: nothing is fetched, run or rendered.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Tags whose start or end begins a new line of text; <br> is a line break of its own.
_BLOCKS = frozenset(
    {"p", "div", "li", "tr", "table", "ul", "ol", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6"}
)
# Content nobody sees: a document's head, its style sheet and scripts.
_HIDDEN = frozenset({"head", "style", "script", "title", "template"})
_SPACES = re.compile(r"[ \t\r\n\f]+")
# Addresses a reader can follow; "#top" and "javascript:" lead nowhere outside the page.
_KEPT_LINK = re.compile(r"(?:https?://|mailto:|tel:)\S+", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n{3,}")


def plain_text(html: str) -> str:
    """The visible text of `html`: entities read, whitespace folded as a browser does (but in <pre>)."""
    reader = _TextReader()
    reader.feed(html)
    reader.close()
    lines = (line.rstrip() for line in "".join(reader.parts).split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


class _TextReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0
        self._pre = 0
        self._links: list[tuple[str, int]] = []  # open <a>: its address and where its text begins

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = (dict(attrs).get("href") or "").strip()
            self._links.append((href if _KEPT_LINK.fullmatch(href) else "", len(self.parts)))
        elif tag in _HIDDEN:
            self._hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self._new_line()
            if tag == "pre":
                self._pre += 1
            if tag == "li":
                self.parts.append("- ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._links:
            href, start = self._links.pop()
            shown = "".join(self.parts[start:]).strip()
            address = href.removeprefix("mailto:").removeprefix("tel:")
            if href and address not in shown:
                self.parts.append(f" ({address})" if shown else address)
        elif tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS:
            if tag == "pre":
                self._pre = max(0, self._pre - 1)
            self._new_line()

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        if not self._pre:
            data = _SPACES.sub(" ", data)
            if not self.parts or self.parts[-1].endswith("\n"):
                data = data.lstrip(" ")  # the indentation between tags is not text
        if data:
            self.parts.append(data)

    def _new_line(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")
