"""Time rules of a complaint: reply targets per channel, reminders, and the times people write.

The moment is always a parameter. Datetimes are timezone-aware; "local" wall-clock times in what people
type ("15:00", "Friday") are read in the zone of the `now` given, with that zone's real rules: a `now` in
local time that carries only today's offset is read in the machine's zone (core.local_zone), so a summer
date typed in winter gets the summer offset. Spans ("4h") are real elapsed time.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from calmdesk.core.complaint import Complaint
from calmdesk.core.local_zone import zoned

# Seconds the customer should wait at most for the next reply, by channel. From published figures:
# chat patience drops sharply after about 3 minutes; on social media most people expect an answer within
# the hour; an hour is a good standard for email. Phone: the "reply" is coming back to a caller on hold;
# call-centre guidance is to check in at least every minute, because hold silence feels three times longer
# than it is and a caller left longer than that starts to hang up.
DEFAULT_REPLY_TARGETS: Mapping[str, int] = {"chat": 180, "email": 3600, "phone": 60, "social": 3600}
# The clock turns amber when this share of the target is used up: at 3 minutes that is 36 s of warning,
# enough to finish a sentence; at an hour, 12 minutes to get to it.
AMBER_SHARE = 0.8
MAX_REMIND_DAYS = 366  # a follow-up further out than a year is a typo

OK, AMBER, RED = "ok", "amber", "red"

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


CUSTOMER, AGENT = "customer", "agent"  # who is waiting for the other


@dataclass(frozen=True, slots=True)
class ReplyClock:
    """How long someone has waited since the conversation last moved, against the channel's target.

    `waiting` is CUSTOMER (the customer waits for the agent: the target counts) or AGENT (the agent asked
    a question and waits for the customer's answer: no target, the state stays ok).
    """

    waited: timedelta
    target: timedelta | None  # None: no channel given, or the agent is the one waiting
    state: str  # OK, AMBER or RED
    waiting: str = CUSTOMER

    def due(self, now: datetime) -> datetime | None:
        """When the customer's wait passes the target (None: no target)."""
        return None if self.target is None else now - self.waited + self.target


def _last_move(complaint: Complaint) -> tuple[datetime, str]:
    """When the conversation last moved and who waits since: a copy that asked leaves the agent waiting;
    any other copy, the customer's reply, or the start leave the customer waiting."""
    moment, waiting = complaint.started, CUSTOMER
    if complaint.copied and complaint.copied[-1].at >= moment:
        last = complaint.copied[-1]
        moment, waiting = last.at, AGENT if last.asks else CUSTOMER
    if complaint.customer_replies and complaint.customer_replies[-1] >= moment:
        moment, waiting = complaint.customer_replies[-1], CUSTOMER
    return moment, waiting


def reply_clock(
    complaint: Complaint, now: datetime, targets: Mapping[str, int] = DEFAULT_REPLY_TARGETS
) -> ReplyClock:
    """Time since the conversation last moved and whether it is ok, nearly late (amber) or late (red)."""
    moment, waiting = _last_move(complaint)
    waited = max(timedelta(0), now - moment)
    seconds = targets.get(complaint.channel)
    if not seconds or waiting == AGENT:
        return ReplyClock(waited, None, OK, waiting)
    target = timedelta(seconds=seconds)
    if waited > target:
        state = RED
    elif waited >= target * AMBER_SHARE:
        state = AMBER
    else:
        state = OK
    return ReplyClock(waited, target, state)


def missed_target(
    complaint: Complaint, now: datetime, targets: Mapping[str, int] = DEFAULT_REPLY_TARGETS
) -> datetime | None:
    """The moment the reply target was missed, if the customer is waiting past it now (else None).

    The moment names the wait: a caller announces each one once, and a new wait (a reply sent, the
    customer writing again) has a new moment.
    """
    if not complaint.is_open:
        return None
    clock = reply_clock(complaint, now, targets)
    return clock.due(now) if clock.state == RED else None


def target_met(complaint: Complaint, targets: Mapping[str, int] = DEFAULT_REPLY_TARGETS) -> bool | None:
    """Whether every reply came within the target of the customer's wait; None: no target or no reply.

    A wait starts at the start, at each copy and at each reply of the customer; a wait that began with
    the agent's question was the customer's to end, so the reply after it is not held to the target.
    """
    seconds = targets.get(complaint.channel)
    if not seconds or not complaint.copied:
        return None
    events = sorted(
        [
            (complaint.started, CUSTOMER, False),
            *((copy.at, AGENT, copy.asks) for copy in complaint.copied),
            *((at, CUSTOMER, False) for at in complaint.customer_replies),
        ],
        key=lambda event: event[0],
    )
    return all(
        (later - earlier).total_seconds() <= seconds
        for (earlier, _, asked), (later, sender, _) in itertools.pairwise(events)
        if sender == AGENT and not asked
    )


def duration(complaint: Complaint, now: datetime) -> timedelta:
    return max(timedelta(0), (complaint.closed or now) - complaint.started)


@dataclass(frozen=True, slots=True)
class Reminder:
    """Something to do at a time: a follow-up after closing, a check-in during a wait, a promise made."""

    id: int
    kind: str  # "follow_up", "check_in" or "promise"
    due: datetime
    note: str = ""
    complaint_id: int | None = None
    done: datetime | None = None

    def is_due(self, now: datetime) -> bool:
        return self.done is None and self.due <= now


REMINDER_KINDS = ("follow_up", "check_in", "promise")
ENDED_BY_CLOSING = ("check_in",)  # a check-in is for a customer still waiting; a promise outlives the chat


def snooze(reminder: Reminder, by: timedelta, now: datetime) -> Reminder:
    """Due again `by` from now (not from the old due time: a reminder snoozed late is not due at once)."""
    return replace(reminder, due=now + by, done=None)


def due_first(reminders: list[Reminder], now: datetime) -> list[Reminder]:
    """Due ones (oldest first), then upcoming (soonest first), then done (latest first)."""
    due = sorted((r for r in reminders if r.is_due(now)), key=lambda r: r.due)
    upcoming = sorted((r for r in reminders if r.done is None and r.due > now), key=lambda r: r.due)
    done = sorted((r for r in reminders if r.done is not None), key=lambda r: r.done or r.due, reverse=True)
    return due + upcoming + done


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
        raise ValueError(
            f"cannot read {text.strip()!r} as a time: write it like 4h, 2d, 15:00, friday 15:00 "
            "or 2026-12-24 09:00"
        )
    if when.astimezone(UTC) <= now.astimezone(UTC):
        raise ValueError(f"{text.strip()!r} is already past")
    if when.astimezone(UTC) - now.astimezone(UTC) > timedelta(days=MAX_REMIND_DAYS):
        raise ValueError(f"{text.strip()!r} is more than a year away")
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
        raise ValueError(f"{clock.group(0)} is not a time of day: hours go from 00 to 23, minutes to 59")
    return hour, minute


def _day_in(text: str, now: datetime) -> datetime | None:
    date = _DATE_LIKE.search(text)
    if date:
        try:
            return now.replace(year=int(date.group(1)), month=int(date.group(2)), day=int(date.group(3)))
        except ValueError:
            raise ValueError(f"{date.group(0)} is not a date") from None
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


HISTORY_COLUMNS = (
    "id",
    "customer",
    "channel",
    "ticket",
    "topic",
    "anger",
    "started",
    "closed",
    "duration_minutes",
    "steps_done",
    "phrases_copied",
    "reply_target_met",
)


def history_row(
    complaint: Complaint, targets: Mapping[str, int], now: datetime
) -> dict[str, str | int | float]:
    """One closed complaint as a history row (HISTORY_COLUMNS), times in the timezone of `now`."""
    met = target_met(complaint, targets)
    zone = zoned(now).tzinfo  # each time in its own offset: a July complaint read in December keeps -04:00
    return {
        "id": complaint.id,
        "customer": complaint.customer,
        "channel": complaint.channel,
        "ticket": complaint.ticket,
        "topic": complaint.topic,
        "anger": complaint.anger if complaint.anger is not None else "",
        "started": complaint.started.astimezone(zone).isoformat(timespec="seconds"),
        "closed": complaint.closed.astimezone(zone).isoformat(timespec="seconds") if complaint.closed else "",
        "duration_minutes": round(duration(complaint, now).total_seconds() / 60, 1),
        "steps_done": len(complaint.done),
        "phrases_copied": len(complaint.copied),
        "reply_target_met": "" if met is None else ("yes" if met else "no"),
    }
