"""The current complaint as a value, and the pure rules over it: ticks, the next step, the values it fills.

No clock is read here: every rule that depends on time takes the moment as a parameter, so each one has
fast, exact tests. Times are timezone-aware datetimes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TypeVar

from calmdesk.core.languages import SUPPORTED
from calmdesk.core.messages import N_
from calmdesk.core.messages import gettext as _
from calmdesk.core.model import CHANNELS, STEP_KEYS, ChecklistStep, Phrase
from calmdesk.core.placeholders import CLOCK_NAMES
from calmdesk.core.printable import control_chars

__all__ = [
    "ANGER_RANGE",
    "Complaint",
    "Copied",
    "StepMark",
    "address_name",
    "asks_customer",
    "by_channel",
    "check_fields",
    "fill_values",
    "next_step",
    "remembered_values",
    "skipped_steps",
    "step_served",
    "tick",
    "undo",
]

ANGER_RANGE = range(1, 6)  # 1 = mildly annoyed, 5 = furious
MAX_FIELD_CHARS = 200  # a name, ticket or topic longer than this is a paste accident, not a value

# Titles that make an address formal ("Ms Reyes"); a first name after one is not how to address them.
_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "herr", "frau", "sr", "sra"}
)
_TRAILING_BLANK = re.compile(r"\{\{[^{}]*\}\}\s*$")  # "Could I ask, {{customer_name}}?" is still a question


@dataclass(frozen=True, slots=True)
class StepMark:
    """A step ticked done, and when."""

    step: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Copied:
    """A phrase copied while this complaint was current, and when: each copy is a reply sent.

    `asks`: the phrase asked the customer something, so after it the agent waits for the customer.
    """

    phrase_id: str
    at: datetime
    asks: bool = False


@dataclass(frozen=True, slots=True)
class Complaint:
    """One customer's complaint. Every field but `id` and `started` is optional ("" or None: not given)."""

    id: int
    started: datetime
    customer: str = ""
    channel: str = ""  # one of CHANNELS, or "" when not said
    ticket: str = ""
    topic: str = ""
    anger: int | None = None
    values: Mapping[str, str] = field(default_factory=dict)  # blanks typed once, by placeholder name
    done: tuple[StepMark, ...] = ()  # in STEP_KEYS order
    copied: tuple[Copied, ...] = ()  # oldest first
    closed: datetime | None = None
    # The customer's language (a code of core.languages.SUPPORTED): the phrases offered and copied for this
    # complaint are in it, while the interface stays in the agent's. "": the agent's content language.
    lang: str = ""
    customer_replies: tuple[datetime, ...] = ()  # when the agent said "the customer replied", oldest first

    @property
    def is_open(self) -> bool:
        return self.closed is None

    def done_steps(self) -> frozenset[str]:
        return frozenset(mark.step for mark in self.done)

    def label(self) -> str:
        """Who it is for, in a few words: the customer, else the ticket, else its number."""
        return self.customer or self.ticket or f"#{self.id}"

    def last_reply(self) -> datetime:
        """When the customer last heard from the agent (a phrase copied), or when the complaint began."""
        return self.copied[-1].at if self.copied else self.started


# A new complaint's text fields, too long or holding a control character: whole sentences per field.
_FIELD_WORDS = {
    "customer": N_("customer is longer than {limit} characters"),
    "ticket": N_("ticket is longer than {limit} characters"),
    "topic": N_("topic is longer than {limit} characters"),
}
_ODD_WORDS = {
    "customer": N_("customer holds a line break or control character ({characters})"),
    "ticket": N_("ticket holds a line break or control character ({characters})"),
    "topic": N_("topic holds a line break or control character ({characters})"),
}


def check_fields(
    *,
    customer: str = "",
    channel: str = "",
    ticket: str = "",
    topic: str = "",
    anger: int | None = None,
    lang: str = "",
) -> list[str]:
    """What is wrong with the fields of a new complaint, in plain words (empty: all fine)."""
    problems = []
    if channel and channel not in CHANNELS:
        words = _("channel must be one of {known}, not {value}")
        problems.append(words.format(known=", ".join(CHANNELS), value=repr(channel)))
    if lang and lang not in SUPPORTED:
        words = _("language must be one of {known}, not {value}")
        problems.append(words.format(known=", ".join(SUPPORTED), value=repr(lang)))
    if anger is not None and anger not in ANGER_RANGE:
        problems.append(_("anger must be 1 to 5, not {value}").format(value=anger))
    # One sentence per field, so each language can say the field's name its own way.
    for too_long, odd, text in (
        (_FIELD_WORDS["customer"], _ODD_WORDS["customer"], customer),
        (_FIELD_WORDS["ticket"], _ODD_WORDS["ticket"], ticket),
        (_FIELD_WORDS["topic"], _ODD_WORDS["topic"], topic),
    ):
        if len(text) > MAX_FIELD_CHARS:
            problems.append(_(too_long).format(limit=MAX_FIELD_CHARS))
        if control_chars(text):  # the pack rules: DEL, NEL, U+2028 and bidi marks too, not only C0
            problems.append(_(odd).format(characters=", ".join(control_chars(text)[:3])))
    return problems


def _check_step(step: str) -> None:
    if step not in STEP_KEYS:
        words = _("unknown step {step}; the steps are {steps}")
        raise ValueError(words.format(step=repr(step), steps=", ".join(STEP_KEYS)))


def tick(complaint: Complaint, step: str, at: datetime) -> Complaint:
    """Mark `step` done at `at`; ticking a step already done keeps its first time. Any order is allowed."""
    _check_step(step)
    if step in complaint.done_steps():
        return complaint
    marks = sorted((*complaint.done, StepMark(step, at)), key=lambda m: STEP_KEYS.index(m.step))
    return replace(complaint, done=tuple(marks))


def undo(complaint: Complaint, step: str) -> Complaint:
    """Mark `step` not done again (a tick by mistake)."""
    _check_step(step)
    return replace(complaint, done=tuple(m for m in complaint.done if m.step != step))


def next_step(complaint: Complaint) -> str | None:
    """The step to work on: the first one not done (None when every step is done).

    A later step ticked early (a wait phrase ticks "act" mid-investigation) never carries the agent past an
    open earlier one: the panel would otherwise offer closings while the customer is still being heard.
    """
    done = complaint.done_steps()
    return next((key for key in STEP_KEYS if key not in done), None)


def skipped_steps(complaint: Complaint) -> tuple[str, ...]:
    """Open steps with a later step already done: passed over, so the panel can say so plainly."""
    done = complaint.done_steps()
    furthest = max((STEP_KEYS.index(step) for step in done), default=0)
    return tuple(key for key in STEP_KEYS[:furthest] if key not in done)


def asks_customer(phrase: Phrase) -> bool:
    """Whether sending `phrase` leaves the agent waiting for the customer's answer: a phrase of the
    questions category, or one whose text ends in a question (blanks and closing quotes aside)."""
    if phrase.category == "questions":
        return True
    ending = _TRAILING_BLANK.sub("", phrase.text).rstrip().rstrip("\"'\u201d\u2019)")
    return ending.endswith("?")


def step_served(phrase: Phrase, complaint: Complaint, checklist: Sequence[ChecklistStep]) -> str | None:
    """The step a copied phrase serves (None: none).

    Its own `step` first, else the current step if its category fits, else the first open step whose
    categories include it.
    """
    if phrase.step in STEP_KEYS:
        return phrase.step
    current = next_step(complaint)
    by_key = {step.key: step for step in checklist}
    if current in by_key and phrase.category in by_key[current].categories:
        return current
    done = complaint.done_steps()
    for step in checklist:
        if step.key not in done and phrase.category in step.categories:
            return step.key
    return None


def address_name(customer: str) -> str:
    """How a reply addresses the customer: "Dana Reyes" -> "Dana", "Reyes, Dana" -> "Dana",
    "Ms Dana Reyes" -> "Ms Reyes" (a title chosen means formal address); one word stays as it is."""
    name = " ".join(customer.split())
    if "," in name:
        family, _, given = name.partition(",")
        name = f"{given.strip()} {family.strip()}".strip()
    parts = name.split(" ")
    if len(parts) < 2:
        return name
    if parts[0].rstrip(".").casefold() in _TITLES:
        return f"{parts[0]} {parts[-1]}"
    return parts[0]


def fill_values(complaint: Complaint | None, settings_values: Mapping[str, str]) -> dict[str, str]:
    """The one fill rule: the complaint's values first, then the settings; the form comes on top of both.

    The customer is addressed by the name the agent gave for it (the `customer_name` value: "address
    as"), else by the first name of the customer field: "Thanks for your patience, Dana", not "Dana Reyes".
    """
    values = dict(settings_values)
    if complaint is None:
        return values
    if complaint.customer:
        values["customer_name"] = address_name(complaint.customer)
    values.update({name: value for name, value in complaint.values.items() if value.strip()})
    if complaint.ticket:
        values["ticket"] = complaint.ticket
    return values


def remembered_values(typed: Mapping[str, str], prefilled: Mapping[str, str]) -> dict[str, str]:
    """What of a form is worth keeping for the complaint: blanks typed or changed, never the clock."""
    return {
        name: value
        for name, value in typed.items()
        if value.strip() and name.split("+")[0] not in CLOCK_NAMES and prefilled.get(name) != value
    }


_T = TypeVar("_T")


def by_channel(items: Iterable[_T], channel: str, phrase_of: Callable[[_T], Phrase]) -> list[_T]:
    """Items whose phrase fits `channel` first, the others behind, each group in its given order."""
    listed = list(items)
    if not channel:
        return listed
    fits = [item for item in listed if channel in phrase_of(item).channels]
    others = [item for item in listed if channel not in phrase_of(item).channels]
    return fits + others


def phrases_for_step(
    phrases: Iterable[Phrase], step: ChecklistStep, channel: str = "", limit: int = 12
) -> list[Phrase]:
    """The phrases the checklist offers for a step: those made for it, then those of its categories,
    the complaint's channel first; at most `limit` (the panel shows a handful, the picker has the rest)."""
    made_for = [p for p in phrases if p.step == step.key]
    fitting = [p for p in phrases if p.step != step.key and p.category in step.categories]
    return by_channel([*made_for, *fitting], channel, lambda p: p)[:limit]
