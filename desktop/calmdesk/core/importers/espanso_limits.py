"""Limits that keep a hostile Espanso file from taking minutes or gigabytes: YAML aliases (*name) repeat one
list, one match or one text any number of times for a few bytes each.

A YAML anchor is seen only in its own document, so a file's matches can hold no more text than the file
itself, and a match takes some bytes to write, unless aliases repeat them: that is what is checked, per file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from calmdesk.core.importers.common import ImportFailed
from calmdesk.core.messages import gettext as _
from calmdesk.core.messages import number as format_number

# Variables, triggers, search terms and form fields of all matches of one import: the hub's largest package
# has 23,455; a list repeated through YAML aliases has millions (see refuse_repeated_lists).
MAX_MATCH_ENTRIES = 500_000
_LIST_KEYS = ("vars", "triggers", "search_terms", "form_fields")
_TEXT_KEYS = ("replace", "markdown", "html")
# Slack for what a file legitimately repeats through aliases (a signature reused by a few matches).
_TEXT_SLACK = 1_000_000
_CHARS_PER_MATCH = 10  # "- {trigger: a, replace: b}" is 26; an alias "- *m" is 5


def refuse_repeated_lists(documents: list[tuple[Path, dict[Any, Any]]]) -> None:
    """One YAML anchor of 3,000 variables named by 3,000 matches (`vars: *v`) is 300 KB to read and nine
    million variables to convert: minutes, growing with the square of the file. The entries every match
    reaches are counted first (a cheap len() each); past MAX_MATCH_ENTRIES the import is refused."""
    total = 0
    for file, doc in documents:
        matches = doc.get("matches")
        for match in matches if isinstance(matches, list) else []:
            for key in _LIST_KEYS:
                value = match.get(key) if isinstance(match, dict) else None
                total += len(value) if isinstance(value, list | dict) else 0
        if total > MAX_MATCH_ENTRIES:
            words = _(
                "more than {limit} variables, triggers and search terms in all: is one list repeated "
                "through YAML aliases (*name)?"
            )
            raise ImportFailed(words.format(limit=format_number(MAX_MATCH_ENTRIES)), str(file))


def refuse_repeated_text(doc: dict[Any, Any], source: str, size: int) -> None:
    """ImportFailed when `doc`, read from `size` characters, has more matches or more text than those can
    write: one match or one text repeated through aliases (50,000 aliases of an 18,000-character match are a
    368 KB file and took minutes to read)."""
    matches = doc.get("matches")
    if not isinstance(matches, list):
        return
    text = sum(
        len(match[key])
        for match in matches
        if isinstance(match, dict)
        for key in _TEXT_KEYS
        if isinstance(match.get(key), str)
    )
    if text > 2 * size + _TEXT_SLACK or len(matches) * _CHARS_PER_MATCH > size + _TEXT_SLACK:
        words = _(
            "its matches hold far more than the file's own {size} characters: is one match or text "
            "repeated through YAML aliases (*name)?"
        )
        raise ImportFailed(words.format(size=format_number(size)), source)
