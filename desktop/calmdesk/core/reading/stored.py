"""A complaint's reading as the store keeps it: its fields and raised tips as JSON, read back defensively.

What is kept is what the checklist panel shows: the reading's fields (never the message, nor the evidence,
whose spans are the customer's words) and the tips its threats raised, so that a complaint reopened after a
restart shows the same line and tips without loading the reader or its knowledge.
"""

from __future__ import annotations

import json
from typing import Any

from calmdesk.core.languages import SUPPORTED
from calmdesk.core.reading.model import Reading, StepTip

# Bounds on what is read back: the file may have been edited or damaged; a value past them is dropped.
MAX_TEXT = 500
MAX_ITEMS = 20
MAX_ANGER = 3
_VERSION = 1  # of this JSON shape; a shape this code does not know reads as nothing


def to_json(reading: Reading, tips: tuple[StepTip, ...] = ()) -> str:
    fields = {
        "topic": reading.topic,
        "anger": reading.anger,
        "asks": list(reading.asks),
        "threats": list(reading.threats),
        "repeat_contact": reading.repeat_contact,
        "order_number": reading.order_number,
        "customer_name": reading.customer_name,
        "email": reading.email,
        "deadline": reading.deadline,
        "language": reading.language,  # a later key: rows written before it read back as ""
    }
    raised = [{"step": t.step, "threat": t.threat, "text": t.text} for t in tips]
    return json.dumps({"version": _VERSION, "reading": fields, "tips": raised}, ensure_ascii=False)


def from_json(text: str) -> tuple[Reading, tuple[StepTip, ...]] | None:
    """The reading and tips in `text`, or None when it is not a reading this code wrote; never raises."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("version") != _VERSION:
        return None
    if not isinstance(data.get("reading"), dict):
        return None
    fields: dict[str, Any] = data["reading"]
    anger = fields.get("anger")
    reading = Reading(
        topic=_text(fields.get("topic")) or "other",
        anger=max(0, min(MAX_ANGER, anger)) if isinstance(anger, int) and not isinstance(anger, bool) else 0,
        asks=_texts(fields.get("asks")),
        threats=_texts(fields.get("threats")),
        repeat_contact=fields.get("repeat_contact") is True,
        order_number=_text(fields.get("order_number")),
        customer_name=_text(fields.get("customer_name")),
        email=_text(fields.get("email")),
        deadline=_text(fields.get("deadline"), empty_ok=True),
        language=language if (language := fields.get("language")) in SUPPORTED else "",
    )
    raw_tips = data.get("tips")
    tips: list[StepTip] = []
    for tip in raw_tips[:MAX_ITEMS] if isinstance(raw_tips, list) else ():
        if isinstance(tip, dict):
            step, threat, said = (_text(tip.get(key)) for key in ("step", "threat", "text"))
            if step and threat and said:
                tips.append(StepTip(step, threat, said))
    return reading, tuple(tips)


def _text(value: object, *, empty_ok: bool = False) -> str | None:
    if not isinstance(value, str) or len(value) > MAX_TEXT or (not value and not empty_ok):
        return None
    return value


def _texts(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(sorted({v for v in value[:MAX_ITEMS] if isinstance(v, str) and 0 < len(v) <= MAX_TEXT}))
