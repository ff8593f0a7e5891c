"""Rules that carry to messages nobody labelled (stop 16), each both ways: the case it must catch, and the
close case it must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from calmdesk.core.reading import load_knowledge, read_message
from calmdesk.core.reading.knowledge import READING_FOLDER


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # Something is wrong, and one context word names what it is about.
        ("The parcel ended up in Glasgow and I live in Cardiff!", "delivery"),
        ("Honestly, my money still isn't back.", "refund"),
        ("Still nothing from the courier.", "delivery"),
        # The same words in a question that opens the message, or in thanks: not a problem about them.
        ("Do you deliver to Guernsey?", "other"),
        ("@CalmShop do you deliver to Guernsey?", "other"),
        ("Thanks, the parcel came today and it's lovely.", "other"),
    ],
)
def test_one_context_word_names_the_subject_of_a_complaint_only(text: str, topic: str) -> None:
    assert read_message(text).topic == topic


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        # A request lead, then what is wanted a few words on.
        ("Caller would like the missing pieces sent separately.", "replacement"),
        ("Could I have some money off for the trouble?", "compensation"),
        ("I'd like the late fee waived.", "refund"),
        ("Wants the late fee reversed.", "refund"),
        ("Could someone get in touch with me tomorrow?", "callback"),
        ("I'd be grateful if someone could give me a ring on Monday.", "callback"),
    ],
)
def test_an_ask_in_the_customers_own_words_is_read(text: str, ask: str) -> None:
    assert ask in read_message(text).asks


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        ("Please note the refund reached my card yesterday, thanks.", "refund"),  # "please note" asks nothing
        ("The contract I cancelled in May is still billing me.", "cancel"),  # what happened, not an ask
        ("Could you explain why my order was cancelled?", "cancel"),
        ("I don't need a new one, just the lid.", "replacement"),  # a negated lead
        ("Can you update my address to 14 Park Road?", "update"),  # "update" the verb is no request for news
        (
            'Your agent said "we can send a replacement" and then nothing.',
            "replacement",
        ),  # someone else's words
    ],
)
def test_a_look_alike_of_an_ask_is_no_ask(text: str, ask: str) -> None:
    assert ask not in read_message(text).asks


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("If this isn't sorted I'll be going straight to my bank.", "chargeback"),
        ("I'll raise it with my card provider.", "chargeback"),
        ("Never again.", "leave"),
        ("Honestly, we're done. Close it all.", "leave"),
        ("I'm taking this further.", "legal"),
        ("Expect to hear from the Financial Conduct Authority.", "legal"),
        ("Everyone should know how you treat people.", "public"),
        ("Avoid this seller at all costs", "public"),
        ("I will post this on every forum I can find.", "public"),
    ],
)
def test_a_threat_in_other_words_is_read(text: str, threat: str) -> None:
    assert threat in read_message(text).threats


@pytest.mark.parametrize(
    "text",
    [
        "The refund went to my bank yesterday, thank you.",
        "My bank details have changed, please update them.",
        "I posted it back to you on Monday.",
        "Do you price match a competitor?",
        "I'm done. I want a full refund.",  # fed up, not leaving
        "I have never had a problem before.",
    ],
)
def test_a_look_alike_of_a_threat_is_no_threat(text: str) -> None:
    assert read_message(text).threats == ()


def test_text_speak_is_read_as_the_word_meant() -> None:
    reading = read_message("wher is my oder its been ages")
    assert reading.topic == "delivery"
    assert "update" in reading.asks
    assert read_message("i want my mony back").asks == ("refund",)


def test_a_word_that_is_no_known_spelling_is_left_as_typed() -> None:
    # "older" is one letter from "order", but a word of its own: no spelling and no slip rule makes it one.
    assert read_message("My older parcel is fine, thanks.").order_number is None
    assert read_message("cosy jumper, lovely").topic == "other"


def test_a_team_spelling_is_one_word_for_one_word(tmp_path: Path) -> None:
    folder = tmp_path / "pack" / READING_FOLDER
    folder.mkdir(parents=True)
    (folder / "team.toml").write_text('[spelling]\nno1 = "no one"\nbxo = "box"\n', encoding="utf-8")
    knowledge = load_knowledge([tmp_path / "pack"])
    assert [p.message for p in knowledge.problems] == ["[spelling] no1: give one word for one word"]
    assert knowledge.cues.correct("bxo") == "box"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("I ordered oat milk and you sent almond.", "wrong_item"),
        ("Ordered a red kettle, got a blue toaster.", "wrong_item"),
        ("I ordered a lamp and received it broken.", "damaged"),  # the order itself came, broken
        ("I ordered on the 3rd and got an email saying it is delayed.", "delivery"),  # news of it
        ("I ordered two weeks ago and haven't received anything.", "delivery"),
    ],
)
def test_ordered_one_thing_and_got_another_is_a_wrong_item(text: str, topic: str) -> None:
    assert read_message(text).topic == topic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("The sofa was supposed to arrive on Tuesday and nobody came.", "delivery"),
        ("Could you check where my order is? It was due yesterday.", "delivery"),  # a question about mine
        ("Honestly the worst customer service I have had in years.", "service"),
        ("Four days now with no hot water.", "technical"),
        ("ur delivery guy dropped my tv and now it won't even turn on", "damaged"),
        ("Do you sell sofas that arrive assembled?", "other"),  # a question, and nothing of mine
    ],
)
def test_a_subject_said_in_other_words_is_read(text: str, topic: str) -> None:
    assert read_message(text).topic == topic


def _with_model(bias: dict[str, float], words: dict[str, dict[str, float]]):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from calmdesk.core.reading import builtin_knowledge
    from calmdesk.core.reading.topic_model import TopicModel

    return replace(builtin_knowledge(), topic_model=TopicModel(bias, words), others={})


def test_the_word_model_names_a_topic_no_cue_names_and_shows_its_word() -> None:
    knowledge = _with_model({"other": 0.0, "delivery": -1.0}, {"postman": {"delivery": 3.0}})
    reading = read_message("The postman walked off with it.", knowledge)
    assert reading.topic == "delivery"
    assert [(e.field, e.text) for e in reading.evidence if e.field == "topic"] == [("topic", "postman")]


def test_a_cue_wins_over_the_word_model_and_an_unsure_model_says_nothing() -> None:
    knowledge = _with_model({"other": 0.0, "delivery": -1.0}, {"postman": {"delivery": 3.0}})
    assert read_message("The postman dropped it and it arrived broken.", knowledge).topic == "damaged"
    unsure = _with_model(
        {"other": 0.0, "delivery": 0.0, "refund": 0.0, "billing": 0.0}, {"milkman": {"delivery": 0.3}}
    )
    # A word no topic list has (a postman is a delivery word of resources/reading/topics.toml now).
    assert read_message("The milkman walked off with it.", unsure).topic == "other"  # below MIN_PROBABILITY


def test_a_broken_topic_model_table_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    folder = tmp_path / "pack" / READING_FOLDER
    folder.mkdir(parents=True)
    (folder / "team.toml").write_text('[topic_model]\nbias = "high"\n', encoding="utf-8")
    knowledge = load_knowledge([tmp_path / "pack"])
    assert [p.message for p in knowledge.problems] == [
        "[topic_model] needs bias = {...} and [topic_model.words]"
    ]
    assert knowledge.topic_model is not None  # the built-in one stays


def test_of_words_weighing_the_same_the_first_in_the_message_is_shown() -> None:
    # Which of two equal words was shown used to follow the order of a set of strings: it changed from run
    # to run (PYTHONHASHSEED). The first in the message is the one a reader sees first.
    weights = {"courier": {"delivery": 2.0}, "postman": {"delivery": 2.0}}
    knowledge = _with_model({"other": 0.0, "delivery": -1.0}, weights)
    for text, first in (("The postman, the courier.", "postman"), ("The courier, the postman.", "courier")):
        reading = read_message(text, knowledge)
        assert [(e.field, e.text) for e in reading.evidence if e.field == "topic"] == [("topic", first)]
