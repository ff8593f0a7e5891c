"""`{{name}}` blanks in phrase text: parse, check, and fill them (plain substitution, never evaluated)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from calmdesk.core import fillins
from calmdesk.core.fillins import SectionMark
from calmdesk.core.human_time import WorkingTime, clock_text
from calmdesk.core.placeholder_scan import Segment, scan
from calmdesk.core.placeholder_types import (
    CLOCK_NAMES,
    MAX_NAME_CHARS,
    MAX_OFFSET,
    MAX_PROBLEMS,
    MissingValues,
    Placeholder,
    PlaceholderProblem,
)
from calmdesk.core.printable import without_controls

# Callers import everything from here: the scanner (placeholder_scan) and the values it makes
# (placeholder_types) are this module's insides.
__all__ = [
    "CLOCK_NAMES",
    "MAX_NAME_CHARS",
    "MAX_OFFSET",
    "MAX_PROBLEMS",
    "MissingValues",
    "Placeholder",
    "PlaceholderProblem",
    "blanks",
    "located_problems",
    "parse",
    "problems",
    "render",
    "settings_values",
    "value_problems",
]


def settings_values(agent_name: str, company: str, support_email: str = "") -> dict[str, str]:
    """The built-in blanks the settings answer; an empty setting is left out so the person is asked."""
    known = {"agent_name": agent_name, "company": company, "support_email": support_email}
    return {name: value for name, value in known.items() if value}


def parse(text: str) -> tuple[Placeholder, ...]:
    """The well-formed placeholders of `text`, once each, in order of first use.

    A name written twice is one blank; its default is the first one written (`{{x|3}} ... {{x}}` -> "3").
    """
    return _unique(scan(text)[0])


def _unique(segments: Sequence[Segment]) -> tuple[Placeholder, ...]:
    found: dict[str, Placeholder] = {}
    for segment in segments:
        if isinstance(segment, Placeholder):
            known = found.get(segment.key)
            if known is None or (known.default is None and segment.default is not None):
                found[segment.key] = segment
    return tuple(found.values())


def problems(text: str) -> list[str]:
    """What is malformed in `text`: unclosed "{{", stray "}}", empty braces, bad names, bad offsets."""
    return [found.message for found in scan(text)[1]]


def located_problems(text: str) -> list[PlaceholderProblem]:
    """`problems`, each with the span of `text` it is about (for underlining), in text order."""
    return scan(text)[1]


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
    segments = _shown(scan(text)[0], values)
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


def _shown(segments: list[Segment], values: Mapping[str, str]) -> list[str | Placeholder]:
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
