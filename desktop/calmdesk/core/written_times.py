"""The times people write for a follow-up or a promise ("4h", "friday 15:00", "within 2 hours"), read."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from calmdesk.core.local_zone import zoned
from calmdesk.core.messages import gettext as _

# Read against the `now` given: wall-clock times in its zone with that zone's real rules (core.local_zone),
# spans as real elapsed time. Impossible ones ("25:00", "2026-02-30") are refused by name.

MAX_REMIND_DAYS = 366  # a follow-up further out than a year is a typo

_IN = re.compile(r"^\s*(?:in\s+)?(\d{1,4})\s*(m|min|mins|minutes?|h|hrs?|hours?|d|days?|w|weeks?)\s*$", re.I)
_UNIT_SECONDS = {"m": 60, "h": 3600, "d": 86400, "w": 604800}
# Anything shaped like a clock time or a date is read, then checked: "25:00" and "2026-02-30" are refused
# by name rather than quietly read as something else (a bare "10:00" today, a weekday's end of day).
_CLOCK_LIKE = re.compile(r"\b(\d{1,2})[:.](\d{2})\b")
_AMPM = re.compile(r"\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*([ap])\.?m\.?\b", re.I)
_DATE_LIKE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.I)
_WITHIN = re.compile(
    r"\b(?:within|in)\s+(?:the\s+next\s+)?(?:(\d{1,3}|an?|one|two|three)\s+)?(hour|day|minute)s?\b", re.I
)
_WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}
_END_OF_DAY = (17, 0)  # "by tomorrow" with no time: the end of a working day


def parse_in(text: str) -> timedelta | None:
    """ "4h", "2d", "30m", "in 2 days", "1w" -> the span; None when it is not a span."""
    match = _IN.match(text)
    if not match:
        return None
    amount = int(match.group(1))
    span = timedelta(seconds=amount * _UNIT_SECONDS[match.group(2)[0].lower()])
    return span if timedelta(0) < span <= timedelta(days=MAX_REMIND_DAYS) else None


def parse_when(text: str, now: datetime) -> datetime:
    """A follow-up time as typed: a span ("2d", "4h"), "YYYY-MM-DD HH:MM", "YYYY-MM-DD", "HH:MM" (the next
    one), or a weekday with an optional time ("friday 15:00"). Raises ValueError with a plain message, also
    for a date or clock time that does not exist ("2026-02-30", "25:00")."""
    now = zoned(now)
    span = parse_in(text)
    if span is not None:
        return _after(now, span)
    when = _named_time(text, now)
    if when is None:
        # The examples are what this reader understands (English weekdays), so translations keep them.
        words = _(
            "cannot read {text} as a time: write it like 4h, 2d, 15:00, friday 15:00 or 2026-12-24 09:00"
        )
        raise ValueError(words.format(text=repr(text.strip())))
    if when.astimezone(UTC) <= now.astimezone(UTC):
        raise ValueError(_("{text} is already past").format(text=repr(text.strip())))
    if when.astimezone(UTC) - now.astimezone(UTC) > timedelta(days=MAX_REMIND_DAYS):
        raise ValueError(_("{text} is more than a year away").format(text=repr(text.strip())))
    return when


def promise_time(text: str, now: datetime, end_of_day: tuple[int, int] = _END_OF_DAY) -> datetime | None:
    """The moment a commitment names ("by Friday 15:00", "tomorrow by 3 pm", "within 2 hours"), if any.

    Only a time in the future counts; a phrase that names none gives None, so nothing is offered. A day
    without a time ("by Tuesday") means the end of that working day: `end_of_day`, the agent's own.
    """
    now = zoned(now)
    within = _WITHIN.search(text)
    if within:
        raw = (within.group(1) or "1").lower()  # "within the next hour": one
        amount = _WORD_NUMBERS.get(raw) or int(raw)
        unit = {"hour": 3600, "day": 86400, "minute": 60}[within.group(2).lower()]
        return _after(now, timedelta(seconds=amount * unit))
    try:
        when = _named_time(text, now, end_of_day)
    except ValueError:  # "version 3.99", a date that does not exist: no time is promised
        return None
    return when if when is not None and when.astimezone(UTC) > now.astimezone(UTC) else None


def _after(now: datetime, span: timedelta) -> datetime:
    """`span` of real time after `now` (a zone's wall-clock arithmetic is an hour off across a change)."""
    tz = now.tzinfo
    return (now.astimezone(UTC) + span).astimezone(tz)


def _named_time(text: str, now: datetime, end_of_day: tuple[int, int] = _END_OF_DAY) -> datetime | None:
    """A calendar day and/or clock time named in `text`, resolved against `now`; None if none is named.

    Wall-clock times are built in `now`'s zone and normalised through UTC, so the offset is the one in
    force on that day (and a time skipped by a change moves past it). ValueError for impossible ones.
    """
    clock = _clock_in(text)
    day = _day_in(text, now)
    if day is None and clock is None:
        return None
    hour, minute = clock if clock is not None else end_of_day
    if day is None:  # a bare time: today if still ahead, else tomorrow
        when = _wall(now, hour, minute)
        return (
            when
            if when.astimezone(UTC) > now.astimezone(UTC)
            else _wall(now + timedelta(days=1), hour, minute)
        )
    return _wall(day, hour, minute)


def _wall(day: datetime, hour: int, minute: int) -> datetime:
    tz = day.tzinfo
    naive = day.replace(tzinfo=None, hour=hour, minute=minute, second=0, microsecond=0)
    return naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)


def _clock_in(text: str) -> tuple[int, int] | None:
    ampm = _AMPM.search(text)
    if ampm:
        hour = int(ampm.group(1)) % 12 + (12 if ampm.group(3).lower() == "p" else 0)
        return hour, int(ampm.group(2) or 0)
    clock = _CLOCK_LIKE.search(_DATE_LIKE.sub(" ", text))
    if not clock:
        return None
    hour, minute = int(clock.group(1)), int(clock.group(2))
    if hour > 23 or minute > 59:
        words = _("{clock} is not a time of day: hours go from 00 to 23, minutes to 59")
        raise ValueError(words.format(clock=clock.group(0)))
    return hour, minute


def _day_in(text: str, now: datetime) -> datetime | None:
    date = _DATE_LIKE.search(text)
    if date:
        try:
            return now.replace(year=int(date.group(1)), month=int(date.group(2)), day=int(date.group(3)))
        except ValueError:
            raise ValueError(_("{date} is not a date").format(date=date.group(0))) from None
    lowered = text.lower()
    if re.search(r"\btoday\b|\btonight\b|\bend of (the )?day\b", lowered):
        return now
    if re.search(r"\btomorrow\b", lowered):
        return now + timedelta(days=1)  # a day on the wall calendar: _wall() then finds its offset
    weekday = _WEEKDAY.search(text)
    if weekday:
        ahead = (_WEEKDAYS.index(weekday.group(1).lower()) - now.weekday()) % 7 or 7
        return now + timedelta(days=ahead)
    return None
