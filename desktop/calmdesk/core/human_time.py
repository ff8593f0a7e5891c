"""Promised times and days as a person writes them: rounded up, inside working hours, in words.

Pure: the moment is always a parameter. "by {{time+2h}}" at 16:30 reads "by 10:30 tomorrow", not
"by 18:30"; "by {{date+2d}}" on a Thursday reads "by Monday", not "by Saturday".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from calmdesk.core.local_zone import zoned
from calmdesk.core.messages import gettext  # not `_`: this module counts with `for _ in`

__all__ = [
    "WorkingTime",
    "clock_text",
    "day_words",
    "parse_clock",
    "parse_working_days",
    "parse_working_hours",
    "promised_day",
    "promised_time",
    "when_words",
]

# English on purpose, like the rest of the built-in text: strftime's %A and %B follow the process locale.
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Within the coming week a day name is unambiguous ("on Tuesday"); a week or more ahead, the date is.
_NAMED_DAYS_AHEAD = 6
_HOURS = re.compile(r"\s*([01]?\d|2[0-3]):([0-5]\d)\s*-\s*([01]?\d|2[0-3]):([0-5]\d)\s*")
_MAX_DAYS_SEARCHED = 14  # a working week has at least one working day; this only guards a bad config


@dataclass(frozen=True)
class WorkingTime:
    """When promises may fall: a rounding step for clock times, the working hours and the working days.

    The defaults (quarter hours, 9:00-17:00, Monday to Friday) suit most support teams; the settings
    change them.
    """

    step_minutes: int = 15
    day_start: time = time(9, 0)
    day_end: time = time(17, 0)
    days: frozenset[int] = field(default_factory=lambda: frozenset(range(5)))  # Monday is 0

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.days or not self.days


_TYPED_CLOCK = re.compile(r"\s*(\d{1,2})(?:\s*[:.h]?\s*(\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?\s*", re.IGNORECASE)


def parse_clock(text: str) -> time | None:
    """A clock time as people type it: "16:30", "1630", "16.30", "9", "930", "4:30 pm", "4pm"; else None."""
    found = _TYPED_CLOCK.fullmatch(text)  # "1630", "930": the separator is optional, minutes are two digits
    if not found:
        return None
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    if found.group(3):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if found.group(3).lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def parse_working_hours(text: str) -> tuple[time, time] | str:
    """ "09:00-17:00" as (start, end), or why it cannot be read."""
    found = _HOURS.fullmatch(text)
    if not found:
        return gettext('must look like "09:00-17:00"')
    start = time(int(found.group(1)), int(found.group(2)))
    end = time(int(found.group(3)), int(found.group(4)))
    if end <= start:
        return gettext("must end after it starts")
    return start, end


def parse_working_days(names: Sequence[str]) -> frozenset[int] | str:
    """["Mon", "Tue", ...] (or full names, any case) as weekday numbers, or why they cannot be read."""
    found: set[int] = set()
    for name in names:
        wanted = name.strip().casefold()
        match = [
            i for i, day in enumerate(_WEEKDAYS) if len(wanted) >= 3 and day.casefold().startswith(wanted)
        ]
        if not match:
            return gettext(
                'has "{name}", which is not a day; write Mon, Tue, Wed, Thu, Fri, Sat or Sun'
            ).format(name=name)
        found.add(match[0])
    if not found:
        return gettext("names no day at all")
    return frozenset(found)


def _next_working_start(moment: datetime, work: WorkingTime) -> datetime:
    """`moment` if it is inside working time, else the start of the next working time."""
    day = moment.date()
    for _ in range(_MAX_DAYS_SEARCHED):
        if work.is_working_day(day):
            start = datetime.combine(day, work.day_start, moment.tzinfo)
            end = datetime.combine(day, work.day_end, moment.tzinfo)
            if moment < start:
                return start
            if moment < end:
                return moment
        day += timedelta(days=1)
        moment = datetime.combine(day, time(0, 0), moment.tzinfo)
    return moment


def _round_up(moment: datetime, step_minutes: int) -> datetime:
    step = max(1, step_minutes)
    since_midnight = moment.hour * 60 + moment.minute + (1 if moment.second or moment.microsecond else 0)
    rounded = -(-since_midnight // step) * step
    base = datetime.combine(moment.date(), time(0, 0), moment.tzinfo)
    return base + timedelta(minutes=rounded)


def promised_time(now: datetime, minutes: int, work: WorkingTime) -> datetime:
    """`minutes` of working time after `now`, rounded up to the step; never in an evening or a day off."""
    moment = _next_working_start(now, work)
    left = timedelta(minutes=minutes)
    for _ in range(max(1, minutes // 60 + 2) * _MAX_DAYS_SEARCHED):
        end = datetime.combine(moment.date(), work.day_end, moment.tzinfo)
        if moment + left <= end:
            moment += left
            break
        left -= end - moment
        moment = _next_working_start(end + timedelta(minutes=1), work)
    rounded = _round_up(moment, work.step_minutes)
    if rounded > datetime.combine(rounded.date(), work.day_end, rounded.tzinfo):
        # Rounding pushed it past closing time: the next morning's first step is the honest promise.
        rounded = _round_up(_next_working_start(rounded, work), work.step_minutes)
    return rounded


def promised_day(today: date, days: int, work: WorkingTime) -> date:
    """`days` working days after `today` (a day off does not count)."""
    day = today
    counted = 0
    for _ in range(days * 3 + _MAX_DAYS_SEARCHED):
        if counted >= days:
            break
        day += timedelta(days=1)
        if work.is_working_day(day):
            counted += 1
    return day


def _working_day_from(day: date, work: WorkingTime) -> date:
    for _ in range(_MAX_DAYS_SEARCHED):
        if work.is_working_day(day):
            return day
        day += timedelta(days=1)
    return day


def _date_text(day: date, today: date) -> str:
    text = f"{day.day} {_MONTHS[day.month - 1]}"
    return text if day.year == today.year else f"{text} {day.year}"


def day_words(day: date, today: date) -> str:
    """ "today", "tomorrow", a weekday name within the coming week, else "9 December" (the year only
    when it is not this year's)."""
    ahead = (day - today).days
    if ahead == 0:
        return "today"
    if ahead == 1:
        return "tomorrow"
    if 1 < ahead <= _NAMED_DAYS_AHEAD:
        return _WEEKDAYS[day.weekday()]
    return _date_text(day, today)


def when_words(moment: datetime, now: datetime) -> str:
    """A moment as people read it, the one format for dates shown to people: "today 15:00",
    "tomorrow 09:30", "Friday 15:00", "9 December 15:00", "2 January 2027 10:00" (in `now`'s zone)."""
    now = zoned(now)  # today's fixed offset would show a summer date an hour off in winter
    local = moment.astimezone(now.tzinfo)
    return f"{day_words(local.date(), now.date())} {local:%H:%M}"


def _time_words(moment: datetime, now: datetime) -> str:
    clock = f"{moment:%H:%M}"
    if moment.date() == now.date():
        return clock
    words = day_words(moment.date(), now.date())
    return f"{clock} {words}" if words == "tomorrow" else f"{clock} on {words}"


def clock_text(name: str, offset: str | None, now: datetime, work: WorkingTime, lang: str = "en") -> str:
    """The text for a clock placeholder ("time", "date", "weekday" with an offset like "+2h"), in the
    phrase's language `lang` (see `core.human_time_words` for how other languages join a time)."""
    from calmdesk.core import human_time_words as words

    other = lang if words.has_words(lang) else None
    amount, unit = (int(offset[1:-1]), offset[-1]) if offset else (0, "")
    if name == "time":
        if not offset:
            return words.clock(other, now) if other else f"{now:%H:%M}"
        minutes = amount * 60 if unit == "h" else amount
        promised = promised_time(now, minutes, work)
        return words.time_words(other, promised, now) if other else _time_words(promised, now)
    today = now.date()
    if not offset:
        if other:
            return (
                words.weekday_name(other, today)
                if name == "weekday"
                else words.date_text(other, today, today)
            )
        return _WEEKDAYS[today.weekday()] if name == "weekday" else _date_text(today, today)
    if unit == "w":
        day = _working_day_from(today + timedelta(weeks=amount), work)
    else:
        day = promised_day(today, amount, work)
    if other:
        return words.on_weekday(other, day) if name == "weekday" else words.day_words(other, day, today)
    # A weekday placeholder is written after "on" ("on {{weekday+1d}}"), so it stays a day's name.
    return _WEEKDAYS[day.weekday()] if name == "weekday" else day_words(day, today)
