"""`{{name}}` blanks in phrase text: parse, check, and fill them (plain substitution, never evaluated)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from calmdesk.core import fillins
from calmdesk.core.fillins import SectionMark
from calmdesk.core.human_time import WorkingTime, clock_text
from calmdesk.core.printable import without_controls

# Filled from the clock, never asked for; they alone take an offset ("{{weekday+1d}}").
CLOCK_NAMES: frozenset[str] = frozenset({"date", "time", "weekday"})

# Units each clock name accepts, with the timedelta keyword each unit stands for.
_UNITS: dict[str, dict[str, str]] = {
    "date": {"d": "days", "w": "weeks"},
    "weekday": {"d": "days", "w": "weeks"},
    "time": {"h": "hours", "m": "minutes"},
}
_UNIT_WORDS = {"d": "day", "w": "week", "h": "hour", "m": "minute"}
# Caps the offset so date arithmetic can never overflow, and a typo such as "+2000d" is caught.
MAX_OFFSET = 999
MAX_NAME_CHARS = 64
# One text with thousands of stray braces would otherwise flood the pack check with identical lines.
MAX_PROBLEMS = 20

_NAME = re.compile(r"[a-z][a-z0-9_]*")
_CLOCK_OFFSET = re.compile(r"(date|time|weekday)\s*([+-])\s*(.*)", re.DOTALL)
# [0-9], not \d: \d also takes Arabic-Indic and full-width digits, which nobody means in a pack.
_AMOUNT_UNIT = re.compile(r"([0-9]+)([A-Za-z]*)")
_BRACES = re.compile(r"\{\{|\}\}")


@dataclass(frozen=True, slots=True)
class Placeholder:
    """One blank. `offset` ("+2d") is only ever set for a clock name; `default` None means required."""

    name: str
    default: str | None = None
    offset: str | None = None
    # A choice lists its options (the default is the first); a section switch has default "on" or "off".
    options: tuple[str, ...] = ()
    section: bool = False

    @property
    def key(self) -> str:
        """The placeholder as written between the braces, without its default: "date+2d"."""
        return self.name + (self.offset or "")

    @property
    def is_clock(self) -> bool:
        return self.name in CLOCK_NAMES

    @property
    def is_choice(self) -> bool:
        return bool(self.options)

    @property
    def label(self) -> str:
        """A label a person would write: "order_number" -> "Order number", "agent_name" -> "Your name",
        "time+2h" -> "Promised time" (a clock value moved ahead is what the reply promises)."""
        if self.offset and self.name in _PROMISED_LABELS:
            return _PROMISED_LABELS[self.name]
        return _NAMED_LABELS.get(self.name) or self.name.replace("_", " ").strip().capitalize()


_PROMISED_LABELS = {"time": "Promised time", "date": "Promised date", "weekday": "Promised day"}
_NAMED_LABELS = {"agent_name": "Your name"}  # the agent fills it: "Agent name" is how a tool talks


@dataclass(frozen=True, slots=True)
class PlaceholderProblem:
    """Something malformed in a phrase's text, in words, and where: `text[start:end]` (the placeholder as
    written, or the stray brace). `start` and `end` are None for the closing "... and N more"."""

    message: str
    start: int | None = None
    end: int | None = None


class MissingValues(ValueError):
    """Blanks without a default were left empty; `names` lists them in order of first use."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        super().__init__("fill in: " + ", ".join(names))


# A scanned text is a list of literal strings, placeholders and the closing marks of sections, in order.
_Segment = str | Placeholder | SectionMark


def _parse_inner(inner: str) -> Placeholder | str:
    """The placeholder between the braces, or a message saying what is wrong with it."""
    head, bar, default = inner.partition("|")
    head = head.strip()
    if not head:
        return "is empty"
    clock = _CLOCK_OFFSET.fullmatch(head)
    offset: str | None = None
    if clock:
        name, sign, rest = clock.groups()
        if sign == "-":
            return "counts backwards: offsets only go forward (+)"
        amount_unit = _AMOUNT_UNIT.fullmatch(rest.strip())
        if not amount_unit:
            return "has a bad offset: write it like +2d, +1w, +2h or +30m"
        amount, unit = amount_unit.groups()
        units = _UNITS[name]
        if not unit:
            return f"has no offset unit: {name} takes {' or '.join(units)} (like +2{next(iter(units))})"
        if unit not in units:
            return f'has an unknown offset unit "{unit}": {name} takes {" or ".join(units)}'
        # Digits counted before int(): past 4,300 digits int() raises (CPython's int-string limit).
        digits = amount.lstrip("0")
        if len(digits) > len(str(MAX_OFFSET)) or int(digits or "0") > MAX_OFFSET:
            return f"has an offset larger than {MAX_OFFSET}"
        offset = f"+{int(digits or '0')}{unit}"
    else:
        name = head
        if "+" in name and _NAME.fullmatch(name.partition("+")[0].strip()):
            return "has an offset, which only date, time and weekday take"
        if not _NAME.fullmatch(name) or len(name) > MAX_NAME_CHARS:
            return "has a bad name: use lowercase letters, digits and _ (like order_number)"
    if bar and name in CLOCK_NAMES:
        return f"takes no default: {name} is filled from the clock"
    return Placeholder(name, default.strip() if bar else None, offset)


def _scan(text: str) -> tuple[list[_Segment], list[PlaceholderProblem]]:
    """Split `text` into literals and placeholders; anything malformed stays literal and is described.

    One pass over the "{{" and "}}" tokens, left to right: a "{{" followed by "}}" is a placeholder, one
    followed by another "{{" (or nothing) is unclosed, and a "}}" not consumed that way is stray.
    """
    segments: list[_Segment] = []
    found: list[PlaceholderProblem] = []
    extra = 0  # problems past MAX_PROBLEMS, only counted
    spans: dict[int, tuple[int, int]] = {}  # id of a parsed segment -> where it is written in `text`

    def problem(message: str, span: tuple[int, int] | None) -> None:
        nonlocal extra
        if len(found) < MAX_PROBLEMS:
            found.append(PlaceholderProblem(message, *(span or (None, None))))
        else:
            extra += 1

    tokens = [(m.start(), m.group()) for m in _BRACES.finditer(text)]
    pos = 0  # start of the literal not yet added
    i = 0
    while i < len(tokens):
        start, token = tokens[i]
        if token == "}}":
            problem(f'stray "}}}}" without an opening "{{{{" near {_near(text, start)}', (start, start + 2))
            segments.append(text[pos : start + 2])
            pos, i = start + 2, i + 1
            continue
        if i + 1 == len(tokens) or tokens[i + 1][1] == "{{":
            problem(f'unclosed "{{{{" near {_near(text, start)}', (start, start + 2))
            segments.append(text[pos : start + 2])
            pos, i = start + 2, i + 1
            continue
        end = tokens[i + 1][0]
        segments.append(text[pos:start])
        written = text[start : end + 2]
        parsed = _parse_fillin(text[start + 2 : end], written) or _parse_inner(text[start + 2 : end])
        if isinstance(parsed, Placeholder | SectionMark):
            segments.append(parsed)
            spans[id(parsed)] = (start, end + 2)
        else:
            problem(f'placeholder "{written}" {parsed}', (start, end + 2))
            segments.append(written)
        pos, i = end + 2, i + 2
    if pos < len(text):
        segments.append(text[pos:])
    segments = _pair_sections(segments, problem, spans)
    _name_clashes(segments, problem, spans)
    if extra:
        found.append(PlaceholderProblem(f"... and {extra} more"))
    return segments, found


def _parse_fillin(inner: str, written: str) -> Placeholder | SectionMark | str | None:
    """A choice or a section mark (see `fillins`); None when `inner` is neither, for `_parse_inner`."""
    if fillins.is_section_mark(inner):
        return fillins.parse_section_mark(inner, written, CLOCK_NAMES)
    # A clock with an offset before the colon is the clock syntax's business, not a choice.
    if fillins.is_choice(inner) and not _CLOCK_OFFSET.fullmatch(inner.partition(":")[0].strip()):
        choice = fillins.parse_choice(inner, CLOCK_NAMES)
        if isinstance(choice, str):
            return choice
        return Placeholder(choice.name, choice.options[0], options=choice.options)
    return None


_Report = Callable[[str, tuple[int, int] | None], None]


def _pair_sections(
    segments: list[_Segment], problem: _Report, spans: dict[int, tuple[int, int]]
) -> list[_Segment]:
    """Pair each `{{#x}}` with its `{{/x}}`: the pair becomes a switch placeholder and a closing mark,
    anything unpaired stays literal text (as every malformed placeholder does) and is reported."""
    out: list[_Segment] = []
    open_at: list[int] = []  # indexes in `out` of the sections still open, innermost last
    for segment in segments:
        if not isinstance(segment, SectionMark):
            out.append(segment)
        elif segment.opening:
            open_at.append(len(out))
            out.append(segment)
        elif open_at and _mark_name(out[open_at[-1]]) == segment.name:
            index = open_at.pop()
            opening = out[index]
            assert isinstance(opening, SectionMark)
            out[index] = Placeholder(opening.name, "on" if opening.on_by_default else "off", section=True)
            spans[id(out[index])] = spans[id(opening)]
            out.append(segment)
        else:
            where = spans.get(id(segment))
            if open_at:
                inner = "{{#" + _mark_name(out[open_at[-1]]) + "}}"
                problem(f'"{segment.written}" does not close the open section "{inner}"', where)
            else:
                problem(f'"{segment.written}" closes a section that was never opened', where)
            out.append(segment.written)
    for index in reversed(open_at):
        mark = out[index]
        assert isinstance(mark, SectionMark)
        problem(
            f'section "{mark.written}" is never closed: end it with "{{{{/{mark.name}}}}}"',
            spans.get(id(mark)),
        )
        out[index] = mark.written
    return out


def _mark_name(segment: _Segment) -> str:
    return segment.name if isinstance(segment, SectionMark | Placeholder) else ""


def _name_clashes(segments: list[_Segment], problem: _Report, spans: dict[int, tuple[int, int]]) -> None:
    """One name, one kind: a blank, a choice (with one list of options) or a section switch."""
    seen: dict[str, Placeholder] = {}
    for segment in segments:
        if not isinstance(segment, Placeholder) or segment.is_clock:
            continue
        first = seen.setdefault(segment.name, segment)
        if _kind(first) != _kind(segment):
            problem(
                f'"{segment.name}" is used as {_kind(first)} and as {_kind(segment)}: give each its own name',
                spans.get(id(segment)),
            )
        elif first.options != segment.options:
            problem(
                f'the choice "{segment.name}" is written twice with different options', spans.get(id(segment))
            )


def _kind(placeholder: Placeholder) -> str:
    if placeholder.section:
        return "a section"
    return "a choice" if placeholder.options else "a blank"


def _near(text: str, index: int) -> str:
    snippet = text[index : index + 24].replace("\n", " ")
    return '"' + snippet + ("…" if len(text) > index + 24 else "") + '"'


def settings_values(agent_name: str, company: str, support_email: str = "") -> dict[str, str]:
    """The built-in blanks the settings answer; an empty setting is left out so the person is asked."""
    known = {"agent_name": agent_name, "company": company, "support_email": support_email}
    return {name: value for name, value in known.items() if value}


def parse(text: str) -> tuple[Placeholder, ...]:
    """The well-formed placeholders of `text`, once each, in order of first use.

    A name written twice is one blank; its default is the first one written (`{{x|3}} ... {{x}}` -> "3").
    """
    return _unique(_scan(text)[0])


def _unique(segments: Sequence[_Segment]) -> tuple[Placeholder, ...]:
    found: dict[str, Placeholder] = {}
    for segment in segments:
        if isinstance(segment, Placeholder):
            known = found.get(segment.key)
            if known is None or (known.default is None and segment.default is not None):
                found[segment.key] = segment
    return tuple(found.values())


def problems(text: str) -> list[str]:
    """What is malformed in `text`: unclosed "{{", stray "}}", empty braces, bad names, bad offsets."""
    return [found.message for found in _scan(text)[1]]


def located_problems(text: str) -> list[PlaceholderProblem]:
    """`problems`, each with the span of `text` it is about (for underlining), in text order."""
    return _scan(text)[1]


def blanks(text: str) -> tuple[Placeholder, ...]:
    """The placeholders a person may have to fill: all but the clock ones (built-ins included)."""
    return tuple(p for p in parse(text) if not p.is_clock)


def render(text: str, values: Mapping[str, str], *, now: datetime | None = None) -> str:
    """Fill every placeholder of `text`; malformed ones stay as written.

    An empty (or blank) value falls back to the default; a blank with neither raises `MissingValues`.
    Values are inserted literally: a value holding "{{x}}" is never expanded. Names not in `text` are ignored.
    Control and bidi characters in a value are taken out (the pack rules for text): whatever the value came
    from (a complaint field stored by an older version, a typed blank), they never reach the clipboard.
    """
    # Scanned once: the blanks come from the same segments. A blank only inside a section switched off
    # is not asked for.
    segments = _shown(_scan(text)[0], values)
    defaults = {p.name: p.default for p in _unique(segments) if not p.is_clock}
    missing = [n for n, d in defaults.items() if d is None and not values.get(n, "").strip()]
    if missing:
        raise MissingValues(tuple(missing))
    clock = now if now is not None else datetime.now()
    out: list[str] = []
    for segment in segments:
        if isinstance(segment, str):
            out.append(segment)
        elif segment.is_clock:
            # The form shows the computed promise as a field ("time+2h"): what the agent left there wins.
            given = without_controls(values.get(segment.key, "")).strip()
            out.append(given or _clock_value(segment, clock))
        else:
            value = without_controls(values.get(segment.name, ""))
            out.append(value if value.strip() else defaults[segment.name] or "")
    return "".join(out)


def _shown(segments: list[_Segment], values: Mapping[str, str]) -> list[str | Placeholder]:
    """The segments outside every section switched off, without the section marks themselves."""
    shown: list[str | Placeholder] = []
    states: list[bool] = []  # one per open section: whether it is on
    off = 0  # how many of the open sections are off
    for segment in segments:
        if isinstance(segment, Placeholder) and segment.section:
            on = fillins.switch_value(values.get(segment.name, ""), segment.default == "on")
            states.append(on if on is not None else segment.default == "on")
            off += not states[-1]
        elif isinstance(segment, SectionMark):
            off -= not states.pop()
        elif not off:
            shown.append(segment)
    return shown


def value_problems(text: str, values: Mapping[str, str]) -> list[str]:
    """Values that do not fit their fill-in: a choice not among its options, a switch neither on nor off.

    `render` inserts values as given; callers that take values from a person (the CLI's --set) ask here first.
    """
    found: list[str] = []
    for blank in blanks(text):
        value = values.get(blank.name, "").strip()
        if not value:
            continue
        if blank.options and value not in blank.options:
            found.append(f'"{value}" is not one of the options of {blank.name}: {" | ".join(blank.options)}')
        elif blank.section and fillins.switch_value(value, False) is None:
            found.append(f'{blank.name} is a switch: give it "on" or "off", not "{value}"')
    return found


def _clock_value(placeholder: Placeholder, now: datetime) -> str:
    # Rounded up, inside working hours and days, in words: "by 10:30 tomorrow", never "by 18:19".
    try:
        return clock_text(placeholder.name, placeholder.offset, now, WorkingTime())
    except OverflowError:  # only near year 9999; better the placeholder as written than a crash
        return "{{" + placeholder.key + "}}"
