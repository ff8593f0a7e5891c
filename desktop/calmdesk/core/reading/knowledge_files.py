"""Reading one file of the reader's knowledge (a built-in one, or a team's) into a Draft: its tables checked,
its cues compiled, its problems reported with the file's name. knowledge.py puts the files together.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from calmdesk.core.messages import gettext as _
from calmdesk.core.messages import number
from calmdesk.core.model import Problem
from calmdesk.core.packs import MAX_PACK_BYTES
from calmdesk.core.reading.anger_rubric import add_markers
from calmdesk.core.reading.cues import PatternError, compile_cues
from calmdesk.core.reading.draft import WORD_LISTS, Draft, add_answers, add_spellings, add_tips, strings
from calmdesk.core.reading.language import add_language_words, neutral_tables
from calmdesk.core.reading.topic_model import read_topic_model
from calmdesk.core.reading.vocabulary import ANGER_LEVELS as ANGER_LEVELS
from calmdesk.core.reading.vocabulary import ASKS as ASKS
from calmdesk.core.reading.vocabulary import THREATS as THREATS
from calmdesk.core.reading.vocabulary import TOPICS as TOPICS
from calmdesk.core.safefile import FileRefused, read_regular_file
from calmdesk.core.tomlcheck import decode, parse_toml
from calmdesk.core.tone.patterns import fold

# Tables of single lists: the table name is the cue group; its keys are the list names it accepts.
_LISTS = {
    "repeat": ("cues",),
    "negation": ("cues", "hedges"),
    "deadline": ("lead", "times", "units", "demand", "past"),
    "order": ("keywords", "not_keywords"),
    "name": ("intro", "caller", "closings"),
    # "I'd like", "could you": what an ask in the customer's own words starts with (requests.py).
    "request": ("leads", "not_leads"),
    # "ordered the large ... got a small": a wrong item (signals.topic).
    "mixup": ("ordered", "got", "not_after"),
}
# [wanted.<ask>]: what a request lead asks for when it follows it ("... the right size sent"): requests.py.
_LABELLED = {"topic": TOPICS[:-1], "ask": ASKS, "threat": THREATS, "wanted": ASKS}
# [anger] lists besides the levels: each is its own feature of the anger score (core/reading/anger.py).
_ANGER_LISTS = (
    "ironic",
    "demanding",
    "blaming",
    "masked",
    "conceding",
    "requesting",
    "repeated",
    "intensifiers",
    # A message that opens (after a greeting) by asking, in a language other than English, whose openers
    # prepared.py knows already: "Können Sie mir sagen ...?", "Hola, ¿podéis ...?" (anger.py).
    "asking",
    "greeting",
)
# A topic cue names the problem ("never arrived"); a word only says what it is about ("parcel").
CUE_WEIGHT = 2.0
WORD_WEIGHT = 0.5
MAX_CUES = 20_000  # across all files: a runaway generated file is refused past this
# An order-number format: # a digit, @ a capital letter, * a letter or digit, anything else itself.
_FORMAT_CHARS = {"#": "[0-9]", "@": "[A-Z]", "*": "[A-Za-z0-9]"}


def add_file(draft: Draft, path: Path) -> None:
    try:
        data = read_regular_file(path, MAX_PACK_BYTES)
    except FileRefused as exc:
        draft.problems.append(Problem(str(path), str(exc)))
        return
    except OSError as exc:
        said = _("cannot read: {reason}").format(reason=exc.strerror or exc)
        draft.problems.append(Problem(str(path), said))
        return
    text = decode(data, str(path))
    if isinstance(text, Problem):
        draft.problems.append(text)
        return
    add_text(draft, text, str(path))


def add_text(draft: Draft, text: str, source: str, words_too: bool = True) -> None:
    """One file's tables; `words_too` False: only what no language owns (English's files, read for another
    language: answers, order formats and the language words, not one cue nor tip)."""
    parsed = parse_toml(text, source)
    if isinstance(parsed, Problem):
        draft.problems.append(parsed)
        return
    if not words_too:
        parsed = neutral_tables(parsed)
    before = len(draft.cues)
    for key, value in parsed.items():
        where = f"[{key}]"
        if not isinstance(value, dict):
            draft.problems.append(Problem(source, _("{where} must be a table").format(where=where)))
        elif key in _LABELLED:
            for label, table in value.items():
                _add_labelled(draft, source, key, label, table)
        elif key == "anger":
            for level, patterns in value.items():
                if level in _ANGER_LISTS:
                    _add_list(draft, source, f"anger_{level}", level, patterns)
                elif level.startswith("stated_") and level[7:] in ANGER_LEVELS:
                    _add_list(draft, source, "anger_stated", level, patterns, ANGER_LEVELS[level[7:]])
                elif level not in ANGER_LEVELS:
                    known = ", ".join([*ANGER_LEVELS, *_ANGER_LISTS, *(f"stated_{k}" for k in ANGER_LEVELS)])
                    said = _("[anger] has no list {name}: use {known}").format(name=repr(level), known=known)
                    draft.problems.append(Problem(source, said))
                else:
                    _add_list(draft, source, "anger", level, patterns, ANGER_LEVELS[level])
        elif key in _LISTS:
            _add_table(draft, source, key, value)
        elif key == "answer":
            add_answers(draft, source, value)
        elif key == "tips":
            add_tips(draft, source, value)
        elif key == "spelling":
            add_spellings(draft, source, value)
        elif key == "language":
            add_language_words(draft.language_words, draft.problems, source, value)
        elif key == "marker":
            draft.problems += [Problem(source, wrong) for wrong in add_markers(draft.markers, value)]
        elif key == "topic_model":
            draft.topic_model = read_topic_model(value, TOPICS, source, draft.problems) or draft.topic_model
        else:
            known = ", ".join(
                [
                    *_LABELLED,
                    "anger",
                    *_LISTS,
                    "answer",
                    "tips",
                    "spelling",
                    "language",
                    "topic_model",
                    "marker",
                ]
            )
            said = _("unknown table {where}: the reading data has {known}").format(where=where, known=known)
            draft.problems.append(Problem(source, said))
    if len(draft.cues) > MAX_CUES:
        del draft.cues[before:]
        said = _("more than {most} cues in all: this file was left out").format(most=number(MAX_CUES))
        draft.problems.append(Problem(source, said))


def _add_labelled(draft: Draft, source: str, group: str, label: str, table: Any) -> None:
    if label not in _LABELLED[group]:
        said = _("[{group}.{label}]: no such {group}; use {known}").format(
            group=group, label=label, known=", ".join(_LABELLED[group])
        )
        draft.problems.append(Problem(source, said))
        return
    if not isinstance(table, dict):
        said = _("[{group}.{label}] must be a table").format(group=group, label=label)
        draft.problems.append(Problem(source, said))
        return
    for name, patterns in table.items():
        if name not in ("cues", "words"):
            said = _("[{group}.{label}] {name}: use cues (or words, weaker)")
            draft.problems.append(Problem(source, said.format(group=group, label=label, name=name)))
        else:
            _add_list(draft, source, group, label, patterns, CUE_WEIGHT if name == "cues" else WORD_WEIGHT)


def _add_table(draft: Draft, source: str, group: str, table: dict[str, Any]) -> None:
    for name, value in table.items():
        if group == "negation" and name in ("conditions", "clause_words"):
            words = {fold(w) for w in strings(draft, source, f"[negation] {name}", value)}
            if name == "conditions":
                draft.conditions = (draft.conditions or set()) | words
            else:
                draft.clause_words = (draft.clause_words or set()) | words
        elif group == "negation" and name == "reach":
            if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 12:
                draft.reach = value
            else:
                said = _("[negation] reach must be a whole number, 1 to 12")
                draft.problems.append(Problem(source, said))
        elif group == "order" and name == "formats":
            for shape in strings(draft, source, f"[order] {name}", value):
                draft.formats.append(order_format(shape))
        elif group == "name" and name in WORD_LISTS:
            draft.words[name] |= {w.casefold() for w in strings(draft, source, f"[name] {name}", value)}
        elif name in _LISTS[group]:
            _add_list(draft, source, group if group in ("repeat",) else f"{group}_{name}", name, value)
        else:
            said = _("[{group}] has no list {name}").format(group=group, name=repr(name))
            draft.problems.append(Problem(source, said))


def _add_list(draft: Draft, source: str, group: str, label: str, value: Any, weight: float = 1.0) -> None:
    for pattern in strings(draft, source, f"{group} {label}", value):
        try:
            draft.cues += compile_cues(group, label, [pattern], weight)
        except PatternError as exc:
            draft.problems.append(Problem(source, f"{group} {label}: {exc}"))


def order_format(shape: str) -> re.Pattern[str]:
    """An order-number shape ("ORD-####-####") as an anchored pattern; nothing in it is taken as a regex."""
    body = "".join(_FORMAT_CHARS.get(ch) or re.escape(ch) for ch in shape[:40])
    return re.compile(f"#?{body}", re.IGNORECASE)
