"""The reader's findings in the interface's language: the panel's threat headings and the reading line."""

from __future__ import annotations

import pytest

from calmdesk.core.model import ChecklistStep
from calmdesk.core.reading.knowledge import ASKS, THREATS, TOPICS
from calmdesk.core.reading.model import Reading, StepTip
from calmdesk.ui.common import reading_words, translation
from calmdesk.ui.complaint.step_detail import StepDetail

LANGUAGES = ("de", "es", "fr", "pt")
# Spelt as in English in that language (a loan word); any other unchanged name is untranslated.
_SAME = {("fr", "service")}

_FULL = Reading(
    topic="wrong_item",
    anger=3,
    asks=("delete_data", "refund"),
    threats=("legal", "public"),
    repeat_contact=True,
    order_number="A-10492",
    customer_name="Maria",
    deadline="by Friday",
)


@pytest.fixture
def language(qapp):  # type: ignore[no-untyped-def]
    """Installs a language for one test; English again afterwards, whatever happens."""

    def use(lang: str) -> None:
        assert translation.install(qapp, lang), f"no catalogue for {lang}: run scripts/build-translations"

    yield use
    translation.install(qapp, "en")


@pytest.mark.parametrize(
    "reading",
    [
        _FULL,
        Reading(),
        Reading(anger=1, topic="billing", deadline=""),
        Reading(threats=("leave", "chargeback")),
    ],
)
def test_in_english_the_line_is_the_command_lines(qapp, reading: Reading) -> None:  # type: ignore[no-untyped-def]
    assert reading_words.reading_summary(reading) == reading.summary()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_finding_has_a_name_in_each_language(language, lang: str) -> None:  # type: ignore[no-untyped-def]
    english = {
        "anger": [reading_words.anger_name(n) for n in range(4)],
        "topic": [reading_words.topic_name(t) for t in TOPICS],
        "ask": [reading_words.ask_name(a) for a in ASKS],
        "threat": [reading_words.threat_name(t) for t in THREATS],
    }
    language(lang)
    shown = {
        "anger": [reading_words.anger_name(n) for n in range(4)],
        "topic": [reading_words.topic_name(t) for t in TOPICS],
        "ask": [reading_words.ask_name(a) for a in ASKS],
        "threat": [reading_words.threat_name(t) for t in THREATS],
    }
    untranslated = [
        (kind, word)
        for kind, words in shown.items()
        for word, source in zip(words, english[kind], strict=True)
        if word == source and (lang, word) not in _SAME
    ]
    assert untranslated == []


def test_a_threat_heading_in_german_names_the_threat_in_german(language) -> None:  # type: ignore[no-untyped-def]
    """Failed before: "Die Nachricht droht mit: legal action" (English words in a translated heading)."""
    language("de")
    detail = StepDetail()
    step = ChecklistStep(
        key="take_ownership",
        title="Verantwortung übernehmen",
        goal="Ziel",
        do=("Tun",),
        dont=(),
        categories=(),
    )
    tips = (
        StepTip("take_ownership", "legal", "Ruhig bleiben."),
        StepTip("take_ownership", "leave", "Anbieten."),
    )
    detail.show_step(step, tips)
    text = detail.toPlainText()
    assert "Die Nachricht droht mit: rechtliche Schritte:" in text
    assert "Die Nachricht droht mit: Kündigung:" in text
    assert "legal action" not in text
    assert "leaving" not in text


def test_the_reading_line_in_german(language) -> None:  # type: ignore[no-untyped-def]
    language("de")
    line = reading_words.reading_summary(_FULL)
    assert line == (
        "Außer sich · falscher Artikel · will: Daten löschen, Erstattung"
        " · droht: rechtliche Schritte, Bewertung · schreibt erneut · Frist: by Friday"
        " · Bestellung A-10492 · Maria"
    )


def test_a_teams_own_threat_key_shows_as_it_is(qapp) -> None:  # type: ignore[no-untyped-def]
    assert reading_words.threat_name("union_rep") == "union rep"
    assert reading_words.anger_name(7) == "Furious"  # never an IndexError from a stored row out of range


def test_a_complaints_topic_read_from_a_message_is_named_in_the_language(language) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from calmdesk.core.complaint import Complaint
    from calmdesk.ui.common.phrase_flow import complaint_summary

    language("de")
    read = Complaint(id=1, started=datetime.now(UTC), customer="Maria Lopez", topic="wrong item")
    typed = Complaint(id=2, started=datetime.now(UTC), customer="Ben", channel="chat", topic="Rechnung März")
    assert complaint_summary(read, reading_words.topic_name) == "Maria Lopez · falscher Artikel"
    typed_line = complaint_summary(typed, reading_words.topic_name)
    assert typed_line == "Ben · chat · Rechnung März"  # what the agent typed stays as typed
