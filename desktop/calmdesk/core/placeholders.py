"""`{{name}}` blanks in phrase text: parse, check, and fill them (plain substitution, never evaluated)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

# Filled from the clock, never asked for; they alone take an offset ("{{weekday+1d}}").
CLOCK_NAMES: frozenset[str] = frozenset({"date", "time", "weekday"})
# Filled by callers from the settings and the current complaint, but still blanks: the agent may edit them.
BUILTIN_NAMES: tuple[str, ...] = ("agent_name", "company", "customer_name", "ticket")

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

# Dates are spelled in English, not through strftime: %B and %A follow the process locale.
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class Placeholder:
    """One blank. `offset` ("+2d") is only ever set for a clock name; `default` None means required."""

    name: str
    default: str | None = None
    offset: str | None = None

    @property
    def key(self) -> str:
        """The placeholder as written between the braces, without its default: "date+2d"."""
        return self.name + (self.offset or "")

    @property
    def is_clock(self) -> bool:
        return self.name in CLOCK_NAMES

    @property
    def label(self) -> str:
        """A human label: "order_number" -> "Order number", "date+2d" -> "Date in 2 days"."""
        text = self.name.replace("_", " ").strip().capitalize()
        if self.offset:
            amount, unit = int(self.offset[1:-1]), _UNIT_WORDS[self.offset[-1]]
            text += f" in {amount} {unit}{'' if amount == 1 else 's'}"
        return text


class MissingValues(ValueError):
    """Blanks without a default were left empty; `names` lists them in order of first use."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        super().__init__("fill in: " + ", ".join(names))


# A scanned text is a list of literal strings and placeholders, in order.
_Segment = str | Placeholder


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


def _scan(text: str) -> tuple[list[_Segment], list[str]]:
    """Split `text` into literals and placeholders; anything malformed stays literal and is described.

    One pass over the "{{" and "}}" tokens, left to right: a "{{" followed by "}}" is a placeholder, one
    followed by another "{{" (or nothing) is unclosed, and a "}}" not consumed that way is stray.
    """
    segments: list[_Segment] = []
    found: list[str] = []
    extra = 0  # problems past MAX_PROBLEMS, only counted

    def problem(message: str) -> None:
        nonlocal extra
        if len(found) < MAX_PROBLEMS:
            found.append(message)
        else:
            extra += 1

    tokens = [(m.start(), m.group()) for m in _BRACES.finditer(text)]
    pos = 0  # start of the literal not yet added
    i = 0
    while i < len(tokens):
        start, token = tokens[i]
        if token == "}}":
            problem(f'stray "}}}}" without an opening "{{{{" near {_near(text, start)}')
            segments.append(text[pos : start + 2])
            pos, i = start + 2, i + 1
            continue
        if i + 1 == len(tokens) or tokens[i + 1][1] == "{{":
            problem(f'unclosed "{{{{" near {_near(text, start)}')
            segments.append(text[pos : start + 2])
            pos, i = start + 2, i + 1
            continue
        end = tokens[i + 1][0]
        segments.append(text[pos:start])
        written = text[start : end + 2]
        parsed = _parse_inner(text[start + 2 : end])
        if isinstance(parsed, Placeholder):
            segments.append(parsed)
        else:
            problem(f'placeholder "{written}" {parsed}')
            segments.append(written)
        pos, i = end + 2, i + 2
    if pos < len(text):
        segments.append(text[pos:])
    if extra:
        found.append(f"... and {extra} more")
    return segments, found


def _near(text: str, index: int) -> str:
    snippet = text[index : index + 24].replace("\n", " ")
    return '"' + snippet + ("…" if len(text) > index + 24 else "") + '"'


def settings_values(agent_name: str, company: str) -> dict[str, str]:
    """The built-in blanks the settings answer; an empty setting is left out so the person is asked."""
    known = {"agent_name": agent_name, "company": company}
    return {name: value for name, value in known.items() if value}


def parse(text: str) -> tuple[Placeholder, ...]:
    """The well-formed placeholders of `text`, once each, in order of first use.

    A name written twice is one blank; its default is the first one written (`{{x|3}} ... {{x}}` -> "3").
    """
    return _unique(_scan(text)[0])


def _unique(segments: list[_Segment]) -> tuple[Placeholder, ...]:
    found: dict[str, Placeholder] = {}
    for segment in segments:
        if isinstance(segment, Placeholder):
            known = found.get(segment.key)
            if known is None or (known.default is None and segment.default is not None):
                found[segment.key] = segment
    return tuple(found.values())


def problems(text: str) -> list[str]:
    """What is malformed in `text`: unclosed "{{", stray "}}", empty braces, bad names, bad offsets."""
    return _scan(text)[1]


def blanks(text: str) -> tuple[Placeholder, ...]:
    """The placeholders a person may have to fill: all but the clock ones (built-ins included)."""
    return tuple(p for p in parse(text) if not p.is_clock)


def render(text: str, values: Mapping[str, str], *, now: datetime | None = None) -> str:
    """Fill every placeholder of `text`; malformed ones stay as written.

    An empty (or blank) value falls back to the default; a blank with neither raises `MissingValues`.
    Values are inserted literally: a value holding "{{x}}" is never expanded. Names not in `text` are ignored.
    """
    segments, _ = _scan(text)  # scanned once: the blanks come from the same segments
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
            out.append(_clock_value(segment, clock))
        else:
            value = values.get(segment.name, "")
            out.append(value if value.strip() else defaults[segment.name] or "")
    return "".join(out)


def _clock_value(placeholder: Placeholder, now: datetime) -> str:
    moment = now
    if placeholder.offset:
        amount, unit = int(placeholder.offset[1:-1]), placeholder.offset[-1]
        try:
            moment = now + timedelta(**{_UNITS[placeholder.name][unit]: amount})
        except OverflowError:  # only near year 9999; better the placeholder as written than a crash
            return "{{" + placeholder.key + "}}"
    if placeholder.name == "time":
        return f"{moment:%H:%M}"
    if placeholder.name == "weekday":
        return _WEEKDAYS[moment.weekday()]
    return f"{moment.day} {_MONTHS[moment.month - 1]} {moment.year}"
