"""A promise that names a day and no time ("by Tuesday") is due at the end of the agent's working day."""

from __future__ import annotations

from datetime import UTC, datetime

from calmdesk.core.complaint_time import promise_time

WEDNESDAY = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)


def test_a_day_without_a_time_ends_with_the_working_day_given() -> None:
    due = promise_time("It will be back in your account by Tuesday.", WEDNESDAY, (19, 0))
    assert due == datetime(2026, 12, 8, 19, 0, tzinfo=UTC)


def test_a_time_named_in_the_text_wins() -> None:
    due = promise_time("I'll call you on Tuesday before 12:00.", WEDNESDAY, (19, 0))
    assert due == datetime(2026, 12, 8, 12, 0, tzinfo=UTC)
