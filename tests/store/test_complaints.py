"""Complaints and reminders in the real SQLite store: persistence, one current, two processes, kill -9."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from calmdesk.store import backup, migrations
from calmdesk.store.complaints import from_stamp, to_stamp
from calmdesk.store.userstore import UserStore

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
T0 = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)


def _open(db: Path) -> UserStore:
    return UserStore.open(db, backup_dir=db.parent.parent / "backups")


def test_stamps_round_trip_exactly() -> None:
    moment = datetime(2026, 12, 2, 14, 0, 1, 123456, tzinfo=UTC)
    assert from_stamp(to_stamp(moment)) == moment
    with pytest.raises(ValueError, match="timezone"):
        to_stamp(datetime(2026, 1, 1))


def test_new_complaint_is_current_and_keeps_its_fields(db: Path) -> None:
    with _open(db) as store:
        book = store.complaints
        assert book.current() is None
        first = book.new(customer=" Ana ", channel="chat", ticket="T-1", topic="refund", anger=4, at=T0)
        assert (first.customer, first.channel, first.ticket, first.topic, first.anger) == (
            "Ana",
            "chat",
            "T-1",
            "refund",
            4,
        )
        assert first.started == T0
        second = book.new(at=T0 + timedelta(minutes=1))  # every field optional
        assert book.current_id() == second.id
        assert [c.id for c in book.open_complaints()] == [first.id, second.id]
        book.switch(first.id)
    with _open(db) as store:
        current = store.complaints.current()
        assert current is not None
        assert current.customer == "Ana"


@pytest.mark.parametrize(
    ("fields", "message"),
    [({"channel": "fax"}, "channel"), ({"anger": 9}, "anger"), ({"ticket": "a\nb"}, "line")],
)
def test_bad_fields_are_refused_and_nothing_is_saved(
    db: Path, fields: dict[str, object], message: str
) -> None:
    with _open(db) as store:
        with pytest.raises(ValueError, match=message):
            store.complaints.new(**fields)  # type: ignore[arg-type]
        assert store.complaints.open_complaints() == []


def test_ticks_values_and_copies_persist_and_stay_with_their_complaint(db: Path) -> None:
    with _open(db) as store:
        book = store.complaints
        ana = book.new(customer="Ana", at=T0)
        book.tick("listen", at=T0 + timedelta(seconds=5))
        book.tick("prepare", at=T0 + timedelta(seconds=9))
        book.tick("listen", at=T0 + timedelta(minutes=9))  # again: keeps the first time
        book.remember({"order_number": "991"})
        book.record_copy("p.sorry", at=T0 + timedelta(seconds=30))
        ben = book.new(customer="Ben", at=T0 + timedelta(minutes=1))
        book.tick("listen", undo=True)  # Ben had nothing ticked: harmless
        book.remember({"order_number": "123"})
    with _open(db) as store:
        a = store.complaints.get(ana.id)
        b = store.complaints.get(ben.id)
    assert a is not None
    assert b is not None
    assert [(m.step, m.at) for m in a.done] == [
        ("prepare", T0 + timedelta(seconds=9)),
        ("listen", T0 + timedelta(seconds=5)),
    ]
    assert a.values == {"order_number": "991"}
    assert b.values == {"order_number": "123"}
    assert [(c.phrase_id, c.at) for c in a.copied] == [("p.sorry", T0 + timedelta(seconds=30))]
    assert b.done == ()


def test_undo_and_unknown_step(db: Path) -> None:
    with _open(db) as store:
        book = store.complaints
        with pytest.raises(ValueError, match="no complaint is open"):
            book.tick("listen")
        book.new()
        assert [m.step for m in book.tick("listen").done] == ["listen"]
        assert book.tick("listen", undo=True).done == ()
        with pytest.raises(ValueError, match="unknown step"):
            book.tick("dance")


def test_closing_the_current_moves_to_the_newest_other_open_one(db: Path) -> None:
    with _open(db) as store:
        book = store.complaints
        a = book.new(customer="A", at=T0)
        b = book.new(customer="B", at=T0 + timedelta(minutes=1))
        c = book.new(customer="C", at=T0 + timedelta(minutes=2))
        book.switch(a.id)
        closed = book.close(at=T0 + timedelta(minutes=10))
        assert closed.closed == T0 + timedelta(minutes=10)
        assert book.current_id() == c.id
        book.close(complaint_id=b.id, at=T0 + timedelta(minutes=11))  # not current: current stays
        assert book.current_id() == c.id
        book.close(at=T0 + timedelta(minutes=12))
        assert book.current() is None
        assert [h.customer for h in book.history()] == ["C", "B", "A"]
        with pytest.raises(ValueError, match="no open complaint"):
            book.switch(a.id)
        with pytest.raises(ValueError, match="no open complaint"):
            book.tick("listen", complaint_id=a.id)


def test_reminders_due_notified_done_snoozed(db: Path) -> None:
    with _open(db) as store:
        book = store.complaints
        c = book.new(at=T0)
        follow = book.add_reminder("follow_up", T0 + timedelta(days=2), note="Call Ana", complaint_id=c.id)
        check = book.add_reminder("check_in", T0 + timedelta(minutes=5))
        assert book.due_unnotified(T0 + timedelta(minutes=6)) == [check]
        book.mark_notified([check.id])
        assert book.due_unnotified(T0 + timedelta(minutes=6)) == []
        snoozed = book.snooze_reminder(check.id, T0 + timedelta(minutes=20))
        assert snoozed.due == T0 + timedelta(minutes=20)
        assert book.due_unnotified(T0 + timedelta(minutes=21)) == [snoozed]  # announced again
        book.finish_reminder(check.id, at=T0 + timedelta(minutes=22))
        assert [r.id for r in book.reminders(include_done=False)] == [follow.id]
        with pytest.raises(ValueError, match="no reminder #999"):
            book.finish_reminder(999)
        with pytest.raises(ValueError, match="kind"):
            book.add_reminder("nag", T0)
    with _open(db) as store:
        reminders = store.complaints.reminders()
        assert {r.note for r in reminders} == {"Call Ana", ""}
        assert next(r for r in reminders if r.id == follow.id).complaint_id == c.id


def test_closing_a_complaint_ends_its_check_ins_but_keeps_promises_and_follow_ups(db: Path) -> None:
    with _open(db) as store:
        book = store.complaints
        ana = book.new(customer="Ana", at=T0)
        ben = book.new(customer="Ben", at=T0)
        check = book.add_reminder("check_in", T0 + timedelta(minutes=5), complaint_id=ana.id)
        promise = book.add_reminder("promise", T0 + timedelta(days=1), complaint_id=ana.id)
        follow = book.add_reminder("follow_up", T0 + timedelta(days=2), complaint_id=ana.id)
        other = book.add_reminder("check_in", T0 + timedelta(minutes=5), complaint_id=ben.id)
        book.close(complaint_id=ana.id, at=T0 + timedelta(minutes=3))
    with _open(db) as store:
        book = store.complaints
        assert book.reminder(check.id).done == T0 + timedelta(minutes=3)
        assert [r.id for r in book.reminders(include_done=False)] == [other.id, promise.id, follow.id]
        assert book.due_unnotified(T0 + timedelta(hours=1)) == [book.reminder(other.id)]


def test_who_waits_is_kept_a_question_and_the_customer_replies(db: Path) -> None:
    with _open(db) as store:
        book = store.complaints
        ana = book.new(customer="Ana", at=T0)
        book.record_copy("q.order", asks=True, at=T0 + timedelta(minutes=1))
        book.record_copy("w.hold", at=T0 + timedelta(minutes=2))
        replied = book.customer_replied(at=T0 + timedelta(minutes=4))
        assert replied.customer_replies == (T0 + timedelta(minutes=4),)
        book.close(at=T0 + timedelta(minutes=9))
        with pytest.raises(ValueError, match="no complaint is open"):
            book.customer_replied()
    with _open(db) as store:
        again = store.complaints.get(ana.id)
    assert [(c.phrase_id, c.asks) for c in again.copied] == [("q.order", True), ("w.hold", False)]
    assert again.customer_replies == (T0 + timedelta(minutes=4),)


def test_another_connection_writing_is_noticed_through_data_version(db: Path) -> None:
    with _open(db) as app, _open(db) as cli:
        assert not app.complaints.changed()
        app.complaints.new(customer="own write")
        assert not app.complaints.changed(), "its own writes are known already"
        cli.complaints.new(customer="from the CLI")
        assert app.complaints.changed()
        assert not app.complaints.changed()  # once per change
        current = app.complaints.current()
        assert current is not None
        assert current.customer == "from the CLI"


def test_migration_from_v1_keeps_favourites_and_backs_up(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
    with _open(db) as store:
        store.toggle_favourite("kept")
    monkeypatch.undo()
    with _open(db) as store:
        assert store.favourites() == {"kept"}
        assert store.complaints.new(customer="first").id == 1
    assert any("before-v" in p.name for p in backup.list_backups(db.parent.parent / "backups"))
    conn = sqlite3.connect(db)
    assert migrations.user_version(conn) == migrations.schema_version()
    conn.close()


# -- real second processes ------------------------------------------------------------------------------

WRITER = """
import sys
from datetime import UTC, datetime
from pathlib import Path
from calmdesk.store.userstore import UserStore

db, who, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
with UserStore.open(db, backup_dir=db.parent / "backups") as store:
    book = store.complaints
    target = int(sys.argv[4])
    for i in range(count):
        book.record_copy(f"{who}.{i}", complaint_id=target)
        book.remember({f"{who}_{i}": str(i)}, complaint_id=target)
        print(who, i, flush=True)
"""


def _child(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(DESKTOP)}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(WRITER), *args], stdout=subprocess.PIPE, text=True, env=env
    )


def test_two_processes_writing_at_once_lose_nothing(db: Path) -> None:
    with _open(db) as store:
        target = store.complaints.new(customer="shared").id
    children = [_child(str(db), who, "80", str(target)) for who in ("a", "b")]
    with _open(db) as store:  # and this process writes too, meanwhile
        for i in range(40):
            store.complaints.tick("listen" if i % 2 else "prepare", undo=i % 4 == 3, complaint_id=target)
            store.complaints.record_copy(f"main.{i}", complaint_id=target)
    for child in children:
        assert child.wait(timeout=60) == 0
        assert child.stdout is not None
        child.stdout.close()
    with _open(db) as store:
        complaint = store.complaints.get(target)
    assert complaint is not None
    copied = {c.phrase_id for c in complaint.copied}
    for who, count in (("a", 80), ("b", 80), ("main", 40)):
        assert {f"{who}.{i}" for i in range(count)} <= copied
    assert len(complaint.values) == 160


def test_kill_9_loses_nothing_shown_as_saved(db: Path) -> None:
    with _open(db) as store:
        target = store.complaints.new(customer="crash").id
    child = _child(str(db), "k", "100000", str(target))
    assert child.stdout is not None
    last = -1
    try:
        for line in child.stdout:
            last = int(line.split()[1])
            if last >= 120:
                break
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        for line in child.stdout.read().splitlines(keepends=True):
            if line.endswith("\n"):
                last = int(line.split()[1])
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=10)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    with _open(db) as store:
        complaint = store.complaints.get(target)
        assert store.notices == []
    assert complaint is not None
    copied = [c.phrase_id for c in complaint.copied]
    assert copied[: last + 1] == [f"k.{i}" for i in range(last + 1)]
    for i in range(last + 1):
        assert complaint.values[f"k_{i}"] == str(i)


def test_a_complaint_keeps_its_language(db: Path) -> None:
    with _open(db) as store:
        spanish = store.complaints.new(customer="Lucía", lang="es")
        plain = store.complaints.new(customer="Ben")
        with pytest.raises(ValueError, match="language must be one of"):
            store.complaints.new(customer="X", lang="xx")
    with _open(db) as store:
        assert store.complaints.get(spanish.id).lang == "es"  # type: ignore[union-attr]
        assert store.complaints.get(plain.id).lang == ""  # type: ignore[union-attr]


def test_migration_to_v6_gives_old_complaints_no_language(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:5])
    with _open(db) as store:
        store._conn.execute(
            "INSERT INTO complaints (customer, channel, ticket, topic, anger, started_at) "
            "VALUES ('old', '', '', '', NULL, 1)"
        )
    monkeypatch.undo()
    with _open(db) as store:
        (old,) = store.complaints.open_complaints()
        assert (old.customer, old.lang) == ("old", "")


def _reading():
    from calmdesk.core.reading.model import Reading, StepTip

    reading = Reading(
        topic="damaged", anger=3, threats=("legal",), order_number="#88123", customer_name="Maria"
    )
    return reading, (StepTip("take_ownership", "legal", "Pass legal threats on the same day."),)


def test_a_complaints_reading_is_kept_for_the_next_run(db: Path) -> None:
    reading, tips = _reading()
    with _open(db) as store:
        started = store.complaints.new(customer="Maria", anger=5)
        store.complaints.keep_reading(started.id, reading, tips)
        other = store.complaints.new(customer="Ben")
    with _open(db) as store:  # another run
        assert store.complaints.reading(started.id) == (reading, tips)
        assert store.complaints.reading(other.id) is None


def test_a_damaged_reading_row_costs_the_line_not_the_complaint(db: Path) -> None:
    reading, tips = _reading()
    with _open(db) as store:
        started = store.complaints.new(customer="Maria")
        store.complaints.keep_reading(started.id, reading, tips)
    with sqlite3.connect(db) as conn:
        conn.execute('UPDATE complaint_readings SET reading = \'{"version": 1, "reading": [1\'')
    with _open(db) as store:
        assert store.complaints.reading(started.id) is None
        assert store.complaints.get(started.id).customer == "Maria"


def test_a_reading_goes_with_its_complaint(db: Path) -> None:
    reading, tips = _reading()
    with _open(db) as store:
        started = store.complaints.new(customer="Maria")
        store.complaints.keep_reading(started.id, reading, tips)
        with store.complaints._write("forget") as conn:
            conn.execute("DELETE FROM complaints WHERE id = ?", (started.id,))
        assert store.complaints._read("SELECT COUNT(*) FROM complaint_readings") == [(0,)]
