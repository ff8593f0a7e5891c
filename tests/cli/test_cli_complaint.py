"""`calmdesk complaint ...` and `calmdesk followups` on the real store (in process, a real SQLite file)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from cli_runner import calmdesk


def ok(*args: str) -> str:
    result = calmdesk(*args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_complaint_from_start_to_history(tmp_path: Path) -> None:
    ana = json.loads(
        ok(
            "complaint",
            "new",
            "--customer",
            "Ana",
            "--channel",
            "chat",
            "--ticket",
            "T-9",
            "--anger",
            "4",
            "--json",
        )
    )
    assert (ana["customer"], ana["channel"], ana["anger"], ana["current"]) == ("Ana", "chat", 4, True)
    assert ana["reply"]["target_seconds"] == 180
    ben = json.loads(ok("complaint", "new", "--customer", "Ben", "--json"))
    listed = json.loads(ok("complaint", "list", "--json"))
    assert [(c["customer"], c["current"]) for c in listed] == [("Ana", False), ("Ben", True)]
    ok("complaint", "switch", str(ana["id"]))
    ok("complaint", "step", "listen")
    ok("complaint", "step", "prepare")
    ok("complaint", "step", "empathize")
    ok("complaint", "step", "empathize", "--undo")
    status = json.loads(ok("complaint", "status", "--json"))
    assert status["id"] == ana["id"]
    assert [s["key"] for s in status["steps"] if s["done"]] == ["prepare", "listen"]
    assert status["next_step"] == "empathise"  # shown British, like the content
    text = ok("complaint", "status")
    assert "[x]  2. Listen (listen)" in text
    assert "<- next" in text

    closed = json.loads(ok("complaint", "close", "--follow-up", "2d", "--json"))
    assert closed["closed"] is not None
    assert closed["follow_up"]["kind"] == "follow_up"
    assert json.loads(ok("complaint", "status", "--json"))["id"] == ben["id"]  # the other one is current
    upcoming = json.loads(ok("followups", "--json"))
    assert [r["note"] for r in upcoming] == ["Follow up with Ana"]
    assert json.loads(ok("followups", "--due", "--json")) == []
    ok("followups", "--done", str(upcoming[0]["id"]))
    assert json.loads(ok("followups", "--json"))[0]["done"] is not None

    out = tmp_path / "history.csv"
    ok("complaint", "history", "--csv", str(out))
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1
    assert (rows[0]["customer"], rows[0]["channel"], rows[0]["steps_done"], rows[0]["anger"]) == (
        "Ana",
        "chat",
        "2",
        "4",
    )


def test_render_and_copy_fill_the_customer_of_the_current_complaint() -> None:
    phrases = json.loads(ok("list", "--json"))
    with_name = next(p for p in phrases if p["blanks"] == ["customer_name"])
    ok("complaint", "new", "--customer", "Zoë Quinn")
    rendered = ok("render", with_name["id"])
    assert "Zoë" in rendered
    assert "Quinn" not in rendered
    assert "Kim" in ok("render", with_name["id"], "--set", "customer_name=Kim")


def test_bad_input_is_a_clear_message_not_a_traceback(tmp_path: Path) -> None:
    for args, words in [
        (("complaint", "status"), "no complaint is open"),
        (("complaint", "step", "listen"), "no complaint is open"),
        (("complaint", "switch", "42"), "no open complaint #42"),
        (("complaint", "new", "--anger", "7"), "must be 1 to 5"),
        (("complaint", "new", "--channel", "fax"), "invalid choice"),
        (("followups", "--done", "9"), "no reminder #9"),
        (("followups", "--snooze", "1", "soon"), "cannot read 'soon'"),
    ]:
        result = calmdesk(*args)
        assert result.returncode != 0, args
        assert words in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
    ok("complaint", "new")
    result = calmdesk("complaint", "close", "--follow-up", "someday")
    assert result.returncode == 2
    assert "cannot read 'someday'" in result.stderr
    assert len(json.loads(ok("complaint", "list", "--json"))) == 1, "a bad follow-up closes nothing"
    blocked = tmp_path / "file"
    blocked.write_text("")
    ok("complaint", "close")
    result = calmdesk("complaint", "history", "--csv", str(blocked / "x.csv"))
    assert result.returncode == 1
    assert "could not write" in result.stderr


def test_snooze_moves_a_reminder_and_csv_cells_never_run_as_formulas(tmp_path: Path) -> None:
    ok("complaint", "new", "--customer", "=HYPERLINK(1)")
    reminder = json.loads(ok("complaint", "close", "--follow-up", "1h", "--json"))["follow_up"]
    snoozed = json.loads(ok("followups", "--snooze", str(reminder["id"]), "1d", "--json"))
    assert snoozed["due"] > reminder["due"]
    out = tmp_path / "h.csv"
    ok("complaint", "history", "--csv", str(out))
    assert "'=HYPERLINK(1)" in out.read_text(encoding="utf-8")


def test_complaint_commands_never_import_qt() -> None:
    probe = (
        "import sys; sys.argv = ['calmdesk', 'complaint', 'new', '--customer', 'X'];"
        "from calmdesk.cli.main import main; status = main();"
        "sys.argv = ['calmdesk', 'complaint', 'status']; status = status or main();"
        "sys.argv = ['calmdesk', 'followups']; status = status or main();"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], 'Qt was imported';"
        "raise SystemExit(status)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_a_step_is_ticked_by_its_number_or_its_title_as_the_panel_shows_it() -> None:
    ok("complaint", "new", "--customer", "Ana")
    ok("complaint", "step", "Empathise")  # the title as the panel spells it
    ok("complaint", "step", "2")
    ok("complaint", "step", "take ownership")
    ok("complaint", "step", "apologize")  # the old American key still works
    done = [s["key"] for s in json.loads(ok("complaint", "status", "--json"))["steps"] if s["done"]]
    assert done == ["listen", "empathise", "apologise", "take_ownership"]  # shown British throughout
    assert "(empathise)" in ok("complaint", "status")
    assert "empathise, apologise" in ok("complaint", "step", "--help")


def test_customer_replied_restarts_the_clock_and_a_question_leaves_the_agent_waiting() -> None:
    ok("complaint", "new", "--customer", "Ana", "--channel", "chat")
    replied = json.loads(ok("complaint", "replied", "--json"))
    assert len(replied["reply"])
    assert replied["reply"]["waiting"] == "customer"
    assert replied["reply"]["waited_seconds"] <= 5
    assert "the customer replied" in ok("complaint", "replied")
    wrong = calmdesk("complaint", "step", "listenn")
    assert wrong.returncode == 2
    assert "no checklist step 'listenn'" in wrong.stderr
    assert "Traceback" not in wrong.stderr


def test_history_counts_read_as_words(tmp_path: Path) -> None:
    from calmdesk.store.userstore import UserStore

    ok("complaint", "new", "--customer", "Ana", "--channel", "chat")
    with UserStore.open() as store:
        store.complaints.record_copy("apology.sorry-for-the-wait")
    ok("complaint", "close")
    assert " 1 phrase  " in ok("complaint", "history")
    out = tmp_path / "history.csv"
    wrote = calmdesk("complaint", "history", "--csv", str(out))
    assert wrote.returncode == 0, wrote.stderr
    assert f"Wrote 1 complaint to {out}" in wrote.stderr


def test_a_complaint_in_the_customers_language() -> None:
    started = json.loads(ok("complaint", "new", "--customer", "Lucía", "--lang", "es", "--json"))
    assert started["lang"] == "es"
    assert json.loads(ok("complaint", "status", "--json"))["lang"] == "es"
    refused = calmdesk("complaint", "new", "--lang", "xx")
    assert refused.returncode == 2
    assert "invalid choice" in refused.stderr
