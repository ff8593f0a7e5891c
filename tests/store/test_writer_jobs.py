"""The store's writer thread runs the GUI's jobs: in order, each all or nothing, and none dropped unsaid."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from calmdesk.store.complaints import ComplaintBook
from calmdesk.store.userstore import UserStore
from calmdesk.store.write_jobs import WriteJob


class Outcomes:
    def __init__(self) -> None:
        self.done: list[object] = []
        self.given_up: list[str] = []
        self.threads: set[str] = set()

    def job(self, what: str, change) -> WriteJob:  # type: ignore[no-untyped-def]
        def done(result: object) -> None:
            self.threads.add(threading.current_thread().name)
            self.done.append(result)

        return WriteJob(
            what, lambda conn, path: change(ComplaintBook(conn, path)), done, self.given_up.append
        )


def _copies(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT phrase_id FROM complaint_copies ORDER BY id").fetchall()
    finally:
        conn.close()


def test_jobs_run_in_order_off_the_callers_thread_and_a_failing_one_costs_only_itself(tmp_path) -> None:
    outcomes = Outcomes()
    with UserStore.open(tmp_path / "user.sqlite3", backup_dir=tmp_path / "b") as store:
        ana = store.complaints.new(customer="Ana")

        def bad_tick(book: ComplaintBook) -> None:
            book.record_copy("p.half", complaint_id=ana.id)  # made, then undone with the rest of the job
            book.tick("no-such-step", complaint_id=ana.id)

        store.queue_write(outcomes.job("record one", lambda b: b.record_copy("p.1", complaint_id=ana.id)))
        store.queue_write(outcomes.job("record the half", bad_tick))
        store.queue_write(outcomes.job("record two", lambda b: b.record_copy("p.2", complaint_id=ana.id)))
        assert store.flush_uses(10)
        assert _copies(store.path) == [("p.1",), ("p.2",)]
        assert outcomes.done == [None, None]
        assert len(outcomes.given_up) == 1
        assert outcomes.given_up[0].startswith("CalmDesk could not record the half: unknown step")
        assert outcomes.threads == {"calmdesk-store-writer"}


def test_jobs_still_locked_at_close_are_reported_not_dropped(tmp_path) -> None:
    outcomes = Outcomes()
    store = UserStore.open(tmp_path / "user.sqlite3", backup_dir=tmp_path / "b")
    ana = store.complaints.new(customer="Ana")
    other = sqlite3.connect(store.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        store.queue_write(outcomes.job("record the reply", lambda b: b.record_copy("p", complaint_id=ana.id)))
        store.close(flush_timeout=0.5)
        other.execute("COMMIT")
    finally:
        other.close()
    assert outcomes.done == []
    assert outcomes.given_up == [
        f"CalmDesk could not record the reply: its data file {store.path} stayed locked by another program."
    ]
