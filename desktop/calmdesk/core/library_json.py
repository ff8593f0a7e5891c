"""The library cache's second line: the library without its phrases, as JSON values and back, checked."""

from __future__ import annotations

from typing import Any

from calmdesk.core import cache_rows as rows
from calmdesk.core.library import Library
from calmdesk.core.model import Category, ChecklistStep, Instead, PackInfo, Phrase
from calmdesk.core.search.vocabulary import Vocabulary, builtin


def plain(library: Library) -> dict[str, Any]:
    """The library without its phrases, as JSON-ready values (the phrases go one per line)."""
    vocabulary = library.vocabulary if library.vocabulary is not None else builtin()
    return {
        "language": library.language,
        "builtin": list(library.builtin),
        "packs": [[p.id, p.name, p.language, p.version, p.description, p.source] for p in library.packs],
        "categories": [
            [c.key, c.label, c.description, c.color, c.when, c.on_request]
            for c in library.categories.values()
        ],
        "checklist": [
            [s.key, s.title, s.goal, list(s.do), [[i.avoid, i.say] for i in s.dont], list(s.categories)]
            for s in library.checklist
        ],
        "problems": [rows.problem_row(p) for p in library.problems],
        "skipped": list(library.skipped),
        "english_hints": library.english_hints,
        "vocabulary": {
            "optional": sorted(vocabulary.optional),
            "intensifiers": sorted(vocabulary.intensifiers),
            "negations": sorted(vocabulary.negations),
            "opposites": {k: list(v) for k, v in vocabulary.opposites.items()},
            "aliases": [[list(k), list(v)] for k, v in vocabulary.aliases.items()],
            "symbols": dict(vocabulary.symbols),
        },
    }


def library(doc: dict[str, Any], phrases: tuple[Phrase, ...], versions: tuple[Phrase, ...]) -> Library:
    """The library from its JSON form; TypeError/ValueError on anything not exactly as written."""
    packs = tuple(
        PackInfo(rows.text(i), rows.text(n), rows.text(lang), rows.text(v), rows.text(d), rows.text(src))
        for i, n, lang, v, d, src in doc["packs"]
    )
    categories = {
        rows.text(key): Category(
            rows.text(key),
            rows.text(label),
            rows.text(desc),
            rows.text(color),
            rows.text(when),
            rows.flag(on_request),
        )
        for key, label, desc, color, when, on_request in doc["categories"]
    }
    checklist = tuple(
        ChecklistStep(
            rows.text(key),
            rows.text(title),
            rows.text(goal),
            rows.texts(do),
            tuple(Instead(rows.text(a), rows.text(b)) for a, b in dont),
            rows.texts(cats),
        )
        for key, title, goal, do, dont, cats in doc["checklist"]
    )
    problems = [rows.problem(row) for row in doc["problems"]]
    skipped = list(rows.texts(doc["skipped"]))
    vocabulary = _vocabulary(doc["vocabulary"])
    language = rows.text(doc["language"])
    builtin = rows.texts(doc["builtin"])
    hints = {rows.text(key): rows.text(text) for key, text in doc["english_hints"].items()}
    return Library(
        phrases,
        packs,
        categories,
        checklist,
        problems,
        skipped,
        vocabulary,
        language,
        versions,
        builtin,
        hints,
    )


def _vocabulary(doc: dict[str, Any]) -> Vocabulary:
    aliases = {rows.texts(k): rows.texts(v) for k, v in doc["aliases"]}
    if any(not k or not v for k, v in aliases.items()):
        raise ValueError("an empty alias")
    symbols = {rows.text(k): rows.text(v) for k, v in doc["symbols"].items()}
    return Vocabulary(
        frozenset(rows.texts(doc["optional"])),
        frozenset(rows.texts(doc["intensifiers"])),
        frozenset(rows.texts(doc["negations"])),
        {rows.text(k): rows.texts(v) for k, v in doc["opposites"].items()},
        aliases,
        symbols,
        tuple(sorted(k[0] for k in aliases if len(k) == 1)),
    )
