"""`calmdesk check` (in process; Qt-free imports in a real one): drafts, stdin, JSON, exit codes, packs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli_runner import calmdesk

BAD_DRAFT = "Hi John,\nAs I already said, it's not our fault!! Per our policy there is nothing I can do.\n"
GOOD_DRAFT = (
    "Hi Ana, I'm sorry the parcel is late. I've called the courier and I'll update you by 5 pm today.\n"
)

TEAM_PACK = """\
[pack]
id = "team-tone"
name = "Team tone test"
language = "en"
version = "1.0.0"

[[phrase]]
id = "team.good"
category = "apology"
title = "Fine"
text = "Hi {{customer_name}}, I'm sorry for the wait."

[[phrase]]
id = "team.rude"
category = "boundary"
title = "Rude"
text = "Calm down, {{customer_name}}. As I already said, it's company policy."
"""

TEAM_RULE = """\
[[rule]]
id = "team.jargon"
kind = "substitution"
why = "Customers do not know our ticket states."
[rule.swap]
"pending l2" = "with our specialist team"
"""


def test_a_draft_with_findings_exits_1_and_says_what_to_do(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(BAD_DRAFT, encoding="utf-8")
    result = calmdesk("check", str(draft), "--customer", "Ana Souza")
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert f'{draft}:1:4: leftover.wrong-name "John": ' in lines[0]
    assert '    instead: "Ana Souza"' in lines
    assert any(f'{draft}:2:1: defensive.as-i-said "As I already said"' in line for line in lines)
    assert "    or the phrase ownership.fix-not-blame: Focus on the fix" in lines
    assert "findings in the draft" in result.stderr


def test_json_gives_exact_spans(tmp_path: Path) -> None:
    result = calmdesk("check", "-", "--json", "--calm", "--customer", "Ana", stdin=BAD_DRAFT)
    assert result.returncode == 1, result.stderr
    rows = json.loads(result.stdout)
    rules = [row["rule"] for row in rows]
    assert "missing.apology" not in rules  # --calm: no apology owed
    for row in rows:
        assert BAD_DRAFT[row["start"] : row["end"]] == row["text"]
        assert {"file", "line", "column", "why", "replacement", "phrases", "group"} <= set(row)
    blame = next(row for row in rows if row["rule"] == "blame.not-our-fault")
    assert (blame["line"], blame["column"], blame["text"]) == (2, 25, "not our fault")
    assert {"id": "ownership.on-us", "title": "This one is on us"} in blame["phrases"]


def test_a_clean_draft_exits_0() -> None:
    result = calmdesk("check", "-", "--customer", "Ana Souza", stdin=GOOD_DRAFT)
    assert (result.returncode, result.stdout) == (0, ""), result.stderr
    assert "No tone problems" in result.stderr
    assert json.loads(calmdesk("check", "-", "--json", stdin=GOOD_DRAFT).stdout) == []


def test_the_current_complaint_gives_the_customer_and_the_mood() -> None:
    new = calmdesk("complaint", "new", "--customer", "Ana Souza", "--anger", "1")
    assert new.returncode == 0, new.stderr
    # Anger 1: no apology owed, but the name must match the complaint's customer.
    rows = json.loads(calmdesk("check", "-", "--json", stdin="Hi John, the parcel left today.").stdout)
    assert [row["rule"] for row in rows] == ["leftover.wrong-name"]


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("check", "/no/such/draft.txt"), b"", "cannot read /no/such/draft.txt"),
        (("check",), b"", "name a draft file"),
        (("check", "-"), b"\xff\xfe bad", "not UTF-8"),
    ],
)
def test_unreadable_input_exits_2_with_a_message(args: tuple[str, ...], stdin: bytes, message: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "calmdesk", *args], input=stdin, capture_output=True, timeout=60
    )
    stderr = result.stderr.decode()
    assert result.returncode == 2
    assert message in stderr
    assert "Traceback" not in stderr


def test_builtin_phrases_lint_clean() -> None:
    result = calmdesk("check", "--phrases")
    assert result.returncode == 0, result.stdout
    assert "No tone problems found in the phrases." in result.stderr


def test_a_team_pack_is_linted_with_its_own_rules(tmp_path: Path) -> None:
    (tmp_path / "team.toml").write_text(TEAM_PACK + "\n", encoding="utf-8")
    (tmp_path / "tone").mkdir()
    (tmp_path / "tone" / "ours.toml").write_text(TEAM_RULE, encoding="utf-8")
    result = calmdesk("check", "--phrases", str(tmp_path), "--json")
    assert result.returncode == 1, result.stderr
    rows = json.loads(result.stdout)
    assert {row["phrase_id"] for row in rows} == {"team.rude"}
    assert {row["rule"] for row in rows} == {"dismissal.calm-down", "defensive.as-i-said", "dismissal.policy"}
    assert all(row["pack_line"] == 13 for row in rows)
    draft = calmdesk("--packs", str(tmp_path), "check", "-", "--calm", stdin="Your case is pending L2.")
    assert draft.returncode == 1
    assert 'team.jargon "pending L2"' in draft.stdout
    assert '    instead: "with our specialist team"' in draft.stdout


def test_check_never_imports_qt(tmp_path: Path) -> None:
    probe = (
        "import sys, io; sys.argv = ['calmdesk', 'check', '-', '--json'];"
        "sys.stdin = io.TextIOWrapper(io.BytesIO(b'Calm down!!'));"
        "from calmdesk.cli.main import main; status = main();"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], 'Qt was imported';"
        "raise SystemExit(status)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result.stderr
