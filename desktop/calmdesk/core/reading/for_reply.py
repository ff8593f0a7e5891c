"""What a reading gives a reply and a new complaint: anger 1-5, prefilled blanks, the phrases to offer."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypedDict, TypeVar

from calmdesk.core.complaint import address_name
from calmdesk.core.languages import ENGLISH
from calmdesk.core.reading.answers import answer_step, offered_phrases
from calmdesk.core.reading.knowledge import Knowledge, knowledge_for
from calmdesk.core.reading.model import Reading, StepTip
from calmdesk.core.reading.reader import read_message
from calmdesk.core.reading.secrets import is_secret_clipboard

# The reader's anger (0 calm ... 3 furious) on a complaint's scale (1 annoyed ... 5 furious). A customer
# whose message starts a complaint is at least upset, so calm reads as 2 and furious as 5.
COMPLAINT_ANGER = (2, 3, 4, 5)

_T = TypeVar("_T")


def complaint_anger(reading_anger: int) -> int:
    """The complaint's anger (1-5) for the reader's (0-3); a value outside 0-3 is clamped, never raised."""
    return COMPLAINT_ANGER[max(0, min(len(COMPLAINT_ANGER) - 1, reading_anger))]


def blank_values(reading: Reading) -> dict[str, str]:
    """The blanks the reading can fill: the order number as written, the customer as a reply addresses
    them ("Maria Lopez" -> "Maria", the one rule of `address_name`)."""
    values: dict[str, str] = {}
    if reading.order_number:
        values["order_number"] = reading.order_number
    if reading.customer_name:
        name = address_name(reading.customer_name)
        if name:
            values["customer_name"] = name
    return values


@dataclass(frozen=True, slots=True)
class Offered:
    """Text on the clipboard or the selection, with the mime types its owner offers it as."""

    text: str
    mime_types: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MessageOutcome:
    """What the picker shows of the message: its reading, the phrases answering it and the tips its threats
    raise, or that a secret was refused (then nothing of it is shown). No reading and not refused: nothing
    worth a line."""

    reading: Reading | None = None
    offered: tuple[str, ...] = ()
    refused: bool = False
    tips: tuple[StepTip, ...] = ()
    step: str | None = None  # the checklist step that answers it (`answers.answer_step`)


def threat_tips(reading: Reading, knowledge: Knowledge) -> tuple[StepTip, ...]:
    """The tips each threat in the reading raises ([tips.threat.*] of the reading data), in its order."""
    tips: list[StepTip] = []
    for threat in reading.threats:
        step, said = knowledge.tips.get(f"threat.{threat}", ("", ()))
        tips += [StepTip(step, threat, text) for text in said]
    return tuple(tips)


def read_offered(
    candidates: Sequence[Offered], known_ids: Collection[str], knowledge: Knowledge, tips_lang: str = ENGLISH
) -> MessageOutcome:
    """The first candidate (the selection, then the clipboard) that reads as something; a secret among
    them is never read, only noted. `tips_lang`: the agent's interface language, which the tips its
    threats raise are in (the message may be in another)."""
    refused = False
    for candidate in candidates:
        if is_secret_clipboard(candidate.text, candidate.mime_types):
            refused = True
            continue
        reading = read_message(candidate.text, knowledge)
        if not reading.is_empty:
            offered = tuple(offered_ids(reading, known_ids, knowledge))
            step = answer_step(reading, knowledge)
            tips = threat_tips(reading, knowledge_for(knowledge, tips_lang))
            return MessageOutcome(reading, offered, tips=tips, step=step)
    return MessageOutcome(refused=refused)


def with_reading(
    values: Mapping[str, str], reading: Reading | None, complaint_customer: str = ""
) -> dict[str, str]:
    """`values` (the fill rule's: the current complaint, then the settings) with the reading's blanks
    under them: a complaint the agent chose names the customer; the message fills only what it lacks.

    A message signed by someone other than the current complaint's customer fills nothing: its order
    number belongs to another conversation."""
    if reading is None:
        return dict(values)
    other = reading.customer_name and complaint_customer.strip()
    if other and address_name(reading.customer_name or "").casefold() != address_name(other).casefold():
        return dict(values)
    return {**blank_values(reading), **{name: value for name, value in values.items() if value.strip()}}


class ComplaintFields(TypedDict):
    """A complaint's fields as `ComplaintWatch.new` takes them."""

    customer: str
    ticket: str
    topic: str
    anger: int
    lang: str


def complaint_fields(reading: Reading) -> ComplaintFields:
    """The fields of a complaint started from the message."""
    return {
        "customer": reading.customer_name or "",
        "ticket": reading.order_number or "",
        "topic": "" if reading.topic == "other" else reading.topic.replace("_", " "),
        "anger": complaint_anger(reading.anger),
        # Answered in the customer's language; "" (the agent's own) when the message was too short to tell.
        "lang": reading.language,
    }


def offered_ids(reading: Reading, known_ids: Collection[str], knowledge: Knowledge) -> list[str]:
    """The phrase ids that answer the reading, best first, among those loaded (`answers.offered_phrases`)."""
    if reading.is_empty:
        return []  # a calm message about nothing: the usual order is the right one
    return offered_phrases(reading, known_ids, knowledge)


def answers_first(items: Iterable[_T], offered: list[str], id_of: Callable[[_T], str]) -> list[_T]:
    """`items` with those answering the reading first, in the order offered; the rest after, as given."""
    rank = {phrase_id: position for position, phrase_id in enumerate(offered)}
    listed = list(items)
    first = sorted((item for item in listed if id_of(item) in rank), key=lambda item: rank[id_of(item)])
    return first + [item for item in listed if id_of(item) not in rank]
