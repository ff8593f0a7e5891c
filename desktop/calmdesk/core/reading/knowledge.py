"""The reader's knowledge as data: resources/reading/*.toml, then each pack folder's reading/*.toml.

Every list is a list of cues (docs/reading.md). A team file adds cues to the built-in ones (a list is never
replaced, so a team cannot lose the built-in knowledge by accident), adds order-number formats, and may set
`negation.reach`. A file is read like a pack: only a regular file of a sane size, its problems reported
with the file's name, and a broken file costs its own cues only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from calmdesk.core.model import STEP_KEYS, Problem
from calmdesk.core.packs import MAX_PACK_BYTES
from calmdesk.core.reading.cues import Cue, CueIndex, PatternError, compile_cues
from calmdesk.core.resource_files import files
from calmdesk.core.safefile import FileRefused, read_regular_file
from calmdesk.core.tomlcheck import decode, parse_toml
from calmdesk.core.tone.patterns import fold

READING_FOLDER = "reading"  # inside a pack folder: where a team keeps its own reading data
TOPICS = ("delivery", "damaged", "wrong_item", "refund", "billing", "account", "technical", "service",
          "cancellation", "other")  # fmt: skip
ASKS = ("refund", "replacement", "repair", "callback", "manager", "cancel", "explanation", "compensation",
        "update", "apology", "delete_data")  # fmt: skip
THREATS = ("legal", "chargeback", "public", "leave")
ANGER_LEVELS = {"calm": 0.0, "annoyed": 1.0, "angry": 2.0, "furious": 3.0}
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
_WORD_LISTS = ("titles", "not_names")  # plain words under [name], not patterns
# [anger] lists besides the levels: each is its own feature of the anger score (core/reading/anger.py).
_ANGER_LISTS = ("ironic", "demanding", "blaming", "masked", "repeated", "intensifiers")
# A topic cue names the problem ("never arrived"); a word only says what it is about ("parcel").
CUE_WEIGHT = 2.0
WORD_WEIGHT = 0.5
MAX_CUES = 20_000  # across all files: a runaway generated file is refused past this
# An order-number format: # a digit, @ a capital letter, * a letter or digit, anything else itself.
_FORMAT_CHARS = {"#": "[0-9]", "@": "[A-Z]", "*": "[A-Za-z0-9]"}


@dataclass(frozen=True, slots=True)
class Knowledge:
    cues: CueIndex
    negation_reach: int = 4
    order_formats: tuple[re.Pattern[str], ...] = ()
    titles: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    # "ask.refund", "anger.furious", "repeat_contact" ... -> phrase ids that answer it, best first.
    answers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    problems: tuple[Problem, ...] = field(default=())
    # "threat.legal" -> (the checklist step where they help, the tips): what the panel adds for a threat.
    tips: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    # "anger.furious" -> "empathize": the checklist step whose phrases the picker ranks after the answers.
    steps: dict[str, str] = field(default_factory=dict)


@dataclass
class _Draft:
    """Knowledge being gathered from files, before it is compiled into a CueIndex."""

    cues: list[Cue] = field(default_factory=list)
    reach: int = 4
    formats: list[re.Pattern[str]] = field(default_factory=list)
    words: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in _WORD_LISTS})
    answers: dict[str, list[str]] = field(default_factory=dict)
    tips: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    steps: dict[str, str] = field(default_factory=dict)
    spellings: dict[str, str] = field(default_factory=dict)
    team: bool = False  # reading a team's file: its answers go before the built-in ones
    problems: list[Problem] = field(default_factory=list)


@lru_cache(maxsize=1)
def builtin_knowledge() -> Knowledge:
    """The built-in knowledge, read once per process."""
    return load_knowledge(())


def load_knowledge(extra_dirs: Iterable[Path] = ()) -> Knowledge:
    draft = _Draft()
    folder = files("calmdesk.resources") / READING_FOLDER
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            _add_text(draft, entry.read_text(encoding="utf-8"), f"resources/reading/{entry.name}")
    draft.team = True
    for pack_dir in extra_dirs:
        team = pack_dir / READING_FOLDER
        if team.is_dir():
            for path in sorted(team.glob("*.toml")):
                _add_file(draft, path)
    return Knowledge(
        CueIndex(draft.cues, draft.spellings),
        draft.reach,
        tuple(draft.formats),
        frozenset(draft.words["titles"]),
        frozenset(draft.words["not_names"]),
        {key: tuple(dict.fromkeys(ids)) for key, ids in draft.answers.items()},
        tuple(draft.problems),
        {key: (step, tuple(dict.fromkeys(tips))) for key, (step, tips) in draft.tips.items()},
        dict(draft.steps),
    )


def _add_file(draft: _Draft, path: Path) -> None:
    try:
        data = read_regular_file(path, MAX_PACK_BYTES)
    except FileRefused as exc:
        draft.problems.append(Problem(str(path), str(exc)))
        return
    except OSError as exc:
        draft.problems.append(Problem(str(path), f"cannot read: {exc.strerror or exc}"))
        return
    text = decode(data, str(path))
    if isinstance(text, Problem):
        draft.problems.append(text)
        return
    _add_text(draft, text, str(path))


def _add_text(draft: _Draft, text: str, source: str) -> None:
    parsed = parse_toml(text, source)
    if isinstance(parsed, Problem):
        draft.problems.append(parsed)
        return
    before = len(draft.cues)
    for key, value in parsed.items():
        where = f"[{key}]"
        if not isinstance(value, dict):
            draft.problems.append(Problem(source, f"{where} must be a table"))
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
                    draft.problems.append(Problem(source, f"[anger] has no list {level!r}: use {known}"))
                else:
                    _add_list(draft, source, "anger", level, patterns, ANGER_LEVELS[level])
        elif key in _LISTS:
            _add_table(draft, source, key, value)
        elif key == "answer":
            _add_answers(draft, source, value)
        elif key == "tips":
            _add_tips(draft, source, value)
        elif key == "spelling":
            _add_spellings(draft, source, value)
        else:
            known = ", ".join([*_LABELLED, "anger", *_LISTS, "answer", "tips", "spelling"])
            draft.problems.append(Problem(source, f"unknown table {where}: the reading data has {known}"))
    if len(draft.cues) > MAX_CUES:
        del draft.cues[before:]
        draft.problems.append(Problem(source, f"more than {MAX_CUES:,} cues in all: this file was left out"))


# What [answer] may name: each key, and the values its sub-tables may have.
_ANSWER_KEYS = {"anger": tuple(ANGER_LEVELS), "ask": ASKS, "threat": THREATS, "topic": TOPICS}


def _add_answers(draft: _Draft, source: str, table: dict[str, Any]) -> None:
    for key, value in table.items():
        if key in ("repeat_contact", "deadline"):
            _add_answer(draft, source, key, value)
        elif key == "step" and isinstance(value, dict):
            _add_steps(draft, source, value)
        elif key in _ANSWER_KEYS and isinstance(value, dict):
            for label, ids in value.items():
                if label in _ANSWER_KEYS[key]:
                    _add_answer(draft, source, f"{key}.{label}", ids)
                else:
                    draft.problems.append(Problem(source, f"[answer.{key}] has no {label!r}: "
                                                  f"use {', '.join(_ANSWER_KEYS[key])}"))  # fmt: skip
        else:
            known = "repeat_contact, deadline, or the tables anger, ask, threat, topic, step"
            draft.problems.append(Problem(source, f"[answer] {key}: unknown; use {known}"))


def _add_steps(draft: _Draft, source: str, table: dict[str, Any]) -> None:
    """[answer.step]: a finding ("anger.furious", "ask.refund", "repeat_contact") -> a checklist step key;
    a team's file replaces the built-in step of a finding it names."""
    findings = {"repeat_contact", "deadline"} | {f"{k}.{v}" for k, vs in _ANSWER_KEYS.items() for v in vs}
    for finding, step in table.items():
        if finding not in findings:
            draft.problems.append(Problem(source, f"[answer.step] {finding}: no such finding"))
        elif step not in STEP_KEYS:
            draft.problems.append(Problem(source, f"[answer.step] {finding}: step {step!r}: use one of "
                                          f"{', '.join(STEP_KEYS)}"))  # fmt: skip
        else:
            draft.steps[finding] = step


def _add_answer(draft: _Draft, source: str, key: str, value: Any) -> None:
    ids = _strings(draft, source, f"[answer] {key}", value)
    known = draft.answers.setdefault(key, [])
    draft.answers[key] = [*ids, *known] if draft.team else [*known, *ids]


def _add_tips(draft: _Draft, source: str, table: dict[str, Any]) -> None:
    """[tips.threat.<threat>]: `step` (a checklist step key) and `say` (the tips); a team's come first."""
    for key, value in table.items():
        if key != "threat" or not isinstance(value, dict):
            draft.problems.append(
                Problem(source, f"[tips] {key}: unknown; use the table [tips.threat.<threat>]")
            )
            continue
        for threat, entry in value.items():
            where = f"[tips.threat.{threat}]"
            if threat not in THREATS:
                draft.problems.append(Problem(source, f"{where}: no such threat; use {', '.join(THREATS)}"))
                continue
            if not isinstance(entry, dict) or set(entry) - {"step", "say"}:
                draft.problems.append(Problem(source, f"{where} takes step and say"))
                continue
            before = draft.tips.get(f"threat.{threat}", ("take_ownership", []))
            step = entry.get("step", before[0])
            if step not in STEP_KEYS:
                draft.problems.append(
                    Problem(source, f"{where} step {step!r}: use one of {', '.join(STEP_KEYS)}")
                )
                continue
            said = _strings(draft, source, f"{where} say", entry.get("say", []))
            draft.tips[f"threat.{threat}"] = (
                step,
                [*said, *before[1]] if draft.team else [*before[1], *said],
            )


def _add_spellings(draft: _Draft, source: str, table: dict[str, Any]) -> None:
    """[spelling]: a form as typed = the word meant, each one word ("oder" = "order")."""
    for typed, meant in table.items():
        if not isinstance(meant, str) or not _one_word(typed) or not _one_word(meant):
            draft.problems.append(Problem(source, f"[spelling] {typed}: give one word for one word"))
        elif draft.team or fold(typed) not in draft.spellings:
            draft.spellings[fold(typed)] = fold(meant)


def _one_word(text: str) -> bool:
    return bool(text) and len(text) <= 40 and all(c.isalnum() or c == "'" for c in text)


def _add_labelled(draft: _Draft, source: str, group: str, label: str, table: Any) -> None:
    if label not in _LABELLED[group]:
        draft.problems.append(Problem(source, f"[{group}.{label}]: no such {group}; "
                                      f"use {', '.join(_LABELLED[group])}"))  # fmt: skip
        return
    if not isinstance(table, dict):
        draft.problems.append(Problem(source, f"[{group}.{label}] must be a table"))
        return
    for name, patterns in table.items():
        if name not in ("cues", "words"):
            draft.problems.append(Problem(source, f"[{group}.{label}] {name}: use cues (or words, weaker)"))
        else:
            _add_list(draft, source, group, label, patterns, CUE_WEIGHT if name == "cues" else WORD_WEIGHT)


def _add_table(draft: _Draft, source: str, group: str, table: dict[str, Any]) -> None:
    for name, value in table.items():
        if group == "negation" and name == "reach":
            if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 12:
                draft.reach = value
            else:
                draft.problems.append(Problem(source, "[negation] reach must be a whole number, 1 to 12"))
        elif group == "order" and name == "formats":
            for shape in _strings(draft, source, f"[order] {name}", value):
                draft.formats.append(_format(shape))
        elif group == "name" and name in _WORD_LISTS:
            draft.words[name] |= {w.casefold() for w in _strings(draft, source, f"[name] {name}", value)}
        elif name in _LISTS[group]:
            _add_list(draft, source, group if group in ("repeat",) else f"{group}_{name}", name, value)
        else:
            draft.problems.append(Problem(source, f"[{group}] has no list {name!r}"))


def _add_list(draft: _Draft, source: str, group: str, label: str, value: Any, weight: float = 1.0) -> None:
    for pattern in _strings(draft, source, f"{group} {label}", value):
        try:
            draft.cues += compile_cues(group, label, [pattern], weight)
        except PatternError as exc:
            draft.problems.append(Problem(source, f"{group} {label}: {exc}"))


def _strings(draft: _Draft, source: str, where: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        draft.problems.append(Problem(source, f"{where} must be a list of non-empty strings"))
        return []
    return [str(v) for v in value]


def _format(shape: str) -> re.Pattern[str]:
    """An order-number shape ("ORD-####-####") as an anchored pattern; nothing in it is taken as a regex."""
    body = "".join(_FORMAT_CHARS.get(ch) or re.escape(ch) for ch in shape[:40])
    return re.compile(f"#?{body}", re.IGNORECASE)
