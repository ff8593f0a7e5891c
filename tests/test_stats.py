"""Personal statistics: the pure figures, and `calmdesk stats --json` over a real, seeded store."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from calmdesk.core.complaint import Complaint, Copied, StepMark
from calmdesk.core.stats import compute
from calmdesk.store.userstore import UserStore
from cli_runner import calmdesk

NOW = datetime(2026, 12, 2, 16, 0, tzinfo=UTC)


def _complaint(
    number: int, *, days_ago: int, minutes: float | None, channel: str = "chat", replies: tuple[int, ...] = ()
) -> Complaint:
    started = NOW - timedelta(days=days_ago, hours=2)
    closed = started + timedelta(minutes=minutes) if minutes is not None else None
    return Complaint(
        id=number,
        started=started,
        channel=channel,
        done=(StepMark("listen", started), StepMark("apologize", started)),
        copied=tuple(Copied("apology.sorry-for-the-wait", started + timedelta(seconds=s)) for s in replies),
        closed=closed,
    )


def test_compute_over_hand_made_complaints() -> None:
    complaints = [
        _complaint(1, days_ago=0, minutes=10, replies=(60, 200)),  # chat target 180 s: met
        _complaint(2, days_ago=0, minutes=30, replies=(400,)),  # missed
        _complaint(3, days_ago=3, minutes=20, channel="email", replies=(100,)),  # met
        _complaint(4, days_ago=20, minutes=None, channel=""),  # open, outside the 14 days
    ]
    usage = {"a": 5, "b": 1, "c": 3, "gone-from-library": 9}
    stats = compute(usage, ["a", "b", "c", "d", "e"], complaints, NOW, worked={"c": 2, "x": 0})
    assert stats.most_used == [("a", 5), ("c", 3), ("b", 1)]
    assert stats.least_used == [], "three phrases used: all are the most used, none is also the least"
    few = compute(usage, ["a", "b", "c"], [], NOW, top=2)
    assert (few.most_used, few.least_used) == ([("a", 5), ("c", 3)], [("b", 1)])
    assert stats.never_used == ["d", "e"]
    assert (stats.phrases_used, stats.phrases_total) == (3, 5)
    assert stats.per_day[-1] == (NOW.date(), 2)
    assert stats.per_day[-4] == (NOW.date() - timedelta(days=3), 1)
    assert len(stats.per_day) == 14
    assert sum(n for _, n in stats.per_day) == 3
    assert stats.per_channel == {"chat": 2, "email": 1, "phone": 0, "social": 0, "": 1}
    assert (stats.complaints, stats.closed) == (4, 3)
    assert stats.median_close_minutes == 20.0
    assert (stats.targets_met, stats.targets_missed) == (2, 1)
    skipped = dict(stats.skipped_steps)
    assert skipped["prepare"] == 3
    assert "listen" not in skipped
    assert "follow_up" not in skipped  # it comes after closing
    assert stats.worked == {"c": 2}


def test_an_empty_store_gives_empty_figures() -> None:
    stats = compute({}, [], [], NOW)
    assert stats.median_close_minutes is None
    assert stats.most_used == []
    assert stats.to_json()["complaints"]["reply_targets"] == {"met": 0, "missed": 0}  # type: ignore[index]


def _seed(store: UserStore) -> None:
    book = store.complaints
    now = datetime.now(UTC)
    for minutes, channel, reply_after in ((12, "chat", 90), (40, "chat", 600), (25, "email", 1200)):
        start = now - timedelta(hours=3)
        book.new(customer="Ana", channel=channel, topic="Late delivery", at=start)
        book.tick("listen", at=start + timedelta(minutes=1))
        book.record_copy("apology.sorry-for-the-wait", at=start + timedelta(seconds=reply_after))
        book.close(at=start + timedelta(minutes=minutes))
    for _ in range(3):
        store.record_use("apology.sorry-for-the-wait")
    store.record_use("closing.warm-goodbye")
    store.mark_worked("empathy.sounds-frustrating", "Late  delivery")
    store.mark_worked("empathy.sounds-frustrating", "late delivery")
    store.mark_worked("closing.warm-goodbye")


def test_marks_are_counted_per_topic_with_topicless_ones_everywhere(tmp_path) -> None:
    with UserStore.open(tmp_path / "s.sqlite3", backup_dir=tmp_path / "b") as store:
        _seed(store)
        assert store.worked_counts("Late Delivery") == {
            "empathy.sounds-frustrating": 2,
            "closing.warm-goodbye": 1,
        }
        assert store.worked_counts("refund") == {"closing.warm-goodbye": 1}
        assert store.worked_counts() == {"empathy.sounds-frustrating": 2, "closing.warm-goodbye": 1}


def test_stats_json_over_a_seeded_store() -> None:
    with UserStore.open() as store:
        _seed(store)
    result = calmdesk("stats", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    phrases, complaints = data["phrases"], data["complaints"]
    assert phrases["most_used"][0] == {"id": "apology.sorry-for-the-wait", "copies": 3}
    assert phrases["used"] == 2
    assert len(phrases["never_used"]) == phrases["total"] - 2
    assert {"id": "empathy.sounds-frustrating", "marks": 2} in phrases["worked"]
    assert complaints["closed"] == 3
    assert complaints["per_channel"]["chat"] == 2
    assert complaints["median_close_minutes"] == 25.0
    assert complaints["reply_targets"] == {"met": 2, "missed": 1}  # chat 90 s, email 20 min met
    assert {"step": "prepare", "count": 3} in complaints["skipped_steps"]
    assert "never leave this computer" in result.stderr


@pytest.mark.parametrize("as_json", [False, True])
def test_stats_on_a_fresh_machine(as_json: bool) -> None:
    args = ["stats", "--json"] if as_json else ["stats"]
    result = calmdesk(*args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
