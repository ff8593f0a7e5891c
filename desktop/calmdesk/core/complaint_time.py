"""Time rules of a complaint: reply targets per channel, reminders, and the times people write.

The moment is always a parameter. Datetimes are timezone-aware; "local" wall-clock times in what people
type ("15:00", "Friday") are read in the zone of the `now` given, with that zone's real rules: a `now` in
local time that carries only today's offset is read in the machine's zone (core.local_zone), so a summer
date typed in winter gets the summer offset. Spans ("4h") are real elapsed time.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from calmdesk.core.complaint import Complaint
from calmdesk.core.local_zone import zoned

# The times people type are read in written_times; callers import them from here, with the other rules.
from calmdesk.core.written_times import parse_in as parse_in
from calmdesk.core.written_times import parse_when as parse_when
from calmdesk.core.written_times import promise_time as promise_time

# Seconds the customer should wait at most for the next reply, by channel. From published figures:
# chat patience drops sharply after about 3 minutes; on social media most people expect an answer within
# the hour; an hour is a good standard for email. Phone: the "reply" is coming back to a caller on hold;
# call-centre guidance is to check in at least every minute, because hold silence feels three times longer
# than it is and a caller left longer than that starts to hang up.
DEFAULT_REPLY_TARGETS: Mapping[str, int] = {"chat": 180, "email": 3600, "phone": 60, "social": 3600}
# The clock turns amber when this share of the target is used up: at 3 minutes that is 36 s of warning,
# enough to finish a sentence; at an hour, 12 minutes to get to it.
AMBER_SHARE = 0.8

OK, AMBER, RED = "ok", "amber", "red"


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
