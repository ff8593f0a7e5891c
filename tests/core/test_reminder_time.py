"""Reminder times: a check-in at the wait the phrase promised, a follow-up inside working hours and days."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from calmdesk.core.human_time import WorkingTime
from calmdesk.core.reminder_time import check_in_time, follow_up_time, spoken_span

FRIDAY_4PM = datetime(2026, 12, 4, 16, 0, tzinfo=UTC)
WEDNESDAY_10AM = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)
WORK = WorkingTime()  # 9:00-17:00, Monday to Friday
FIVE = timedelta(minutes=5)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("I need about 2 minutes to check this properly.", 2),
        ("This should take about 10 minutes on my side.", 10),
        ("It should take no more than 5 minutes.", 5),
        ("May I put you on hold for a minute or two while I check this?", 2),
        ("Give me 2-3 min and I'll be back.", 3),
        ("It may take one or two more hours.", 120),
        ("I'll be back in 30 seconds.", 0.5),
        ("Please bear with me a few minutes.", None),
        ("One moment please while I bring up your details.", None),
        ("We have 20 minutes of checks, then 2 more steps.", 20),
    ],
)
def test_the_wait_a_phrase_names(text: str, minutes: float | None) -> None:
    expected = None if minutes is None else timedelta(minutes=minutes)
    assert spoken_span(text) == expected


def test_a_check_in_falls_when_the_phrase_said() -> None:
    now = WEDNESDAY_10AM
    assert check_in_time("I need about 2 minutes to check this.", now, FIVE) == now + timedelta(minutes=2)
    assert check_in_time("Back by 10:45 at the latest.", now, FIVE) == now.replace(minute=45)
    assert check_in_time("One moment please.", now, FIVE) == now + FIVE
    # A time that is no wait for a check-in (next week) leaves the default.
    assert check_in_time("You'll hear from me by Friday 15:00.", now, FIVE) == now + FIVE


@pytest.mark.parametrize(
    ("typed", "due"),
    [
        ("4h", datetime(2026, 12, 7, 12, 0, tzinfo=UTC)),  # 1 h on Friday, 3 h on Monday; never Sunday
        ("1d", datetime(2026, 12, 7, 16, 0, tzinfo=UTC)),  # the next working day, same time
        ("2d", datetime(2026, 12, 8, 16, 0, tzinfo=UTC)),
        ("1w", datetime(2026, 12, 11, 16, 0, tzinfo=UTC)),  # a week: the same weekday
        ("30m", datetime(2026, 12, 4, 16, 30, tzinfo=UTC)),
    ],
)
def test_a_follow_up_span_lands_inside_working_time(typed: str, due: datetime) -> None:
    when = follow_up_time(typed, FRIDAY_4PM, WORK)
    assert when == due
    assert WORK.is_working_day(when.date())
    assert time(9) <= when.time() <= time(17)


def test_a_follow_up_in_days_after_hours_moves_into_the_working_day() -> None:
    late = datetime(2026, 12, 2, 21, 30, tzinfo=UTC)  # Wednesday evening
    assert follow_up_time("1d", late, WORK) == datetime(2026, 12, 3, 17, 0, tzinfo=UTC)
    early = datetime(2026, 12, 2, 6, 0, tzinfo=UTC)
    assert follow_up_time("2d", early, WORK) == datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def test_a_named_time_is_taken_as_written_and_bad_text_is_refused() -> None:
    saturday = follow_up_time("saturday 10:00", FRIDAY_4PM, WORK)
    assert saturday == datetime(2026, 12, 5, 10, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="cannot read"):
        follow_up_time("soonish", FRIDAY_4PM, WORK)
