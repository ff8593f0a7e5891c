"""Other tools' markup in a sheet's text cells, read as CalmDesk text: TextExpander macros, HTML bodies and
help desks' placeholders.

A snippet library or a help desk exports its snippets' HTML (Conga's "Snippet", Briskine's "body"); what the
reader saw is the visible text. A cell with a lone "<b>" in a sentence is not HTML and stays as typed.
"""

from __future__ import annotations

import re

from calmdesk.core.importers.common import ImportResult, blank_name
from calmdesk.core.importers.helpdesk_placeholders import helpdesk_placeholders
from calmdesk.core.importers.html_text import plain_text
from calmdesk.core.messages import gettext as _

# An HTML body has an element and its end (or a line break): "<p>Hi</p>", "Hi<br>there".
_TAGS = "p|div|span|strong|b|em|i|u|ul|ol|li|a|table|tr|td|h[1-6]"
_HTML_START = re.compile(rf"<({_TAGS})\b[^<>]*>", re.IGNORECASE)
_HTML_END = re.compile(rf"</({_TAGS})\s*>|<br\s*/?>", re.IGNORECASE)


def foreign_text(text: str, where: str, result: ImportResult) -> str:
    """`text` with an HTML body read as its visible text, help desks' placeholders as blanks named after
    them, their fallback the default (helpdesk_placeholders: the snippet is kept, not skipped for its
    braces), and TextExpander's macros read."""
    if _HTML_START.search(text) and _HTML_END.search(text):
        text = plain_text(text)
        result.dropped[_("rich text (HTML) read as plain text")] += 1
    if "{" in text:
        text = helpdesk_placeholders(text, where, result)
    return _textexpander_macros(text, where, result) if "%" in text else text


# TextExpander macros with one clear meaning here; the rest (dates such as %Y-%m-%d, %key:...%, %snippet:...%,
# optional parts) are kept as typed and reported once per snippet.
_TE_FILL = re.compile(r"%fill(?:text|area):([^%\n]*)%")
_TE_OTHER = re.compile(r"%(?:fill\w*:|key:|snippet:|[@+-]?[0-9]+[a-zA-Z]|[YymdeBbAaHIMSp](?![a-z]))")


def _textexpander_macros(text: str, where: str, result: ImportResult) -> str:
    """%clipboard, %| (the cursor) and %filltext:name=...:default=...% as CalmDesk blanks."""

    def fill(match: re.Match[str]) -> str:
        options = dict(part.partition("=")[::2] for part in match.group(1).split(":"))
        name = blank_name(options.get("name", ""), "value")
        default = options.get("default", "").strip()
        return "{{" + name + (f"|{default}" if default and not set(default) & set("{}|") else "") + "}}"

    if "%|" in text:
        result.dropped[_("cursor marker {marker}").format(marker="%|")] += text.count("%|")
        text = text.replace("%|", "")
    text = _TE_FILL.sub(fill, text.replace("%clipboard", "{{clipboard}}"))
    if _TE_OTHER.search(text):
        result.notes.append(
            f"{where}: " + _("TextExpander macros (dates, keys, other fill-ins) kept as typed")
        )
    return text


def folder_path(title: str) -> tuple[str, list[str]]:
    """A Zendesk macro's title holds its folders: "Refunds::Partial::Explained" is the title "Refunds:
    Partial: Explained" (all of it: "Explained" alone says little), and its folders become tags."""
    parts = [part.strip() for part in title.split("::")]
    if len(parts) < 2 or not all(parts):
        return title, []
    return ": ".join(parts), parts[:-1]
