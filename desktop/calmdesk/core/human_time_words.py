"""Promised days and times written each language's way, read from resources/i18n/<lang>/time_words.toml."""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from importlib.resources import files
from typing import Any

from calmdesk.core.messages import gettext as _
from calmdesk.core.model import LANGUAGE_CODE

# "mañana antes de las 15:00", "morgen bis 15 Uhr", "demain avant 15 h", "amanhã até às 15h": one data file
# per language and this one reader, so a team adds a language by adding a file (English stays in
# core.human_time).
# A clock placeholder of another language carries its own preposition: a Spanish phrase says "Le llamo
# {{time+2h}}." and reads "Le llamo hoy antes de las 15:00.", so no phrase has to guess how a time is joined.
# Names come from the file, never from strftime (which follows the process locale).
log = logging.getLogger(__name__)

RESOURCE = "time_words.toml"
FORMAT_VERSION = 1
# Within the coming week a day's name is clear; further ahead the date is (as in English).
NAMED_DAYS_AHEAD = 6
_PATTERNS = ("today", "tomorrow", "on_day", "on_date", "other_year", "by_time", "clock", "clock_whole")


@dataclass(frozen=True, slots=True)
class TimeWords:
    """One language's words and patterns; each field is described in resources/i18n/README.md."""

    today: str
    tomorrow: str
    weekdays: tuple[str, ...]  # Monday first, as a day is named alone ("lunes")
    months: tuple[str, ...]  # January first
    on_day: str  # "{day}" named after a verb: "el lunes", "am Montag", "lundi", "na segunda-feira"
    on_date: str  # "{d}" day of month, "{month}", "{year}" (other_year, or nothing this year)
    other_year: str  # "{year}" as added to a date of another year: " de 2027", " 2027"
    by_time: str  # "{when}" today (nothing) / tomorrow / on a day, "{clock}"
    clock: str  # "{h}", "{m}"
    clock_whole: str  # the clock on the hour
    on_weekday: Mapping[str, str]  # a day that does not take on_day: "sábado" -> "no sábado"
    one_oclock: Mapping[str, str]  # what changes when the hour is 1: "de las 1" -> "de la 1"


@lru_cache(maxsize=8)
def words_of(lang: str) -> TimeWords | None:
    """The language's time words, read once per process; None where it has no (valid) file."""
    if not LANGUAGE_CODE.fullmatch(lang):
        return None
    path = files("calmdesk.resources") / "i18n" / lang / RESOURCE
    if not path.is_file():
        return None
    try:
        return parse(tomllib.loads(path.read_text(encoding="utf-8")))
    except (ValueError, TypeError, KeyError) as exc:  # a test keeps the shipped files valid
        log.warning(
            _("resources/i18n/%(lang)s/%(name)s not used: %(reason)s"),
            {"lang": lang, "name": RESOURCE, "reason": exc},
        )
        return None


def parse(doc: Mapping[str, Any]) -> TimeWords:
    """The words of one parsed file; ValueError names what is wrong."""
    if doc.get("version", FORMAT_VERSION) != FORMAT_VERSION:
        raise ValueError(f"version must be {FORMAT_VERSION}")
    text: dict[str, str] = {}
    for name in _PATTERNS:
        value = doc.get(name)
        if not isinstance(value, str):
            raise ValueError(f"{name} must be text")
        text[name] = value
    return TimeWords(
        text["today"],
        text["tomorrow"],
        _names(doc, "weekdays", 7),
        _names(doc, "months", 12),
        text["on_day"],
        text["on_date"],
        text["other_year"],
        text["by_time"],
        text["clock"],
        text["clock_whole"],
        _table(doc, "on_weekday"),
        _table(doc, "one_oclock"),
    )


def _names(doc: Mapping[str, Any], key: str, count: int) -> tuple[str, ...]:
    value = doc.get(key)
    if not isinstance(value, list) or len(value) != count or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"{key} must list {count} names")
    return tuple(value)


def _table(doc: Mapping[str, Any], key: str) -> dict[str, str]:
    value = doc.get(key, {})
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ValueError(f"[{key}] must be a table of text = text")
    return value


def has_words(lang: str) -> bool:
    return words_of(lang) is not None


def _words(lang: str) -> TimeWords:
    found = words_of(lang)
    if found is None:
        raise KeyError(f"no time words for {lang!r}")
    return found


def weekday_name(lang: str, day: date) -> str:
    """The day's bare name: "lunes", "Montag", "lundi", "segunda-feira"."""
    return _words(lang).weekdays[day.weekday()]


def on_weekday(lang: str, day: date) -> str:
    """The day named after a verb: "el lunes", "am Montag", "lundi", "na segunda-feira", "no sábado"."""
    words = _words(lang)
    name = words.weekdays[day.weekday()]
    return words.on_weekday.get(name) or words.on_day.format(day=name)


def date_text(lang: str, day: date, today: date) -> str:
    """ "el 9 de diciembre", "am 9. Dezember", "le 9 décembre", "em 9 de dezembro" (the year when not this
    year's)."""
    words = _words(lang)
    year = "" if day.year == today.year else words.other_year.format(year=day.year)
    return words.on_date.format(d=day.day, month=words.months[day.month - 1], year=year)


def day_words(lang: str, day: date, today: date) -> str:
    """Today, tomorrow, the day's name within the coming week, else the date; ready to follow a verb."""
    ahead = (day - today).days
    if ahead == 0:
        return _words(lang).today
    if ahead == 1:
        return _words(lang).tomorrow
    if 1 < ahead <= NAMED_DAYS_AHEAD:
        return on_weekday(lang, day)
    return date_text(lang, day, today)


def clock(lang: str, moment: datetime) -> str:
    """The clock alone: "15:00", "15 Uhr", "15 h", "15h"."""
    words = _words(lang)
    pattern = words.clock_whole if moment.minute == 0 else words.clock
    return pattern.format(h=moment.hour, m=moment.minute)


def time_words(lang: str, moment: datetime, now: datetime) -> str:
    """A promised time with its day and preposition: "antes de las 15:00", "morgen bis 15 Uhr",
    "lundi avant 10 h 30", "amanhã até às 15h"."""
    words = _words(lang)
    # Today goes without saying, as in English ("by 14:45"): "antes de las 14:45", "bis 14:45 Uhr".
    when = "" if moment.date() == now.date() else day_words(lang, moment.date(), now.date())
    text = words.by_time.format(when=when, clock=clock(lang, moment)).strip()
    if moment.hour == 1:  # one o'clock is singular: "antes de la 1:30", "até à 1h"
        for plural, singular in words.one_oclock.items():
            text = text.replace(plural, singular)
    return text
