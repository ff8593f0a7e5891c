"""Built-in content in other languages: `resources/i18n/<lang>/` laid over the English files.

The layout (docs/decisions/content-languages.md): phrases stay in `packs/<lang>/`, one version per language
under the English phrase's id; `i18n/<lang>/` holds that language's `categories.toml` (label, description
and `when` of each category key), `checklist.toml` (each step's title, goal, tips and avoid/say lines) and
`vocabulary.toml` (the agents' words of the search). Keys, colours and a step's categories come from the
English files only, so they can never drift apart; whatever a translation leaves out stays English.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from calmdesk.core.model import CATEGORY_KEYS, STEP_KEYS, Category, ChecklistStep, Problem
from calmdesk.core.tomlcheck import TOP_LEVEL, LineFinder, Table, array_tables

FOLDER = "i18n"


def resource(lang: str, name: str) -> str:
    """The resource path of `name` for `lang` (under calmdesk.resources)."""
    return f"{FOLDER}/{lang}/{name}"


def translated_categories(
    english: dict[str, Category],
    doc: dict[str, Any],
    finder: LineFinder,
    source: str,
    problems: list[Problem],
) -> dict[str, Category]:
    """`english` with the label, description and `when` of each `[[category]]` of a translation."""
    top = Table(doc, label=TOP_LEVEL, source=source, problems=problems, finder=finder)
    top.check_keys(["category"])
    result = dict(english)
    for raw, table in array_tables(top, "category"):
        table.check_keys(["key", "label", "description"], ["when"])
        key = table.choice("key", CATEGORY_KEYS, "category")
        label, description = table.string("label"), table.string("description")
        when = table.string("when") if "when" in raw else ""
        if not table.failed and key and label and description and when is not None and key in result:
            result[key] = dataclasses.replace(result[key], label=label, description=description, when=when)
    return result


def translated_checklist(
    english: tuple[ChecklistStep, ...], translated: tuple[ChecklistStep, ...]
) -> tuple[ChecklistStep, ...]:
    """`english` with each step a translation gives in its place (the English step's categories kept).

    `translated` is what `content.parse_checklist(..., translation=True)` read from the language's file
    (parsed there: this module does not import content, which imports it). A step the translation lacks
    stays English; that parse reports no problem for it, so nothing here reads a message's words.
    """
    steps = {s.key: s for s in translated}
    result = []
    for step in english:
        own = steps.get(step.key)
        result.append(dataclasses.replace(own, categories=step.categories) if own else step)
    order = {key: n for n, key in enumerate(STEP_KEYS)}
    return tuple(sorted(result, key=lambda s: order[s.key]))
