"""The reader's knowledge while its files are read: the gathered lists, and the tables that are no cues."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from calmdesk.core.messages import gettext as _
from calmdesk.core.model import STEP_KEYS, Problem
from calmdesk.core.reading.anger_rubric import Marker
from calmdesk.core.reading.cues import Cue
from calmdesk.core.reading.topic_model import TopicModel
from calmdesk.core.reading.vocabulary import ANGER_LEVELS, ASKS, THREATS, TOPICS
from calmdesk.core.tone.patterns import fold

WORD_LISTS = ("titles", "not_names")  # plain words under [name], not patterns


@dataclass
class Draft:
    """Knowledge being gathered from files, before it is compiled into a CueIndex."""

    cues: list[Cue] = field(default_factory=list)
    reach: int = 4
    formats: list[re.Pattern[str]] = field(default_factory=list)
    words: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in WORD_LISTS})
    answers: dict[str, list[str]] = field(default_factory=dict)
    tips: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    steps: dict[str, str] = field(default_factory=dict)
    spellings: dict[str, str] = field(default_factory=dict)
    # [negation] conditions / clause_words of a language's own files: None until one names them (English's
    # are in the code: prepared.py and signals.py, read before a message's language is known).
    conditions: set[str] | None = None
    clause_words: set[str] | None = None
    language_words: dict[str, set[str]] = field(default_factory=dict)
    topic_model: TopicModel | None = None
    markers: dict[str, Marker] = field(default_factory=dict)  # [marker.<feature>]: anger_rubric.py
    team: bool = False  # reading a team's file: its answers go before the built-in ones
    problems: list[Problem] = field(default_factory=list)


# What [answer] may name: each key, and the values its sub-tables may have.
_ANSWER_KEYS = {"anger": tuple(ANGER_LEVELS), "ask": ASKS, "threat": THREATS, "topic": TOPICS}


def add_answers(draft: Draft, source: str, table: dict[str, Any]) -> None:
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
                    said = _("[answer.{key}] has no {label}: use {known}").format(
                        key=key, label=repr(label), known=", ".join(_ANSWER_KEYS[key])
                    )
                    draft.problems.append(Problem(source, said))
        else:
            known = "repeat_contact, deadline, or the tables anger, ask, threat, topic, step"
            said = _("[answer] {key}: unknown; use {known}").format(key=key, known=known)
            draft.problems.append(Problem(source, said))


def _add_steps(draft: Draft, source: str, table: dict[str, Any]) -> None:
    """[answer.step]: a finding ("anger.furious", "ask.refund", "repeat_contact") -> a checklist step key;
    a team's file replaces the built-in step of a finding it names."""
    findings = {"repeat_contact", "deadline"} | {f"{k}.{v}" for k, vs in _ANSWER_KEYS.items() for v in vs}
    for finding, step in table.items():
        if finding not in findings:
            said = _("[answer.step] {finding}: no such finding").format(finding=finding)
            draft.problems.append(Problem(source, said))
        elif step not in STEP_KEYS:
            said = _("[answer.step] {finding}: step {step}: use one of {known}").format(
                finding=finding, step=repr(step), known=", ".join(STEP_KEYS)
            )
            draft.problems.append(Problem(source, said))
        else:
            draft.steps[finding] = step


def _add_answer(draft: Draft, source: str, key: str, value: Any) -> None:
    ids = strings(draft, source, f"[answer] {key}", value)
    known = draft.answers.setdefault(key, [])
    draft.answers[key] = [*ids, *known] if draft.team else [*known, *ids]


def add_tips(draft: Draft, source: str, table: dict[str, Any]) -> None:
    """[tips.threat.<threat>]: `step` (a checklist step key) and `say` (the tips); a team's come first."""
    for key, value in table.items():
        if key != "threat" or not isinstance(value, dict):
            wrong = _("[tips] {key}: unknown; use the table [tips.threat.<threat>]").format(key=key)
            draft.problems.append(Problem(source, wrong))
            continue
        for threat, entry in value.items():
            where = f"[tips.threat.{threat}]"
            if threat not in THREATS:
                wrong = _("{where}: no such threat; use {known}").format(
                    where=where, known=", ".join(THREATS)
                )
                draft.problems.append(Problem(source, wrong))
                continue
            if not isinstance(entry, dict) or set(entry) - {"step", "say"}:
                draft.problems.append(Problem(source, _("{where} takes step and say").format(where=where)))
                continue
            before = draft.tips.get(f"threat.{threat}", ("take_ownership", []))
            step = entry.get("step", before[0])
            if step not in STEP_KEYS:
                wrong = _("{where} step {step}: use one of {known}").format(
                    where=where, step=repr(step), known=", ".join(STEP_KEYS)
                )
                draft.problems.append(Problem(source, wrong))
                continue
            said = strings(draft, source, f"{where} say", entry.get("say", []))
            draft.tips[f"threat.{threat}"] = (
                step,
                [*said, *before[1]] if draft.team else [*before[1], *said],
            )


def add_spellings(draft: Draft, source: str, table: dict[str, Any]) -> None:
    """[spelling]: a form as typed = the word meant, each one word ("oder" = "order")."""
    for typed, meant in table.items():
        if not isinstance(meant, str) or not _one_word(typed) or not _one_word(meant):
            said = _("[spelling] {typed}: give one word for one word").format(typed=typed)
            draft.problems.append(Problem(source, said))
        elif draft.team or fold(typed) not in draft.spellings:
            draft.spellings[fold(typed)] = fold(meant)


def _one_word(text: str) -> bool:
    return bool(text) and len(text) <= 40 and all(c.isalnum() or c == "'" for c in text)


def strings(draft: Draft, source: str, where: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        said = _("{where} must be a list of non-empty strings").format(where=where)
        draft.problems.append(Problem(source, said))
        return []
    return [str(v) for v in value]
