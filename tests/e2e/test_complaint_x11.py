"""The current complaint end to end in a real X session with a real notification server (dunst).

A complaint started from the command line fills the picker's phrase with the customer's name (read back
from the clipboard), steps ticked in the checklist panel survive `kill -9`, and a follow-up that fell due
while CalmDesk was down reaches the notification server at the next start.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import dunst
import pytest
from xapp import CalmDeskApp, clipboard, popup_windows, run_cli, wait_for, xdotool
from xsession import XSession

from calmdesk.store.userstore import UserStore

pytestmark = pytest.mark.e2e

CUSTOMER = "Ana Souza"


def _notified(session: XSession) -> list[tuple[str, str]]:
    """Every notification dunst received (closing moves the shown ones into its history)."""
    return [(n["summary"]["data"], n["body"]["data"]) for n in dunst.received(session)]


def _ok(session: XSession, *args: str) -> str:
    done = run_cli(session, *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _status(session: XSession) -> dict[str, object]:
    return dict(json.loads(_ok(session, "complaint", "status", "--json")))


def _panel_windows(session: XSession) -> list[str]:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "^Checklist"],
        env=session.env,
        capture_output=True,
        text=True,
        timeout=10,
    )
    return found.stdout.split()


def test_complaint_fills_the_picker_survives_kill_9_and_reminds_at_start(
    notifications: XSession, tmp_path: Path
) -> None:
    session = notifications
    # Before the app runs: a complaint, and an old follow-up that fell due while CalmDesk was closed.
    _ok(session, "complaint", "new", "--customer", CUSTOMER, "--channel", "chat", "--anger", "4")
    with UserStore.open() as store:
        store.complaints.add_reminder(
            "follow_up", datetime.now(UTC) - timedelta(hours=1), note="Follow up with Ben about the refund"
        )

    app = CalmDeskApp(session, tmp_path / "first.log")
    try:
        app.wait_ready()
        wait_for(
            lambda: ("CalmDesk: follow-up due", "Follow up with Ben about the refund") in _notified(session),
            10,
            "the due follow-up at the notification server",
        )

        # The picker fills {{customer_name}} from the complaint: typed by nobody, read back from X.
        phrases = json.loads(_ok(session, "list", "--json"))
        named = next(p for p in phrases if p["blanks"] == ["customer_name"] and "chat" in p["channels"])
        expected = _ok(session, "render", named["id"]).rstrip("\n")
        assert CUSTOMER.split()[0] in expected  # addressed by first name
        assert CUSTOMER not in expected
        top = json.loads(_ok(session, "search", named["title"], "--json", "--limit", "1"))[0]
        assert top["id"] == named["id"], "the title must find its own phrase first"
        xdotool(session, "key", "ctrl+alt+space")
        wait_for(lambda: popup_windows(session), 5, "the picker")
        xdotool(session, "type", "--delay", "20", named["title"])
        xdotool(session, "key", "Return")
        wait_for(lambda: clipboard(session) == expected, 5, f"the clipboard to hold {expected!r}")
        wait_for(lambda: _status(session)["copied"], 5, "the copy to be recorded in the complaint")

        # Tick steps in the panel with the keyboard: Space ticks the selected step, Down moves to the next.
        _ok(session, "show", "--checklist")
        wait_for(lambda: _panel_windows(session), 5, "the checklist panel")
        before = {s["key"] for s in _status(session)["steps"] if s["done"]}  # type: ignore[index, union-attr]
        xdotool(session, "key", "space")
        xdotool(session, "key", "Down")
        xdotool(session, "key", "space")
        wait_for(
            lambda: len([s for s in _status(session)["steps"] if s["done"]]) >= len(before) + 2,  # type: ignore[union-attr]
            5,
            "two more steps ticked",
        )
        saved = _status(session)

        os.kill(app.proc.pid, signal.SIGKILL)
        app.proc.wait(10)
    finally:
        app.stop()

    # Everything is where it was; the reminder already shown is not announced twice.
    again = CalmDeskApp(session, tmp_path / "second.log")
    try:
        again.wait_ready()
        after = _status(session)
        for key in ("id", "customer", "channel", "anger", "steps", "copied", "values"):
            assert after[key] == saved[key], key
        _ok(session, "show", "--checklist")
        wait_for(lambda: _panel_windows(session), 5, "the checklist panel after the restart")
        assert (
            _notified(session).count(("CalmDesk: follow-up due", "Follow up with Ben about the refund")) == 1
        )
    finally:
        again.stop()

    # Closed, it is history; the CSV export reads back.
    _ok(session, "complaint", "close")
    out = tmp_path / "history.csv"
    _ok(session, "complaint", "history", "--csv", str(out))
    with out.open(encoding="utf-8", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert (row["customer"], row["channel"], row["anger"]) == (CUSTOMER, "chat", "4")
    assert int(row["steps_done"]) == len([s for s in saved["steps"] if s["done"]])  # type: ignore[union-attr]
    assert row["phrases_copied"] == "1"
