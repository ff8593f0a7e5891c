"""Follow-up times are read with the time zone's real rules, and impossible dates or times are refused.

Issue 15, point 7: a summer date typed in winter got the winter offset, a day across Lord Howe's half-hour
change came out 30 minutes early, and 2026-02-30 or 25:00 were quietly read as something else.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from calmdesk.core.complaint_time import parse_when, promise_time
from calmdesk.core.local_zone import local_zone

NEW_YORK = ZoneInfo("America/New_York")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")


def _fixed(moment: datetime) -> datetime:
    """What callers pass: datetime.now().astimezone() carries only today's offset, not the zone."""
    offset = moment.utcoffset()
    assert offset is not None
    return moment.astimezone(timezone(offset))


def test_a_summer_date_typed_in_winter_gets_the_summer_offset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    now = datetime(2026, 12, 6, 10, 0, tzinfo=NEW_YORK)
    for given in (now, _fixed(now)):
        due = parse_when("2027-07-01 09:00", given)
        assert due.astimezone(NEW_YORK).replace(tzinfo=None) == datetime(2027, 7, 1, 9, 0)
        assert due.astimezone(UTC) == datetime(2027, 7, 1, 13, 0, tzinfo=UTC)


def test_tomorrow_across_lord_howes_half_hour_change(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Australia/Lord_Howe")
    now = datetime(2026, 10, 3, 18, 0, tzinfo=LORD_HOWE)  # summer time starts at 02:00 on 4 October 2026
    for given in (now, _fixed(now)):
        due = parse_when("tomorrow 09:00", given)
        assert due.astimezone(LORD_HOWE).replace(tzinfo=None) == datetime(2026, 10, 4, 9, 0)
        assert due.utcoffset() == timedelta(hours=11)


def test_a_span_counts_real_hours_across_a_change(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    now = datetime(2026, 11, 1, 0, 30, tzinfo=NEW_YORK)  # clocks go back at 02:00
    due = parse_when("4h", now)
    assert due.astimezone(UTC) - now.astimezone(UTC) == timedelta(hours=4)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("2026-02-30 10:00", "2026-02-30 is not a date"),
        ("2027-13-01", "2027-13-01 is not a date"),
        ("friday 25:00", "25:00 is not a time of day"),
        ("10:75", "10:75 is not a time of day"),
        ("tomorrow 24:00", "24:00 is not a time of day"),
    ],
)
def test_impossible_dates_and_times_are_refused_clearly(typed: str, says: str) -> None:
    now = datetime(2026, 12, 6, 10, 0, tzinfo=NEW_YORK)
    with pytest.raises(ValueError, match=says):
        parse_when(typed, now)


def test_text_that_only_looks_like_a_time_is_no_promise() -> None:
    now = datetime(2026, 12, 6, 10, 0, tzinfo=NEW_YORK)
    assert promise_time("Version 3.99 fixes it by 2026-02-30", now) is None


def test_the_local_zone_follows_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Australia/Lord_Howe")
    assert local_zone().key == "Australia/Lord_Howe"  # type: ignore[union-attr]
    monkeypatch.setenv("TZ", ":America/New_York")
    assert local_zone().key == "America/New_York"  # type: ignore[union-attr]


def test_the_cli_follow_up_in_a_real_process_with_tz() -> None:
    env = {**os.environ, "TZ": "America/New_York"}

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "calmdesk", *args], capture_output=True, text=True, timeout=60, env=env
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("complaint", "new", "--customer", "Ana")
    closed = json.loads(run("complaint", "close", "--follow-up", "2027-07-01 09:00", "--json"))
    due = datetime.fromisoformat(closed["follow_up"]["due"])
    assert due.astimezone(UTC) == datetime(2027, 7, 1, 13, 0, tzinfo=UTC)


def test_a_summer_follow_up_is_shown_at_the_time_typed_in_winter(monkeypatch: pytest.MonkeyPatch) -> None:
    # Re-checked this stop: "2027-07-01 09:00" was saved right (13:00 UTC) but shown as "1 July 2027 08:00"
    # by `complaint close`, `followups` and the follow-ups window: shown in today's fixed offset.
    from calmdesk.core.human_time import when_words

    monkeypatch.setenv("TZ", "America/New_York")
    now = _fixed(datetime(2026, 12, 6, 10, 0, tzinfo=NEW_YORK))
    due = datetime(2027, 7, 1, 13, 0, tzinfo=UTC)
    assert when_words(due, now) == "1 July 2027 09:00"
    assert when_words(due, datetime(2026, 12, 6, 10, 0, tzinfo=timezone(timedelta(hours=3)))) == (
        "1 July 2027 16:00"  # a `now` of another zone than this machine's keeps its own
    )


def test_history_rows_keep_each_complaints_own_offset(monkeypatch: pytest.MonkeyPatch) -> None:
    from calmdesk.core.complaint import Complaint
    from calmdesk.core.complaint_time import history_row

    monkeypatch.setenv("TZ", "America/New_York")
    started = datetime(2026, 7, 1, 13, 0, tzinfo=UTC)
    complaint = Complaint(id=1, customer="Ana", started=started, closed=started + timedelta(minutes=5))
    row = history_row(complaint, {}, _fixed(datetime(2026, 12, 6, 10, 0, tzinfo=NEW_YORK)))
    assert row["started"] == "2026-07-01T09:00:00-04:00"
