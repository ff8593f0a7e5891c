"""A phrase's text scanned into literals, placeholders and section marks, with what is malformed in it."""

from __future__ import annotations

import re
from collections.abc import Callable

from calmdesk.core import fillins
from calmdesk.core.fillins import SectionMark
from calmdesk.core.messages import N_
from calmdesk.core.messages import gettext as _
from calmdesk.core.placeholder_types import (
    CLOCK_NAMES,
    MAX_NAME_CHARS,
    MAX_OFFSET,
    MAX_PROBLEMS,
    Placeholder,
    PlaceholderProblem,
)

# Units each clock name accepts, with the timedelta keyword each unit stands for.
_UNITS: dict[str, dict[str, str]] = {
    "date": {"d": "days", "w": "weeks"},
    "weekday": {"d": "days", "w": "weeks"},
    "time": {"h": "hours", "m": "minutes"},
}

_NAME = re.compile(r"[a-z][a-z0-9_]*")
_CLOCK_OFFSET = re.compile(r"(date|time|weekday)\s*([+-])\s*(.*)", re.DOTALL)
# [0-9], not \d: \d also takes Arabic-Indic and full-width digits, which nobody means in a pack.
_AMOUNT_UNIT = re.compile(r"([0-9]+)([A-Za-z]*)")
_BRACES = re.compile(r"\{\{|\}\}")


# A scanned text is a list of literal strings, placeholders and the closing marks of sections, in order.
Segment = str | Placeholder | SectionMark


def _parse_inner(inner: str) -> Placeholder | str:
    """The placeholder between the braces, or a message saying what is wrong with it."""
    head, bar, default = inner.partition("|")
    head = head.strip()
    if not head:
        return _("is empty")
    clock = _CLOCK_OFFSET.fullmatch(head)
    offset: str | None = None
    if clock:
        name, sign, rest = clock.groups()
        if sign == "-":
            return _("counts backwards: offsets only go forward (+)")
        amount_unit = _AMOUNT_UNIT.fullmatch(rest.strip())
        if not amount_unit:
            return _("has a bad offset: write it like +2d, +1w, +2h or +30m")
        amount, unit = amount_unit.groups()
        units = _UNITS[name]
        first, second = units  # two units each: whole sentences name both
        if not unit:
            words = _("has no offset unit: {name} takes {first} or {second} (like +2{first})")
            return words.format(name=name, first=first, second=second)
        if unit not in units:
            words = _('has an unknown offset unit "{unit}": {name} takes {first} or {second}')
            return words.format(unit=unit, name=name, first=first, second=second)
        # Digits counted before int(): past 4,300 digits int() raises (CPython's int-string limit).
        digits = amount.lstrip("0")
        if len(digits) > len(str(MAX_OFFSET)) or int(digits or "0") > MAX_OFFSET:
            return _("has an offset larger than {limit}").format(limit=MAX_OFFSET)
        offset = f"+{int(digits or '0')}{unit}"
    else:
        name = head
        if "+" in name and _NAME.fullmatch(name.partition("+")[0].strip()):
            return _("has an offset, which only date, time and weekday take")
        if not _NAME.fullmatch(name) or len(name) > MAX_NAME_CHARS:
            return _("has a bad name: use lowercase letters, digits and _ (like order_number)")
    if bar and name in CLOCK_NAMES:
        return _("takes no default: {name} is filled from the clock").format(name=name)
    return Placeholder(name, default.strip() if bar else None, offset)


def scan(text: str) -> tuple[list[Segment], list[PlaceholderProblem]]:
    """Split `text` into literals and placeholders; anything malformed stays literal and is described.

    One pass over the "{{" and "}}" tokens, left to right: a "{{" followed by "}}" is a placeholder, one
    followed by another "{{" (or nothing) is unclosed, and a "}}" not consumed that way is stray.
    """
    segments: list[Segment] = []
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
            words = _('stray "}}}}" without an opening "{{{{" near {near}')
            problem(words.format(near=_near(text, start)), (start, start + 2))
            segments.append(text[pos : start + 2])
            pos, i = start + 2, i + 1
            continue
        if i + 1 == len(tokens) or tokens[i + 1][1] == "{{":
            problem(_('unclosed "{{{{" near {near}').format(near=_near(text, start)), (start, start + 2))
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
            # `parsed` is what is wrong, a predicate in the person's language ("is empty").
            problem(
                _('placeholder "{written}" {reason}').format(written=written, reason=parsed), (start, end + 2)
            )
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
    segments: list[Segment], problem: _Report, spans: dict[int, tuple[int, int]]
) -> list[Segment]:
    """Pair each `{{#x}}` with its `{{/x}}`: the pair becomes a switch placeholder and a closing mark,
    anything unpaired stays literal text (as every malformed placeholder does) and is reported."""
    out: list[Segment] = []
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
                words = _('"{written}" does not close the open section "{inner}"')
                problem(words.format(written=segment.written, inner=inner), where)
            else:
                problem(
                    _('"{written}" closes a section that was never opened').format(written=segment.written),
                    where,
                )
            out.append(segment.written)
    for index in reversed(open_at):
        mark = out[index]
        assert isinstance(mark, SectionMark)
        words = _('section "{written}" is never closed: end it with "{closing}"')
        problem(words.format(written=mark.written, closing="{{/" + mark.name + "}}"), spans.get(id(mark)))
        out[index] = mark.written
    return out


def _mark_name(segment: Segment) -> str:
    return segment.name if isinstance(segment, SectionMark | Placeholder) else ""


def _name_clashes(segments: list[Segment], problem: _Report, spans: dict[int, tuple[int, int]]) -> None:
    """One name, one kind: a blank, a choice (with one list of options) or a section switch."""
    seen: dict[str, Placeholder] = {}
    for segment in segments:
        if not isinstance(segment, Placeholder) or segment.is_clock:
            continue
        first = seen.setdefault(segment.name, segment)
        if _kind(first) != _kind(segment):
            words = _(_CLASHES[_kind(first), _kind(segment)])
            problem(words.format(name=segment.name), spans.get(id(segment)))
        elif first.options != segment.options:
            words = _('the choice "{name}" is written twice with different options')
            problem(words.format(name=segment.name), spans.get(id(segment)))


def _kind(placeholder: Placeholder) -> str:
    if placeholder.section:
        return "section"
    return "choice" if placeholder.options else "blank"


# One name used as two kinds: a whole sentence per pair, so no language glues its nouns into another's.
_CLASHES = {
    ("blank", "choice"): N_('"{name}" is used as a blank and as a choice: give each its own name'),
    ("blank", "section"): N_('"{name}" is used as a blank and as a section: give each its own name'),
    ("choice", "blank"): N_('"{name}" is used as a choice and as a blank: give each its own name'),
    ("choice", "section"): N_('"{name}" is used as a choice and as a section: give each its own name'),
    ("section", "blank"): N_('"{name}" is used as a section and as a blank: give each its own name'),
    ("section", "choice"): N_('"{name}" is used as a section and as a choice: give each its own name'),
}


def _near(text: str, index: int) -> str:
    snippet = text[index : index + 24].replace("\n", " ")
    return '"' + snippet + ("…" if len(text) > index + 24 else "") + '"'
