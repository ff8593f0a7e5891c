"""Personal statistics from the agent's own store: which phrases serve them, how their complaints go.

Pure and local: everything comes in as arguments (usage counts, complaints, the moment), nothing leaves.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from calmdesk.core.complaint import Complaint
from calmdesk.core.complaint_time import DEFAULT_REPLY_TARGETS, target_met
from calmdesk.core.model import CHANNELS, STEP_KEYS

# The days a "per day" series covers, today included: two working weeks, enough to see a pattern.
DAYS = 14
# How many phrases the "most" and "least used" lists hold: a glance, not a report.
TOP = 10
# Steps that come after closing (follow up, unwind) are not "skipped" by a closed complaint: they are later.
_BEFORE_CLOSE = STEP_KEYS[: STEP_KEYS.index("close") + 1]


@dataclass(frozen=True, slots=True)
class Stats:
    phrases_used: int  # how many different phrases were ever copied
    phrases_total: int
    most_used: list[tuple[str, int]]  # (phrase id, copies), most first
    least_used: list[tuple[str, int]]  # used, but not among most_used; fewest first
    never_used: list[str]  # library order
    per_day: list[tuple[date, int]]  # complaints started each day, oldest first, today last
    per_channel: dict[str, int]  # every channel, "" for none given
    complaints: int
    closed: int
    median_close_minutes: float | None
    targets_met: int
    targets_missed: int
    skipped_steps: list[tuple[str, int]]  # (step key, closed complaints without it), most often first
    worked: dict[str, int] = field(default_factory=dict)  # phrase id -> times marked as having worked

    def to_json(self) -> dict[str, object]:
        return {
            "phrases": {
                "used": self.phrases_used,
                "total": self.phrases_total,
                "most_used": [{"id": i, "copies": n} for i, n in self.most_used],
                "least_used": [{"id": i, "copies": n} for i, n in self.least_used],
                "never_used": self.never_used,
                "worked": [{"id": i, "marks": n} for i, n in sorted(self.worked.items(), key=_by_count)],
            },
            "complaints": {
                "total": self.complaints,
                "closed": self.closed,
                "per_day": [{"date": d.isoformat(), "count": n} for d, n in self.per_day],
                "per_channel": self.per_channel,
                "median_close_minutes": self.median_close_minutes,
                "reply_targets": {"met": self.targets_met, "missed": self.targets_missed},
                "skipped_steps": [{"step": s, "count": n} for s, n in self.skipped_steps],
            },
        }


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def compute(
    usage: Mapping[str, int],
    phrase_ids: Sequence[str],
    complaints: Iterable[Complaint],
    now: datetime,
    *,
    worked: Mapping[str, int] | None = None,
    targets: Mapping[str, int] = DEFAULT_REPLY_TARGETS,
    days: int = DAYS,
    top: int = TOP,
) -> Stats:
    """The statistics at `now` (timezone-aware; its zone decides which day a complaint falls on)."""
    known = set(phrase_ids)
    used = {pid: n for pid, n in usage.items() if n > 0 and pid in known}
    ranked = sorted(used.items(), key=_by_count)
    # "Used least" names phrases the "used most" list does not: with few phrases used, the same ones
    # listed twice (fewest first) said nothing new.
    shown = {pid for pid, _ in ranked[:top]}
    least = sorted(
        (item for item in used.items() if item[0] not in shown), key=lambda item: (item[1], item[0])
    )
    complaints = list(complaints)
    closed = [c for c in complaints if c.closed is not None]
    return Stats(
        phrases_used=len(used),
        phrases_total=len(known),
        most_used=ranked[:top],
        least_used=least[:top],
        never_used=[pid for pid in dict.fromkeys(phrase_ids) if pid not in used],
        per_day=_per_day(complaints, now, days),
        per_channel=_per_channel(complaints),
        complaints=len(complaints),
        closed=len(closed),
        median_close_minutes=_median_minutes(closed),
        targets_met=sum(1 for c in closed if target_met(c, targets) is True),
        targets_missed=sum(1 for c in closed if target_met(c, targets) is False),
        skipped_steps=_skipped(closed),
        worked={pid: n for pid, n in (worked or {}).items() if n > 0},
    )


def _per_day(complaints: list[Complaint], now: datetime, days: int) -> list[tuple[date, int]]:
    today = now.date()
    first = today - timedelta(days=max(1, days) - 1)
    counts = Counter(c.started.astimezone(now.tzinfo).date() for c in complaints)
    return [
        (first + timedelta(days=n), counts.get(first + timedelta(days=n), 0)) for n in range(max(1, days))
    ]


def _per_channel(complaints: list[Complaint]) -> dict[str, int]:
    counts = Counter(c.channel if c.channel in CHANNELS else "" for c in complaints)
    result = {channel: counts.get(channel, 0) for channel in CHANNELS}
    if counts.get(""):
        result[""] = counts[""]
    return result


def _median_minutes(closed: list[Complaint]) -> float | None:
    minutes = [
        (c.closed - c.started).total_seconds() / 60 for c in closed if c.closed and c.closed >= c.started
    ]
    return round(statistics.median(minutes), 1) if minutes else None


def _skipped(closed: list[Complaint]) -> list[tuple[str, int]]:
    counts = Counter(step for c in closed for step in _BEFORE_CLOSE if step not in c.done_steps())
    return sorted(
        ((s, n) for s, n in counts.items() if n > 0), key=lambda item: (-item[1], STEP_KEYS.index(item[0]))
    )
