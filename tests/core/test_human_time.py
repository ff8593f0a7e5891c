"""Promised times and days read like a person wrote them: rounded, inside working hours, in words."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from calmdesk.core.human_time import (
    WorkingTime,
    clock_text,
    day_words,
    parse_working_days,
    parse_working_hours,
    promised_day,
    promised_time,
)

WEDNESDAY = datetime(2026, 12, 2, 13, 4)  # a Wednesday
WORK = WorkingTime()


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute)


@pytest.mark.parametrize(
    ("now", "minutes", "step", "expected"),
    [
        (at(2, 13, 4), 120, 15, at(2, 15, 15)),  # 15:04 rounds up to the next quarter
        (at(2, 12, 19), 120, 15, at(2, 14, 30)),
        (at(2, 12, 19), 120, 30, at(2, 14, 30)),
        (at(2, 12, 31), 120, 30, at(2, 15, 0)),
        (at(2, 13, 0), 120, 15, at(2, 15, 0)),  # already on the step: kept
        (at(2, 11, 27), 60, 60, at(2, 13, 0)),
        (at(2, 16, 30), 120, 15, at(3, 10, 30)),  # the evening part rolls to the next morning
        (at(2, 7, 10), 60, 15, at(2, 10, 0)),  # before opening: counted from 9:00
        (at(4, 16, 0), 120, 15, at(7, 10, 0)),  # Friday afternoon: Monday morning
        (at(5, 11, 0), 60, 15, at(7, 10, 0)),  # Saturday: Monday
        (at(2, 16, 50), 10, 15, at(2, 17, 0)),  # just inside closing time is fine
    ],
)
def test_promised_time_rounds_up_and_stays_in_working_hours(now, minutes, step, expected) -> None:
    assert promised_time(now, minutes, WorkingTime(step_minutes=step)) == expected


@pytest.mark.parametrize(
    ("today", "days", "expected"),
    [
        (date(2026, 12, 2), 1, date(2026, 12, 3)),  # Wednesday + 1: Thursday
        (date(2026, 12, 2), 2, date(2026, 12, 4)),  # Wednesday + 2: Friday
        (date(2026, 12, 3), 2, date(2026, 12, 7)),  # Thursday + 2 working days: Monday, not Saturday
        (date(2026, 12, 4), 1, date(2026, 12, 7)),  # Friday + 1: Monday
        (date(2026, 12, 5), 1, date(2026, 12, 7)),  # Saturday + 1: Monday
        (date(2026, 12, 2), 5, date(2026, 12, 9)),
    ],
)
def test_promised_day_counts_working_days(today, days, expected) -> None:
    assert promised_day(today, days, WORK) == expected


def test_working_days_are_configurable() -> None:
    six_days = WorkingTime(days=frozenset(range(6)))  # Monday to Saturday
    assert promised_day(date(2026, 12, 3), 2, six_days) == date(2026, 12, 5)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 12, 2), "today"),
        (date(2026, 12, 3), "tomorrow"),
        (date(2026, 12, 4), "Friday"),
        (date(2026, 12, 8), "Tuesday"),  # within the coming week a weekday is clear
        (date(2026, 12, 9), "9 December"),  # a week or more: the date, without the year
        (date(2027, 1, 4), "4 January 2027"),  # another year: then the year is said
    ],
)
def test_day_words(day, expected) -> None:
    assert day_words(day, date(2026, 12, 2)) == expected


@pytest.mark.parametrize(
    ("name", "offset", "now", "expected"),
    [
        ("time", "+2h", at(2, 12, 19), "14:30"),
        ("time", "+2h", at(2, 16, 30), "10:30 tomorrow"),
        ("time", "+2h", at(4, 16, 0), "10:00 on Monday"),
        ("time", "+30m", at(2, 13, 4), "13:45"),
        ("time", None, at(2, 13, 4), "13:04"),
        ("date", "+1d", at(2, 13, 4), "tomorrow"),
        ("date", "+2d", at(3, 13, 4), "Monday"),
        ("date", "+5d", at(2, 13, 4), "9 December"),
        ("date", "+1w", at(2, 13, 4), "9 December"),
        ("date", "+1w", at(29, 13, 4), "5 January 2027"),
        ("date", None, at(2, 13, 4), "2 December"),
        ("weekday", "+1d", at(2, 13, 4), "Thursday"),  # written "on {{weekday+1d}}": always a day name
        ("weekday", "+1d", at(4, 13, 4), "Monday"),  # never a promise for Saturday
        ("weekday", None, at(5, 13, 4), "Saturday"),  # today's name, whatever day it is
    ],
)
def test_clock_text(name, offset, now, expected) -> None:
    assert clock_text(name, offset, now, WORK) == expected


def test_parse_working_hours_and_days() -> None:
    assert parse_working_hours("08:30-18:00") == (time(8, 30), time(18, 0))
    assert parse_working_hours(" 9:00 - 17:30 ") == (time(9, 0), time(17, 30))
    for bad in ("9-5", "17:00-09:00", "25:00-26:00", ""):
        assert isinstance(parse_working_hours(bad), str)
    assert parse_working_days(["Mon", "tue", "Wednesday", "THU", "fri"]) == frozenset(range(5))
    assert isinstance(parse_working_days(["Mon", "Funday"]), str)
    assert isinstance(parse_working_days([]), str)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("16:30", (16, 30)), ("1630", (16, 30)), ("930", (9, 30)), ("9", (9, 0)), ("4:30 pm", (16, 30)),
     ("12am", (0, 0)), ("16h30", (16, 30)), ("24:00", None), ("1661", None), ("soon", None), ("", None)],
)  # fmt: skip
def test_a_clock_time_as_people_type_it(typed: str, expected: tuple[int, int] | None) -> None:
    from datetime import time

    from calmdesk.core.human_time import parse_clock

    assert parse_clock(typed) == (time(*expected) if expected else None)
