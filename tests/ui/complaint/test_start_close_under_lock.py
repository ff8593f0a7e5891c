"""Starting and closing a complaint while another process holds the data file's lock: the window never
waits for it, the agent is told, and the change is made whole once the file is free (or said, not half)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from lock_holder import LockHolder, on_disk

from calmdesk.store.complaints import MAX_VALUE_CHARS
from calmdesk.ui.complaint.complaint_watch import now

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|propagateSizeHints)")


def test_a_complaint_started_under_the_lock_waits_without_freezing_and_starts_when_it_clears(
    qtbot, watch, store
) -> None:
    # Before: the form's Start waited the busy timeout (5 s) on the GUI thread, then said "locked" and
    # started nothing.
    failures: list[str] = []
    watch.failed.connect(failures.append)
    started: list[object] = []
    holder = LockHolder(store.path)
    try:
        with qtbot.waitSignal(watch.waiting, timeout=10_000) as waiting:  # the event loop runs meanwhile
            watch.start_new(
                {"customer": "Ana", "channel": "chat"},
                values={"order_number": "#88123"},
                then=started.append,
            )
            assert started == []
        assert "Another program is using CalmDesk's data file" in waiting.args[0]
        assert holder.holding()
        assert on_disk(store.path, "SELECT customer FROM complaints") == []
        holder.release()
    finally:
        holder.kill()
    qtbot.waitUntil(lambda: bool(started), timeout=15_000)
    [complaint] = started
    assert watch.current() == complaint
    assert on_disk(store.path, "SELECT customer, channel FROM complaints") == [("Ana", "chat")]
    assert on_disk(store.path, "SELECT name, value FROM complaint_values") == [("order_number", "#88123")]
    assert failures == []


def test_a_close_under_the_lock_is_made_with_its_follow_up_once_it_clears(qtbot, watch, store) -> None:
    ana = watch.new(customer="Ana")
    assert ana is not None
    closed: list[object] = []
    failures: list[str] = []
    watch.failed.connect(failures.append)
    holder = LockHolder(store.path)
    try:
        with qtbot.waitSignal(watch.waiting, timeout=10_000):
            watch.close_later(
                ana.id, now() + timedelta(days=1), lambda c: f"Call {c.label()}", then=closed.append
            )
        assert watch.current() is not None  # still open: nothing is shown as done before it is saved
        holder.release()
    finally:
        holder.kill()
    qtbot.waitUntil(lambda: bool(closed), timeout=15_000)
    assert watch.current() is None
    assert on_disk(store.path, "SELECT closed_at IS NOT NULL FROM complaints") == [(1,)]
    assert on_disk(store.path, "SELECT kind, note FROM reminders") == [("follow_up", "Call Ana")]
    assert failures == []


def test_a_close_another_program_made_first_is_said_and_leaves_no_follow_up(qtbot, watch, store) -> None:
    # The other process closes the complaint inside its lock: the queued close then cannot be made, and
    # its follow-up is not written on its own (nothing half).
    ana = watch.new(customer="Ana")
    assert ana is not None
    failures: list[str] = []
    watch.failed.connect(failures.append)
    closed: list[object] = []
    holder = LockHolder(store.path, f"UPDATE complaints SET closed_at = 1 WHERE id = {ana.id}")
    try:
        watch.close_later(ana.id, now() + timedelta(days=1), lambda c: "Call Ana", then=closed.append)
        holder.release()
    finally:
        holder.kill()
    qtbot.waitUntil(lambda: bool(failures), timeout=15_000)
    assert failures == [f"CalmDesk could not close the complaint: no open complaint #{ana.id}."]
    assert closed == []
    assert on_disk(store.path, "SELECT count(*) FROM reminders") == [(0,)]


def test_a_start_that_cannot_be_made_whole_writes_nothing_and_says_why(qtbot, watch, store) -> None:
    failures: list[str] = []
    watch.failed.connect(failures.append)
    started: list[object] = []
    watch.start_new(
        {"customer": "Ana"}, values={"order_number": "9" * (MAX_VALUE_CHARS + 1)}, then=started.append
    )
    qtbot.waitUntil(lambda: bool(failures), timeout=15_000)
    assert "longer than" in failures[0]
    assert started == []
    assert on_disk(store.path, "SELECT count(*) FROM complaints") == [(0,)]  # not a complaint without it
