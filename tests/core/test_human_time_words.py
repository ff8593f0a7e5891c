"""Promised times written each language's way: "mañana antes de las 15:00", "morgen bis 15 Uhr"."""

from __future__ import annotations

from datetime import datetime

import pytest

from calmdesk.core.clock_fields import clock_fields
from calmdesk.core.human_time import WorkingTime, clock_text

THURSDAY_NOON = datetime(2026, 12, 3, 12, 40)
THURSDAY_LATE = datetime(2026, 12, 3, 16, 30)
FRIDAY_LATE = datetime(2026, 12, 4, 16, 30)
WORK = WorkingTime()


@pytest.mark.parametrize(
    ("lang", "today", "tomorrow", "monday"),
    [
        ("es", "antes de las 14:45", "mañana antes de las 10:30", "el lunes antes de las 10:30"),
        ("de", "bis 14:45 Uhr", "morgen bis 10:30 Uhr", "am Montag bis 10:30 Uhr"),
        ("fr", "avant 14 h 45", "demain avant 10 h 30", "lundi avant 10 h 30"),
        ("pt", "até às 14h45", "amanhã até às 10h30", "na segunda-feira até às 10h30"),
        ("en", "14:45", "10:30 tomorrow", "10:30 on Monday"),
    ],
)
def test_a_promised_time(lang: str, today: str, tomorrow: str, monday: str) -> None:
    assert clock_text("time", "+2h", THURSDAY_NOON, WORK, lang) == today
    assert clock_text("time", "+2h", THURSDAY_LATE, WORK, lang) == tomorrow
    assert clock_text("time", "+2h", FRIDAY_LATE, WORK, lang) == monday


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("es", "mañana antes de las 15:00"),
        ("de", "morgen bis 15 Uhr"),
        ("fr", "demain avant 15 h"),
        ("pt", "amanhã até às 15h"),
    ],
)
def test_the_issue_examples_on_the_hour(lang: str, expected: str) -> None:
    # 14:00 plus 2 h is 16:00, past a 9-16 day: the next working morning's 9:00 plus the rest, 15:00.
    work = WorkingTime(day_start=datetime(2026, 1, 1, 9).time(), day_end=datetime(2026, 1, 1, 16).time())
    assert clock_text("time", "+7h", datetime(2026, 12, 3, 15, 0), work, lang) == expected


@pytest.mark.parametrize(
    ("lang", "tomorrow", "week_ahead", "weekday"),
    [
        ("es", "mañana", "el 10 de diciembre", "el viernes"),
        ("de", "morgen", "am 10. Dezember", "am Freitag"),
        ("fr", "demain", "le 10 décembre", "vendredi"),
        ("pt", "amanhã", "em 10 de dezembro", "na sexta-feira"),
    ],
)
def test_promised_days(lang: str, tomorrow: str, week_ahead: str, weekday: str) -> None:
    assert clock_text("date", "+1d", THURSDAY_NOON, WORK, lang) == tomorrow
    assert clock_text("date", "+5d", THURSDAY_NOON, WORK, lang) == week_ahead
    assert clock_text("weekday", "+1d", THURSDAY_NOON, WORK, lang) == weekday


def test_one_oclock_is_singular() -> None:
    night = WorkingTime(day_start=datetime(2026, 1, 1, 0).time(), day_end=datetime(2026, 1, 1, 23).time())
    assert clock_text("time", "+1h", datetime(2026, 12, 3, 0, 30), night, "es") == "antes de la 1:30"
    assert clock_text("time", "+1h", datetime(2026, 12, 3, 0, 0), night, "pt") == "até à 1h"


def test_a_date_next_year_names_the_year() -> None:
    assert clock_text("date", "+5d", datetime(2026, 12, 30, 10), WORK, "es") == "el 6 de enero de 2027"
    assert clock_text("date", "+5d", datetime(2026, 12, 30, 10), WORK, "de") == "am 6. Januar 2027"


def test_the_fill_form_shows_the_phrase_language_time() -> None:
    _, values = clock_fields("Le escribo {{time+2h}}.", THURSDAY_LATE, WORK, "es")
    assert values == {"time+2h": "mañana antes de las 10:30"}


def test_every_content_language_has_valid_time_words() -> None:
    """A folder in resources/i18n is a content language: its promised times must be its own, not English."""
    from pathlib import Path

    from calmdesk.core import human_time_words

    i18n = Path(__file__).parents[2] / "resources" / "i18n"
    folders = sorted(p.name for p in i18n.iterdir() if p.is_dir())
    assert {"de", "es", "fr", "pt"} <= set(folders)
    assert [lang for lang in folders if human_time_words.words_of(lang) is None] == []
    assert not human_time_words.has_words("en")  # English is core.human_time's
    assert not human_time_words.has_words("../es")


ITALIAN = """
version = 1
today = "oggi"
tomorrow = "domani"
weekdays = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
months = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
  "ottobre", "novembre", "dicembre"]
on_day = "{day}"
on_date = "il {d} {month}{year}"
other_year = " {year}"
by_time = "{when} entro le {clock}"
clock = "{h}:{m:02d}"
clock_whole = "{h}:00"
[one_oclock]
"le 1" = "l'1"
"""


def test_a_language_is_added_by_its_file_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import tomllib

    from calmdesk.core import human_time_words

    italian = human_time_words.parse(tomllib.loads(ITALIAN))
    real = human_time_words.words_of
    monkeypatch.setattr(human_time_words, "words_of", lambda lang: italian if lang == "it" else real(lang))
    assert clock_text("time", "+2h", THURSDAY_LATE, WORK, "it") == "domani entro le 10:30"
    assert clock_text("time", "+2h", FRIDAY_LATE, WORK, "it") == "lunedì entro le 10:30"
    assert clock_text("date", "+5d", THURSDAY_NOON, WORK, "it") == "il 10 dicembre"
    night = WorkingTime(day_start=datetime(2026, 1, 1, 0).time(), day_end=datetime(2026, 1, 1, 23).time())
    assert clock_text("time", "+1h", datetime(2026, 12, 3, 0, 0), night, "it") == "entro l'1:00"


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"version": 2}, "version"),
        ({"by_time": 3}, "by_time"),
        ({"weekdays": ["lunes"]}, "weekdays"),
        ({"months": None}, "months"),
        ({"one_oclock": {"de las 1": 1}}, "one_oclock"),
    ],
)
def test_a_wrong_file_is_refused_by_name(change: dict[str, object], named: str) -> None:
    import tomllib

    from calmdesk.core import human_time_words

    doc = {**tomllib.loads(ITALIAN), **change}
    with pytest.raises(ValueError, match=named):
        human_time_words.parse(doc)
