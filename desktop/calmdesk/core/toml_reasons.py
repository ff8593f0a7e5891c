"""Python's TOML syntax errors said in the person's language, with tomllib's own words kept for the expert.

tomllib's messages are English everywhere ("Invalid value", "Expected '=' after a key in a key/value pair").
Each known one has a sentence here that says what is wrong in plain words; the original stays beside it, so
a search on the web or a bug report still finds it. A message no entry knows is shown as tomllib wrote it.
"""

from __future__ import annotations

import re

from calmdesk.core.messages import N_
from calmdesk.core.messages import gettext as _

# tomllib's message (its "(at line N, column M)" already taken off) -> what it means. A group named `what`
# is a key, a character or a quote that tomllib names: it is passed on as written.
_REASONS = (
    (r"Invalid value", N_("a value is not valid: a text needs quotes, a list square brackets")),
    (r"Invalid statement", N_("this line is neither key = value nor a [table] header")),
    (r"Expected '=' after a key in a key/value pair", N_("a key without '=' and a value after it")),
    (r"Unterminated string", N_("a text is not closed: its closing quote is missing")),
    (r"Unclosed array", N_("a list is not closed with ']'")),
    (r"Unclosed inline table", N_("a table in braces is not closed with '}'")),
    (r"Cannot overwrite a value", N_("a key is given a value twice")),
    (r"Cannot declare (?P<what>.+) twice", N_("the table {what} is declared twice")),
    (r"Cannot redefine namespace (?P<what>.+)", N_("the table {what} is declared twice")),
    (
        r"Cannot mutate immutable namespace (?P<what>.+)",
        N_("{what} is already complete and cannot be added to"),
    ),
    (r"Duplicate inline table key (?P<what>.+)", N_("the key {what} is given twice in one table in braces")),
    (r"Illegal character (?P<what>.+)", N_("the character {what} is not allowed in a text")),
    (r"Found invalid character (?P<what>.+)", N_("the character {what} is not allowed here")),
    (
        r"Unescaped '\\' in a string",
        N_("a backslash in a text must be doubled (\\\\) or the text put in single quotes"),
    ),
    (r"Invalid hex value", N_("an escape such as \\u or \\U is not followed by a valid code")),
    (r"Escaped character is not a Unicode scalar value", N_("an escape such as \\u names no character")),
    (r"Invalid date or datetime", N_("a date or time that does not exist")),
    (
        r"Invalid initial character for a key part",
        N_("a key starts with a character keys cannot hold (put it in quotes)"),
    ),
    (r"Expected ']' at the end of a table declaration", N_("a [table] header is not closed with ']'")),
    (r"Expected ']]' at the end of an array declaration", N_("a [[table]] header is not closed with ']]'")),
    # Last: the Expected ... above are more precise.
    (r"Expected (?P<what>.+)", N_("{what} is missing: a text or a list is not closed")),
)
_COMPILED = tuple((re.compile(pattern), meaning) for pattern, meaning in _REASONS)


def explain(detail: str) -> str:
    """`detail` (tomllib's words, without their place) said plainly in the person's language, the original
    kept beside it; `detail` itself when it is none of tomllib's known messages."""
    detail = detail.strip()
    for pattern, meaning in _COMPILED:
        found = pattern.fullmatch(detail)
        if found is not None:
            said = _(meaning)
            if "what" in found.groupdict():  # only these are formatted: the others may hold a brace
                said = said.format(what=found["what"])
            # English keeps tomllib's words first; a translation puts its own first (the order is its own).
            return _("{detail} ({meaning})").format(meaning=said, detail=detail)
    return detail
