"""Time rules: reply clocks per channel, reminders, and the times people write in follow-ups and promises."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from calmdesk.core.complaint import Complaint, Copied
from calmdesk.core.complaint_time import (
    AGENT,
    AMBER,
    CUSTOMER,
    OK,
    RED,
    Reminder,
    due_first,
    duration,
    missed_target,
    parse_in,
    parse_when,
    promise_time,
    reply_clock,
    snooze,
    target_met,
)

# A Wednesday afternoon.
NOW = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)


def chat(**fields: object) -> Complaint:
    return Complaint(id=1, started=NOW, channel="chat", **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("after", "state"),
    [(0, OK), (143, OK), (144, AMBER), (180, AMBER), (181, RED), (4000, RED)],
)
def test_chat_reply_clock_turns_amber_then_red(after: int, state: str) -> None:
    clock = reply_clock(chat(), NOW + timedelta(seconds=after))
    assert clock.state == state
    assert clock.target == timedelta(minutes=3)
    assert clock.waited == timedelta(seconds=after)


def test_reply_clock_restarts_at_each_reply() -> None:
    c = chat(copied=(Copied("p", NOW + timedelta(minutes=10)),))
    clock = reply_clock(c, NOW + timedelta(minutes=11))
    assert clock.state == OK
    assert clock.target is not None
    assert clock.target - clock.waited == timedelta(minutes=2)  # of the three minutes, two are left


def test_targets_are_configurable_and_no_channel_means_no_target() -> None:
    c = chat()
    assert reply_clock(c, NOW + timedelta(minutes=5), {"chat": 600}).state == OK
    plain = Complaint(id=2, started=NOW)
    clock = reply_clock(plain, NOW + timedelta(hours=5))
    assert (clock.state, clock.target) == (OK, None)
    email = Complaint(id=3, started=NOW, channel="email")
    assert reply_clock(email, NOW + timedelta(minutes=50)).state == AMBER
    phone = Complaint(id=4, started=NOW, channel="phone")
    assert reply_clock(phone, NOW + timedelta(seconds=61)).state == RED


def test_clock_before_start_is_zero() -> None:
    assert reply_clock(chat(), NOW - timedelta(minutes=1)).waited == timedelta(0)


def test_target_met_checks_every_gap() -> None:
    fast = chat(copied=(Copied("a", NOW + timedelta(minutes=2)), Copied("b", NOW + timedelta(minutes=4))))
    slow = chat(copied=(Copied("a", NOW + timedelta(minutes=2)), Copied("b", NOW + timedelta(minutes=6))))
    assert target_met(fast) is True
    assert target_met(slow) is False
    assert target_met(chat()) is None  # nothing sent: nothing to judge
    assert target_met(Complaint(id=2, started=NOW, copied=fast.copied)) is None


def test_duration_runs_until_closed() -> None:
    assert duration(chat(), NOW + timedelta(minutes=7)) == timedelta(minutes=7)
    closed = chat(closed=NOW + timedelta(minutes=3))
    assert duration(closed, NOW + timedelta(hours=7)) == timedelta(minutes=3)


def test_reminder_due_and_snooze() -> None:
    r = Reminder(1, "follow_up", NOW)
    assert r.is_due(NOW)
    assert not r.is_due(NOW - timedelta(seconds=1))
    later = snooze(r, timedelta(minutes=10), NOW + timedelta(hours=1))
    assert later.due == NOW + timedelta(hours=1, minutes=10)
    assert not Reminder(2, "promise", NOW, done=NOW).is_due(NOW + timedelta(days=1))


def test_due_first_orders_due_upcoming_done() -> None:
    due_old = Reminder(1, "check_in", NOW - timedelta(hours=2))
    due_new = Reminder(2, "check_in", NOW - timedelta(hours=1))
    soon = Reminder(3, "promise", NOW + timedelta(hours=1))
    done = Reminder(4, "follow_up", NOW - timedelta(days=1), done=NOW)
    assert [r.id for r in due_first([done, soon, due_new, due_old], NOW)] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("4h", timedelta(hours=4)),
        ("2d", timedelta(days=2)),
        ("30m", timedelta(minutes=30)),
        ("in 2 days", timedelta(days=2)),
        ("1 week", timedelta(weeks=1)),
        ("0h", None),
        ("9999d", None),
        ("soon", None),
    ],
)
def test_parse_in(text: str, span: timedelta | None) -> None:
    assert parse_in(text) == span


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("2d", NOW + timedelta(days=2)),
        ("15:30", NOW.replace(hour=15, minute=30)),
        ("09:00", NOW.replace(day=3, hour=9)),  # already past today: tomorrow
        ("friday 15:00", NOW.replace(day=4, hour=15)),
        ("Wednesday", NOW.replace(day=9, hour=17)),  # today's weekday means next week
        ("2026-12-24 09:00", NOW.replace(day=24, hour=9)),
        ("2026-12-24", NOW.replace(day=24, hour=17)),
        ("tomorrow 3pm", NOW.replace(day=3, hour=15)),
    ],
)
def test_parse_when(text: str, when: datetime) -> None:
    assert parse_when(text, NOW) == when


@pytest.mark.parametrize(
    ("text", "message"),
    [("whenever", "cannot read"), ("2026-01-01 10:00", "already past"), ("2028-01-01", "more than a year")],
)
def test_parse_when_refuses_plainly(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_when(text, NOW)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("I'll have an answer for you by Friday 15:00.", NOW.replace(day=4, hour=15)),
        ("You'll hear from me tomorrow by 3 pm.", NOW.replace(day=3, hour=15)),
        ("I will call you back within 2 hours.", NOW + timedelta(hours=2)),
        ("Expect an update within the next hour.", NOW + timedelta(hours=1)),
        ("I'll update you by 16:00 today.", NOW.replace(hour=16)),
        ("I'll get back to you by tomorrow.", NOW.replace(day=3, hour=17)),
    ],
)
def test_promise_time_reads_the_moment_a_commitment_names(text: str, when: datetime) -> None:
    assert promise_time(text, NOW) == when


def test_no_promise_without_a_time() -> None:
    assert promise_time("Thank you for your patience.", NOW) is None
    assert promise_time("I looked at it at 09:00 today.", NOW) is None  # past: nothing to remember


def test_history_row_has_every_csv_column_and_judges_the_target() -> None:
    from calmdesk.core.complaint_time import HISTORY_COLUMNS, history_row

    closed = chat(
        customer="Ana",
        anger=4,
        copied=(Copied("a", NOW + timedelta(minutes=2)), Copied("b", NOW + timedelta(minutes=9))),
        closed=NOW + timedelta(minutes=12),
    )
    row = history_row(closed, {"chat": 180}, NOW + timedelta(hours=1))
    assert tuple(row) == HISTORY_COLUMNS
    assert (row["customer"], row["anger"], row["duration_minutes"]) == ("Ana", 4, 12.0)
    assert (row["phrases_copied"], row["reply_target_met"]) == (2, "no")  # 7 minutes between replies
    assert row["closed"] == "2026-12-02T14:12:00+00:00"


def test_csv_cells_that_look_like_formulas_are_written_as_text(tmp_path) -> None:
    import csv

    from calmdesk.core.csv_cells import safe_cell
    from calmdesk.core.history_csv import write_history_csv

    assert safe_cell("=1+1") == "'=1+1"
    assert safe_cell("@SUM") == "'@SUM"
    assert safe_cell("Ana") == "Ana"
    assert safe_cell(-3) == -3  # numbers are numbers
    out = tmp_path / "h.csv"
    assert write_history_csv([{"id": 1, "customer": "+cmd", "topic": "ok"}], out) == 1
    [row] = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert (row["customer"], row["topic"]) == ("'+cmd", "ok")


def test_after_the_agent_asks_the_agent_is_waiting_and_no_target_runs() -> None:
    asked = chat(copied=(Copied("q.order", NOW + timedelta(minutes=1), asks=True),))
    clock = reply_clock(asked, NOW + timedelta(minutes=30))
    assert clock.waiting == AGENT
    assert clock.state == OK
    assert clock.target is None
    assert clock.waited == timedelta(minutes=29)
    assert missed_target(asked, NOW + timedelta(minutes=30)) is None


def test_customer_replied_restarts_the_customer_clock() -> None:
    replied = chat(
        copied=(Copied("q.order", NOW + timedelta(minutes=1), asks=True),),
        customer_replies=(NOW + timedelta(minutes=10),),
    )
    clock = reply_clock(replied, NOW + timedelta(minutes=11))
    assert clock.waiting == CUSTOMER
    assert clock.waited == timedelta(minutes=1)
    assert clock.state == OK
    assert reply_clock(replied, NOW + timedelta(minutes=14)).state == RED
    # Without the reply, a plain copy restarts the clock as before: the customer waits for the next update.
    plain = chat(copied=(Copied("w.hold", NOW + timedelta(minutes=1)),))
    assert reply_clock(plain, NOW + timedelta(minutes=2)).waiting == CUSTOMER


def test_a_missed_target_names_its_wait_so_it_is_said_once() -> None:
    assert missed_target(chat(), NOW + timedelta(minutes=2)) is None
    missed = missed_target(chat(), NOW + timedelta(minutes=5))
    assert missed == NOW + timedelta(minutes=3)
    assert missed_target(chat(), NOW + timedelta(minutes=9)) == missed  # the same wait
    replied = chat(customer_replies=(NOW + timedelta(minutes=20),))
    assert missed_target(replied, NOW + timedelta(minutes=24)) == NOW + timedelta(minutes=23)
    assert missed_target(chat(closed=NOW + timedelta(minutes=1)), NOW + timedelta(hours=1)) is None
    assert missed_target(Complaint(id=2, started=NOW), NOW + timedelta(hours=5)) is None  # no channel


def test_the_target_is_not_held_against_a_wait_the_customer_had_to_end() -> None:
    asked = chat(
        copied=(
            Copied("q.order", NOW + timedelta(minutes=1), asks=True),
            Copied("a.thanks", NOW + timedelta(minutes=40)),  # the customer took half an hour to answer
        ),
        customer_replies=(NOW + timedelta(minutes=39),),
    )
    assert target_met(asked) is True
    slow = chat(
        copied=(Copied("a.thanks", NOW + timedelta(minutes=1)),),
        customer_replies=(NOW + timedelta(minutes=2),),
    )
    assert target_met(slow) is True
    late = replace(slow, copied=(*slow.copied, Copied("a.sorry", NOW + timedelta(minutes=9))))
    assert target_met(late) is False  # the customer wrote at 2 and heard back at 9
