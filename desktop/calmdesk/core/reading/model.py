"""What the reader found in a customer's message, with the evidence for each finding."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

ANGER_WORDS = ("Calm", "Annoyed", "Angry", "Furious")
# How the command line's one-line reading names a threat ("threatens: review"); the windows name it in their
# language (ui/common/reading_words.py).
THREAT_WORDS = {"legal": "legal action", "chargeback": "chargeback", "public": "review", "leave": "leaving"}


@dataclass(frozen=True, slots=True)
class Evidence:
    """One reason for a finding: its field, the value it supports, and where it stands in the message.

    `start` and `end` (exclusive) are character offsets into the message as given (as decoded, for bytes).
    """

    field: str
    value: str
    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "value": self.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Reading:
    """A message read: the fields of issue 19, sorted lists, and the evidence for each."""

    topic: str = "other"
    anger: int = 0
    asks: tuple[str, ...] = ()
    threats: tuple[str, ...] = ()
    repeat_contact: bool = False
    order_number: str | None = None
    customer_name: str | None = None
    email: str | None = None
    deadline: str | None = None  # the time as written ("by Friday"), or "" when only the need is clear
    evidence: tuple[Evidence, ...] = field(default=())
    # The language the message is written in ("en", "es", "de", "fr", "pt"; "" when too short to tell, read
    # as English): the language a complaint started from it is answered in. Not one of `--json`'s keys
    # (the issue fixes them).
    language: str = ""

    @property
    def has_deadline(self) -> bool:
        return self.deadline is not None

    @property
    def is_empty(self) -> bool:
        """Nothing worth showing: a calm message about nothing in particular (in whatever language)."""
        return replace(self, language="") == Reading()

    def as_dict(self, phrases: list[str] | None = None) -> dict[str, Any]:
        """The JSON object of `calmdesk read --json` (deadline as true/false; its time is in the evidence)."""
        return {
            "topic": self.topic,
            "anger": self.anger,
            "asks": sorted(self.asks),
            "threats": sorted(self.threats),
            "repeat_contact": self.repeat_contact,
            "order_number": self.order_number,
            "customer_name": self.customer_name,
            "email": self.email,
            "deadline": self.has_deadline,
            "evidence": [e.as_dict() for e in self.evidence],
            "phrases": list(phrases or []),
        }

    def summary(self) -> str:
        """One line for the picker: "Furious · damaged · asks: replacement · threatens: review · ..."."""
        parts = [ANGER_WORDS[self.anger], self.topic.replace("_", " ")]
        if self.asks:
            parts.append("asks: " + ", ".join(a.replace("_", " ") for a in self.asks))
        if self.threats:
            parts.append("threatens: " + ", ".join(THREAT_WORDS.get(t, t) for t in self.threats))
        if self.repeat_contact:
            parts.append("repeat contact")
        if self.deadline is not None:
            parts.append(f"needs it {self.deadline}" if self.deadline else "has a deadline")
        if self.order_number:
            parts.append(f"order {self.order_number}")
        if self.customer_name:
            parts.append(self.customer_name)
        return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class StepTip:
    """A tip the checklist panel raises at `step` because the customer threatened `threat`."""

    step: str
    threat: str
    text: str
