"""When reminders fall: a check-in at the time the wait phrase promised, a follow-up inside working time.

Pure: the moment is always a parameter.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from calmdesk.core.complaint_time import parse_in, parse_when, promise_time
from calmdesk.core.human_time import WorkingTime, promised_day, promised_time

__all__ = ["check_in_time", "follow_up_time", "spoken_span"]

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
}
_NUMBER = r"(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
_UNIT = r"(second|sec|minute|min|hour|hr)s?\b"
# "a minute or two" (unit first), or "about 2 minutes", "2-3 min", "one or two more hours" (unit last).
_SPAN = re.compile(
    rf"\b(?:{_NUMBER}\s+{_UNIT}\s+(?:or|to)\s+{_NUMBER}\b"
    rf"|{_NUMBER}(?:\s*(?:or|to|-|\u2013)\s*{_NUMBER})?\s+(?:more\s+)?{_UNIT})",
    re.IGNORECASE,
)
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600}
MAX_SPOKEN_SPAN = timedelta(hours=8)  # a longer wait is a follow-up, not a check-in


def _amount(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def spoken_span(text: str) -> timedelta | None:
    """The first wait a text names ("about 2 minutes", "a minute or two": the longer end), else None."""
    for found in _SPAN.finditer(text):
        first, unit, second = found.group(1, 2, 3) if found.group(1) else found.group(4, 6, 5)
        amount = max(_amount(first), _amount(second)) if second else _amount(first)
        span = timedelta(seconds=amount * _UNIT_SECONDS[unit[0].lower()])
        if timedelta(0) < span <= MAX_SPOKEN_SPAN:
            return span
    return None


def check_in_time(text: str, now: datetime, default: timedelta) -> datetime:
    """When to check in after sending a wait phrase: at the time it promised (the span it names, or the
    clock time it names), else after `default`. A customer told "about 2 minutes" hears back in 2."""
    span = spoken_span(text)
    if span is not None:
        return now + span
    named = promise_time(text, now)
    if named is not None and named - now <= MAX_SPOKEN_SPAN:
        return named
    return now + default


def follow_up_time(text: str, now: datetime, work: WorkingTime) -> datetime:
    """A follow-up time as typed (parse_when's forms); a span counts working time, so "4h" typed on
    Friday at 16:00 falls on Monday morning, not on Friday evening or a Sunday.

    A day or time the agent names ("saturday 10:00") is taken as written: they chose it.
    Raises ValueError with a plain message, like parse_when.
    """
    span = parse_in(text)
    if span is None:
        return parse_when(text, now)
    if span < timedelta(days=1):
        return promised_time(now, int(span.total_seconds() // 60), work)
    if span.days % 7 == 0:  # "in a week": the same weekday, or the working day after it
        day = (now + span).date()
        while not work.is_working_day(day) and day < (now + span * 2).date():
            day += timedelta(days=1)
    else:
        day = promised_day(now.date(), span.days, work)
    at = now.replace(year=day.year, month=day.month, day=day.day)
    start = at.replace(hour=work.day_start.hour, minute=work.day_start.minute, second=0, microsecond=0)
    end = at.replace(hour=work.day_end.hour, minute=work.day_end.minute, second=0, microsecond=0)
    return min(max(at, start), end)
