"""The richer fill-ins inside `{{...}}`: a choice blank (a dropdown) and an optional sentence (a checkbox).

Syntax (docs/pack-format.md):
- `{{delivery: 1-2 working days | 3-5 working days}}`: a choice; the first option is the one preselected.
- `{{#voucher}}I have added a voucher.{{/voucher}}`: a section shown only when its switch is on; off unless
  written `{{#voucher|on}}`. Sections may hold other placeholders and other sections.

Kept apart from `placeholders` (which does the scanning and rendering) so each can change on its own.
Nothing here evaluates anything: options and section text are plain strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from calmdesk.core.messages import gettext  # not `_`: parse_choice unpacks into `_`

_NAME = re.compile(r"[a-z][a-z0-9_]*")
MAX_OPTIONS = 30  # a dropdown longer than this is not a choice an agent can scan under pressure
MAX_OPTION_CHARS = 200
# What the CLI's --set and the form accept for a switch; anything else is reported by `switch_value`.
SWITCH_ON = frozenset({"on", "yes", "true", "1", "x"})
SWITCH_OFF = frozenset({"off", "no", "false", "0"})


@dataclass(frozen=True, slots=True)
class Choice:
    name: str
    options: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SectionMark:
    """`{{#name}}` (opening, maybe `|on`) or `{{/name}}` (closing), before the scanner pairs them up."""

    name: str
    opening: bool
    on_by_default: bool
    written: str


def is_choice(inner: str) -> bool:
    """A colon before the first bar makes a choice: `{{x|a:b}}` stays a blank whose default is "a:b"."""
    return ":" in inner.partition("|")[0]


def parse_choice(inner: str, reserved: frozenset[str]) -> Choice | str:
    """`name: a | b | c` as a Choice, or what is wrong with it."""
    head, _, rest = inner.partition(":")
    name = head.strip()
    if not _NAME.fullmatch(name) or len(name) > 64:
        return gettext("has a bad name: use lowercase letters, digits and _ (like delivery_time)")
    if name in reserved:
        return gettext("cannot be a choice: {name} is filled from the clock").format(name=name)
    options = tuple(option.strip() for option in rest.split("|"))
    if any(not option for option in options):
        return gettext("has an empty option: write the options between bars, like {{x: one | two}}")
    if len(options) < 2:
        return gettext("has only one option: a choice needs two or more, separated by |")
    if len(options) > MAX_OPTIONS:
        return gettext("has more than {limit} options").format(limit=MAX_OPTIONS)
    if any(len(option) > MAX_OPTION_CHARS for option in options):
        return gettext("has an option longer than {limit} characters").format(limit=MAX_OPTION_CHARS)
    if len(set(options)) != len(options):
        return gettext("lists the same option twice")
    return Choice(name, options)


def is_section_mark(inner: str) -> bool:
    return inner.lstrip().startswith(("#", "/"))


def parse_section_mark(inner: str, written: str, reserved: frozenset[str]) -> SectionMark | str:
    """`#name`, `#name|on`, `#name|off` or `/name`, or what is wrong with it."""
    text = inner.strip()
    opening = text.startswith("#")
    head, bar, state = text[1:].partition("|")
    name = head.strip()
    if not _NAME.fullmatch(name) or len(name) > 64:
        return gettext(
            "has a bad section name: use lowercase letters, digits and _ (like {{#offer_voucher}})"
        )
    if name in reserved:
        return gettext("cannot open a section: {name} is filled from the clock").format(name=name)
    state = state.strip().lower()
    if bar and not opening:
        return gettext("closes a section and takes nothing after the name")
    if bar and state not in ("on", "off"):
        return gettext('starts a section that can only be "on" or "off" at first (like {{#voucher|on}})')
    return SectionMark(name, opening, state == "on", written)


def switch_value(value: str, default_on: bool) -> bool | None:
    """Whether a switch is on for `value` ("" -> its default); None when the value means neither."""
    word = value.strip().lower()
    if not word:
        return default_on
    if word in SWITCH_ON:
        return True
    if word in SWITCH_OFF:
        return False
    return None
