"""A copy made while another process holds the data file's write lock: never waited for, never lost."""

from __future__ import annotations

import pytest
from lock_holder import LockHolder, on_disk
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from calmdesk.store.settings import Settings

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise\(\)|propagateSizeHints|setting window masks)"
)


def test_a_copy_while_another_process_holds_the_lock_is_kept_and_written_when_it_clears(
    qtbot, make_picker, watch, store
) -> None:
    # Before: the copy waited the whole busy timeout (5 s) on the GUI thread for the complaint's record,
    # then dropped it with "locked by another program"; only the phrase use (already queued) was kept.
    failures: list[str] = []
    watch.failed.connect(failures.append)
    picker = make_picker(Settings(agent_name="Sam", company="ACME"), complaints=watch)
    ana = watch.new(customer="Ana", channel="chat")
    holder = LockHolder(store.path)
    try:
        picker.summon()
        QTest.keyClicks(picker.search.field, "sorry wait")
        QTest.keyClick(picker.search.field, Qt.Key.Key_Return)
        assert QGuiApplication.clipboard().text() == "Sorry you had to wait so long, Ana."
        assert holder.holding(), "the copy returned while the lock was still held: it never waited for it"
        current = watch.current()
        assert current is not None
        assert [c.phrase_id for c in current.copied] == ["t.sorry-wait"], "shown at once"
        qtbot.wait(1500)  # the writer tries a few times meanwhile; nothing is given up while it is locked
        assert holder.holding()
        assert on_disk(store.path, "SELECT phrase_id FROM complaint_copies") == []
        assert failures == []
        holder.release()
    finally:
        holder.kill()
    qtbot.waitUntil(
        lambda: bool(on_disk(store.path, "SELECT phrase_id FROM complaint_copies")), timeout=15000
    )
    assert on_disk(store.path, "SELECT complaint_id, phrase_id FROM complaint_copies") == [
        (ana.id, "t.sorry-wait")
    ]
    qtbot.waitUntil(lambda: bool(on_disk(store.path, "SELECT uses FROM usage")), timeout=15000)
    assert on_disk(store.path, "SELECT phrase_id, uses FROM usage") == [("t.sorry-wait", 1)]
    assert failures == [], "the agent hears nothing: nothing was given up"


def test_a_queued_record_that_can_no_longer_be_made_is_said_not_dropped(
    qtbot, make_picker, watch, store
) -> None:
    # The other process closes the complaint inside its lock: the queued record of the reply then fails
    # for good, and the agent is told so in words (the use itself is still kept).
    failures: list[str] = []
    watch.failed.connect(failures.append)
    picker = make_picker(Settings(agent_name="Sam", company="ACME"), complaints=watch)
    ana = watch.new(customer="Ana", channel="chat")
    holder = LockHolder(store.path, f"UPDATE complaints SET closed_at = 1 WHERE id = {ana.id}")
    try:
        picker.summon()
        QTest.keyClicks(picker.search.field, "sorry wait")
        QTest.keyClick(picker.search.field, Qt.Key.Key_Return)
        assert holder.holding()
        holder.release()
    finally:
        holder.kill()
    qtbot.waitUntil(lambda: bool(failures), timeout=15000)
    assert failures == [f"CalmDesk could not record the reply you copied: no open complaint #{ana.id}."]
    assert store.flush_uses(10)
    assert on_disk(store.path, "SELECT phrase_id, uses FROM usage") == [("t.sorry-wait", 1)]


def test_a_switch_a_tick_and_a_reply_under_the_lock_are_shown_at_once_and_saved_in_order(
    qtbot, watch, store
) -> None:
    failures: list[str] = []
    watch.failed.connect(failures.append)
    ana = watch.new(customer="Ana")
    ben = watch.new(customer="Ben")
    holder = LockHolder(store.path)
    try:
        watch.switch(ana.id)
        watch.tick("listen")
        watch.customer_replied()
        assert holder.holding(), "none of them waited for the lock"
        current = watch.current()
        assert current is not None
        assert current.id == ana.id
        assert current.done_steps() == {"listen"}
        assert len(current.customer_replies) == 1
        holder.release()
    finally:
        holder.kill()
    assert store.flush_uses(15)
    assert on_disk(store.path, "SELECT complaint_id, step FROM complaint_steps") == [(ana.id, "listen")]
    assert on_disk(store.path, "SELECT complaint_id FROM current_complaint") == [(ana.id,)]
    assert on_disk(store.path, "SELECT complaint_id FROM complaint_replies") == [(ana.id,)]
    assert ben.id != ana.id
    assert failures == []


def test_it_worked_under_the_lock_is_noted_at_once_and_saved_when_it_clears(
    qtbot, make_picker, watch, store
) -> None:
    # Before: Ctrl+G waited the busy timeout (5 s) on the GUI thread, then said it could not save the mark.
    picker = make_picker(Settings(agent_name="Sam", company="ACME"), complaints=watch)
    watch.new(customer="Ana", topic="Late parcel")
    holder = LockHolder(store.path)
    try:
        picker.summon()
        QTest.keyClicks(picker.search.field, "refund")
        QTest.keyClick(picker.search.field, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        assert holder.holding(), "the mark did not wait for the lock"
        assert "worked for “Late parcel”" in picker.status.text()
        holder.release()
    finally:
        holder.kill()
    assert store.flush_uses(15)
    assert on_disk(store.path, "SELECT phrase_id, marks FROM phrase_worked") == [("t.refund", 1)]
