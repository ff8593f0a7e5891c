"""Promised days and times written the way each language writes them ("mañana antes de las 15:00",
"morgen bis 15 Uhr", "demain avant 15 h", "amanhã até às 15h"). English stays in `core.human_time`.

A clock placeholder of another language carries its own preposition: a Spanish phrase says "Le llamo
{{time+2h}}." and reads "Le llamo hoy antes de las 15:00.", so no phrase has to guess how a time is joined.
Names are written out here, never taken from strftime (which follows the process locale).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class _Words:
    today: str
    tomorrow: str
    weekdays: tuple[str, ...]  # Monday first, as a day is named alone ("lunes")
    months: str  # January first, separated by spaces
    on_day: str  # "{day}" named after a verb: "el lunes", "am Montag", "lundi", "na segunda-feira"
    on_date: str  # "{d}" day of month, "{month}", "{year}"
    by_time: str  # "{when}" today / tomorrow / on a day, "{clock}"
    clock: str  # "{h}", "{m}"
    clock_whole: str  # the clock on the hour


_ES = _Words(
    "hoy",
    "mañana",
    ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "el {day}",
    "el {d} de {month}{year}",
    "{when} antes de las {clock}",
    "{h}:{m:02d}",
    "{h}:00",
)
_DE = _Words(
    "heute",
    "morgen",
    ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "am {day}",
    "am {d}. {month}{year}",
    "{when} bis {clock}",
    "{h}:{m:02d} Uhr",
    "{h} Uhr",
)
_FR = _Words(
    "aujourd'hui",
    "demain",
    ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "{day}",
    "le {d} {month}{year}",
    "{when} avant {clock}",
    "{h} h {m:02d}",
    "{h} h",
)
_PT = _Words(
    "hoje",
    "amanhã",
    ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "{day}",  # "na segunda-feira" / "no sábado": see on_weekday
    "em {d} de {month}{year}",
    "{when} até {clock}",
    "às {h}h{m:02d}",
    "às {h}h",
)
WORDS: dict[str, _Words] = {"es": _ES, "de": _DE, "fr": _FR, "pt": _PT}
# Within the coming week a day's name is clear; further ahead the date is (as in English).
NAMED_DAYS_AHEAD = 6


def has_words(lang: str) -> bool:
    return lang in WORDS


def weekday_name(lang: str, day: date) -> str:
    """The day's bare name: "lunes", "Montag", "lundi", "segunda-feira"."""
    return WORDS[lang].weekdays[day.weekday()]


def on_weekday(lang: str, day: date) -> str:
    """The day named after a verb: "el lunes", "am Montag", "lundi", "na segunda-feira"."""
    name = weekday_name(lang, day)
    if lang == "pt":
        return f"no {name}" if day.weekday() >= 5 else f"na {name}"
    return WORDS[lang].on_day.format(day=name)


def date_text(lang: str, day: date, today: date) -> str:
    """ "el 9 de diciembre", "am 9. Dezember", "le 9 décembre", "em 9 de dezembro" (the year when not this
    year's)."""
    words = WORDS[lang]
    year = "" if day.year == today.year else (f" de {day.year}" if lang in ("es", "pt") else f" {day.year}")
    return words.on_date.format(d=day.day, month=words.months.split()[day.month - 1], year=year)


def day_words(lang: str, day: date, today: date) -> str:
    """Today, tomorrow, the day's name within the coming week, else the date; ready to follow a verb."""
    ahead = (day - today).days
    if ahead == 0:
        return WORDS[lang].today
    if ahead == 1:
        return WORDS[lang].tomorrow
    if 1 < ahead <= NAMED_DAYS_AHEAD:
        return on_weekday(lang, day)
    return date_text(lang, day, today)


def clock(lang: str, moment: datetime) -> str:
    """The clock alone: "15:00", "15 Uhr", "15 h", "15h" (no "às")."""
    words = WORDS[lang]
    pattern = words.clock_whole if moment.minute == 0 else words.clock
    text = pattern.format(h=moment.hour, m=moment.minute)
    return text.removeprefix("às ")


def time_words(lang: str, moment: datetime, now: datetime) -> str:
    """A promised time with its day and preposition: "antes de las 15:00", "morgen bis 15 Uhr",
    "lundi avant 10 h 30", "amanhã até às 15h"."""
    words = WORDS[lang]
    pattern = words.clock_whole if moment.minute == 0 else words.clock
    clock_text = pattern.format(h=moment.hour, m=moment.minute)
    # Today goes without saying, as in English ("by 14:45"): "antes de las 14:45", "bis 14:45 Uhr".
    when = "" if moment.date() == now.date() else day_words(lang, moment.date(), now.date())
    text = words.by_time.format(when=when, clock=clock_text).strip()
    if moment.hour == 1:  # one o'clock is singular: "antes de la 1:30", "até à 1h"
        text = text.replace("de las 1", "de la 1").replace("até às 1", "até à 1")
    return text
