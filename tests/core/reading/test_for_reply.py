"""What a reading gives a reply and a new complaint: the complaint's anger, blanks, phrases first."""

from __future__ import annotations

import pytest

from calmdesk.core.library import load_library
from calmdesk.core.reading import Reading, builtin_knowledge, read_message
from calmdesk.core.reading.for_reply import (
    MessageOutcome,
    Offered,
    answers_first,
    blank_values,
    complaint_anger,
    complaint_fields,
    offered_ids,
    read_offered,
    threat_tips,
    with_reading,
)

ANGRY = (
    "This is the third time I write. The TV from order #88123 arrived with a cracked screen. I want a "
    "replacement by Friday or I will leave a review everywhere.\n\nRegards,\nMaria Lopez"
)


@pytest.mark.parametrize(("reader", "complaint"), [(0, 2), (1, 3), (2, 4), (3, 5)])
def test_reader_anger_maps_onto_the_complaints_scale(reader: int, complaint: int) -> None:
    assert complaint_anger(reader) == complaint


def test_anger_outside_the_readers_scale_is_clamped() -> None:
    assert complaint_anger(-1) == 2
    assert complaint_anger(7) == 5


def test_blanks_take_the_order_as_written_and_the_name_a_reply_uses() -> None:
    reading = read_message(ANGRY)
    assert blank_values(reading) == {"order_number": "#88123", "customer_name": "Maria"}
    assert blank_values(Reading()) == {}


def test_the_current_complaint_and_settings_win_over_the_message() -> None:
    reading = Reading(order_number="A-1", customer_name="Tom Hart")
    base = {"customer_name": "Dana", "agent_name": "Sam", "order_number": " "}
    expected = {"customer_name": "Dana", "agent_name": "Sam", "order_number": "A-1"}
    assert with_reading(base, reading) == expected
    assert with_reading({"agent_name": "Sam"}, reading) == {
        "agent_name": "Sam",
        "order_number": "A-1",
        "customer_name": "Tom",
    }
    assert with_reading(base, None) == base


def test_a_complaint_from_the_message_takes_name_order_topic_and_anger() -> None:
    fields = complaint_fields(read_message(ANGRY))
    assert fields == {
        "customer": "Maria Lopez",
        "ticket": "#88123",
        "topic": "damaged",
        "anger": 5,
        "lang": "en",
    }
    assert complaint_fields(Reading(topic="wrong_item", anger=1))["topic"] == "wrong item"
    assert complaint_fields(Reading()) == {"customer": "", "ticket": "", "topic": "", "anger": 2, "lang": ""}


def test_the_phrases_answering_the_reading_are_offered_from_the_loaded_library() -> None:
    known = _english_ids()
    offered = offered_ids(read_message(ANGRY), known, builtin_knowledge())
    assert offered
    assert set(offered) <= known
    assert "empathy.every-right-to-be-upset" in offered  # furious: the apology that fits the anger
    assert offered_ids(read_message(ANGRY), set(), builtin_knowledge()) == []
    assert offered_ids(Reading(), known, builtin_knowledge()) == []  # nothing read: the usual order


def test_answers_come_first_in_the_order_offered_the_rest_as_given() -> None:
    items = ["a", "b", "c", "d", "e"]
    assert answers_first(items, ["d", "x", "b"], str) == ["d", "b", "a", "c", "e"]
    assert answers_first(items, [], str) == items


def _english_ids() -> set[str]:
    return {phrase.id for phrase in load_library(language="en").phrases}


def test_a_message_from_another_customer_fills_no_blank_of_the_current_complaint() -> None:
    reading = Reading(order_number="A-1", customer_name="Tom Hart")
    assert with_reading({"agent_name": "Sam"}, reading, "Dana Reyes") == {"agent_name": "Sam"}
    same = with_reading({"agent_name": "Sam", "customer_name": "Tom"}, reading, "Tom Hart")
    assert same == {"agent_name": "Sam", "customer_name": "Tom", "order_number": "A-1"}
    unsigned = with_reading({"agent_name": "Sam"}, Reading(order_number="A-1"), "Dana Reyes")
    assert unsigned == {"agent_name": "Sam", "order_number": "A-1"}


def test_the_first_offered_text_that_reads_as_something_wins() -> None:
    known = _english_ids()
    outcome = read_offered([Offered("ok"), Offered(ANGRY, ("text/plain",))], known, builtin_knowledge())
    assert outcome.reading is not None
    assert outcome.reading.order_number == "#88123"
    assert outcome.offered
    assert not outcome.refused
    assert read_offered([], known, builtin_knowledge()) == MessageOutcome()


def test_a_secret_is_refused_and_never_read_but_the_other_text_still_is() -> None:
    known = _english_ids()
    secret = Offered(ANGRY, ("text/plain", "x-kde-passwordManagerHint"))
    assert read_offered([secret], known, builtin_knowledge()) == MessageOutcome(refused=True)
    card = Offered("Charge 4111 1111 1111 1111 again and I sue")
    assert read_offered([card], known, builtin_knowledge()) == MessageOutcome(refused=True)
    both = read_offered([Offered("Tr0ub4dor&3x"), Offered(ANGRY)], known, builtin_knowledge())
    assert both.reading is not None
    assert both.reading.customer_name == "Maria Lopez"


def test_each_threat_raises_its_tips_at_its_step() -> None:
    knowledge = builtin_knowledge()
    legal = threat_tips(Reading(threats=("legal",)), knowledge)
    assert legal
    assert {tip.step for tip in legal} == {"take_ownership"}
    assert all(tip.threat == "legal" and tip.text for tip in legal)
    both = threat_tips(Reading(threats=("chargeback", "public")), knowledge)
    assert {tip.threat for tip in both} == {"chargeback", "public"}
    assert {tip.step for tip in both} == {"offer_solution", "take_ownership"}
    assert threat_tips(Reading(asks=("refund",)), knowledge) == ()


def test_a_message_read_carries_the_tips_of_its_threats() -> None:
    outcome = read_offered([Offered(ANGRY)], _english_ids(), builtin_knowledge())
    assert outcome.tips
    assert {tip.threat for tip in outcome.tips} == {"public"}
