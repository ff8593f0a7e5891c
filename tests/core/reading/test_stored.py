"""A complaint's reading as the store keeps it: what goes in comes out, and nothing hostile gets through."""

from __future__ import annotations

import json

import pytest

from calmdesk.core.reading import read_message
from calmdesk.core.reading.model import Reading, StepTip
from calmdesk.core.reading.stored import MAX_TEXT, from_json, to_json


def test_a_reading_and_its_tips_come_back_as_they_went_in_without_the_evidence() -> None:
    reading = read_message(
        "Third time I write! Order #88123 came cracked. I want a replacement by Friday or my lawyer will "
        "hear about it.\n\nMaria Lopez\nmaria@example.com"
    )
    assert reading.evidence
    tips = (StepTip("take_ownership", "legal", "Pass legal threats on the same day."),)
    stored = to_json(reading, tips)
    assert "cracked" not in stored  # the customer's words stay out: the evidence is not kept
    back = from_json(stored)
    assert back is not None
    assert back == (Reading(**{**_fields(reading), "evidence": ()}), tips)
    assert back[0].summary() == reading.summary()


def _fields(reading: Reading) -> dict[str, object]:
    return {name: getattr(reading, name) for name in Reading.__dataclass_fields__}


def test_a_deadline_known_only_as_a_need_keeps_its_empty_time() -> None:
    back = from_json(to_json(Reading(topic="refund", deadline="")))
    assert back is not None
    assert back[0].deadline == ""
    assert back[0].has_deadline


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[1, 2]",
        '{"version": 2, "reading": {}}',  # a shape this code does not know
        '{"version": 1, "reading": "Furious"}',
        "[" * 100_000,  # deeper than the parser goes
    ],
)
def test_what_is_not_a_reading_reads_as_none(text: str) -> None:
    assert from_json(text) is None


def test_wrong_types_and_sizes_are_dropped_field_by_field() -> None:
    hostile = {
        "version": 1,
        "reading": {
            "topic": 7,
            "anger": 99,
            "asks": ["refund", 3, "x" * (MAX_TEXT + 1), "refund"],
            "threats": "legal",
            "repeat_contact": "yes",
            "order_number": "A-1",
            "customer_name": "",
            "email": None,
            "deadline": ["Friday"],
        },
        "tips": [{"step": "listen", "threat": "legal", "text": "ok"}, {"step": "listen"}, "tip", 4],
    }
    back = from_json(json.dumps(hostile))
    assert back == (
        Reading(topic="other", anger=3, asks=("refund",), order_number="A-1"),
        (StepTip("listen", "legal", "ok"),),
    )
    negative = from_json(json.dumps({"version": 1, "reading": {"anger": -4, "repeat_contact": True}}))
    assert negative is not None
    assert (negative[0].anger, negative[0].repeat_contact) == (0, True)
    boolean = from_json(json.dumps({"version": 1, "reading": {"anger": True}}))
    assert boolean is not None
    assert boolean[0].anger == 0
