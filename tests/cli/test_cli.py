"""The headless CLI as a script or a terminal uses it (in process; what needs a real one runs in one)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from calmdesk import __version__
from calmdesk.core.model import CATEGORY_KEYS, STEP_KEYS
from cli_runner import calmdesk

TEAM_PACK = """\
[pack]
id = "team-test"
name = "Team test pack"
language = "en"
version = "1.0.0"

[[phrase]]
id = "team.parcel-late"
category = "commitment"
title = "Parcel courier callback"
text = "Hi {{customer_name}}, I called the courier about order {{order_number}}; I will write by {{time+2h}}."
tags = ["courier", "zzyzx"]

[[phrase]]
id = "team.signature"
category = "closing"
title = "Team signature"
text = "Kind regards, {{agent_name}} from {{company|the support team}}"
"""

BROKEN_PACK = """\
[pack]
id = "broken"
name = "Broken"
language = "en"
version = "1.0.0"

[[phrase]]
id = "broken.one"
category = "not-a-category"
title = "Broken"
text = "x"
"""


@pytest.fixture
def team_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "team"
    folder.mkdir()
    (folder / "team.toml").write_text(TEAM_PACK, encoding="utf-8")
    return folder


def test_version() -> None:
    result = calmdesk("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"calmdesk {__version__}"


def test_search_json_has_the_documented_fields() -> None:
    result = calmdesk("search", "sorry", "--json", "--limit", "5")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert 1 <= len(hits) <= 5
    for hit in hits:
        assert {"id", "category", "title", "text", "tags", "pack"} <= hit.keys()
        assert hit["category"] in CATEGORY_KEYS


def test_search_with_a_typo_still_finds_apologies() -> None:
    hits = json.loads(calmdesk("search", "apolgy", "--json", "--limit", "3").stdout)
    assert hits
    assert hits[0]["category"] == "apology"


def test_search_category_filter() -> None:
    hits = json.loads(calmdesk("search", "customer", "--category", "closing", "--json").stdout)
    assert hits
    assert {hit["category"] for hit in hits} == {"closing"}


def test_search_stdin_answers_one_line_per_query_in_order(team_dir: Path) -> None:
    result = calmdesk(
        "--packs", str(team_dir), "search", "--stdin", "--json", stdin="zzyzx\n\nteam signature\n"
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    first, empty_query, third = (json.loads(line) for line in lines)
    assert first[0]["id"] == "team.parcel-late"
    assert isinstance(empty_query, list)
    assert third[0]["id"] == "team.signature"


def test_search_without_match_says_so() -> None:
    result = calmdesk("search", "qqqxqqq", "vvvwvvv")
    assert result.returncode == 1
    assert "Nothing in the library relates" in result.stderr


def test_search_lists_partial_matches_after_full_ones() -> None:
    found = json.loads(calmdesk("search", "refund", "qqqxqqq", "--json", "--limit", "5").stdout)
    assert found
    assert all(hit["partial"] for hit in found)
    table = calmdesk("search", "refund", "qqqxqqq")
    assert table.returncode == 0
    assert "Partial matches" in table.stderr
    full = json.loads(calmdesk("search", "refund", "--json", "--limit", "3").stdout)
    assert not full[0]["partial"]


def test_a_symbols_only_search_browses_and_says_so() -> None:
    result = calmdesk("search", "\U0001f600\u200b", "--json", "--limit", "3")
    assert result.returncode == 0
    assert "Nothing to search for" in result.stderr
    assert len(json.loads(result.stdout)) == 3


def test_list_and_categories_agree_on_counts() -> None:
    phrases = json.loads(calmdesk("list", "--json").stdout)
    categories = json.loads(calmdesk("categories", "--json").stdout)
    assert [c["key"] for c in categories] == list(CATEGORY_KEYS)
    for category in categories:
        assert category["label"]
        assert category["description"]
        assert category["count"] == sum(1 for p in phrases if p["category"] == category["key"])


def test_list_category_text_output() -> None:
    result = calmdesk("list", "--category", "boundary")
    assert result.returncode == 0
    rows = result.stdout.splitlines()
    assert len(rows) >= 6
    assert all(" boundary " in row for row in rows)


def test_checklist_json_lists_the_steps_in_order() -> None:
    steps = json.loads(calmdesk("checklist", "--json").stdout)
    assert [s["key"] for s in steps] == list(STEP_KEYS)
    for step in steps:
        assert step["title"]
        assert step["goal"]
        assert step["do"]
        assert set(step["categories"]) <= set(CATEGORY_KEYS)


def test_checklist_text_output_shows_what_to_say_instead() -> None:
    result = calmdesk("checklist")
    assert result.returncode == 0
    assert "Not:" in result.stdout
    assert "Say:" in result.stdout


def test_render_fills_blanks(team_dir: Path) -> None:
    result = calmdesk(
        "--packs",
        str(team_dir),
        "render",
        "team.parcel-late",
        "--set",
        "customer_name=Zoë",
        "--set",
        "order_number=A-17",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Hi Zoë, I called the courier about order A-17; I will write by ")
    assert "{{" not in result.stdout


def test_render_names_every_missing_blank_and_exits_2(team_dir: Path) -> None:
    result = calmdesk("--packs", str(team_dir), "render", "team.parcel-late")
    assert result.returncode == 2
    assert "customer_name" in result.stderr
    assert "order_number" in result.stderr
    assert result.stdout == ""


def test_render_uses_defaults_and_settings(team_dir: Path, xdg_home: Path) -> None:
    settings = xdg_home / "config" / "calmdesk" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text('agent_name = "Priya"\n', encoding="utf-8")
    result = calmdesk("--packs", str(team_dir), "render", "team.signature")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Kind regards, Priya from the support team"


def test_render_unknown_id_suggests_close_ones(team_dir: Path) -> None:
    result = calmdesk("--packs", str(team_dir), "render", "team.signatur")
    assert result.returncode == 1
    assert "team.signature" in result.stderr


def test_render_rejects_a_malformed_assignment(team_dir: Path) -> None:
    result = calmdesk("--packs", str(team_dir), "render", "team.signature", "--set", "oops")
    assert result.returncode == 2
    assert "NAME=VALUE" in result.stderr


def test_pack_check_good_and_bad(team_dir: Path, tmp_path: Path) -> None:
    good = team_dir / "team.toml"
    assert calmdesk("pack", "check", str(good)).returncode == 0
    bad = tmp_path / "broken.toml"
    bad.write_text(BROKEN_PACK, encoding="utf-8")
    result = calmdesk("pack", "check", str(good), str(bad))
    assert result.returncode == 1
    assert "broken.one" in result.stdout
    assert "not-a-category" in result.stdout
    assert f"{good}: ok" in result.stdout


def test_pack_check_reports_toml_syntax_with_line(tmp_path: Path) -> None:
    bad = tmp_path / "syntax.toml"
    bad.write_text('[pack]\nid = "x"\nname = \n', encoding="utf-8")
    result = calmdesk("pack", "check", str(bad))
    assert result.returncode == 1
    assert f"{bad}:3" in result.stdout


def test_a_broken_team_pack_is_reported_and_the_rest_still_loads(team_dir: Path) -> None:
    (team_dir / "zz-broken.toml").write_text(BROKEN_PACK, encoding="utf-8")
    result = calmdesk("--packs", str(team_dir), "search", "zzyzx", "--json")
    assert result.returncode == 0
    assert "zz-broken.toml" in result.stderr
    assert "Traceback" not in result.stderr
    assert json.loads(result.stdout)[0]["id"] == "team.parcel-late"


def test_missing_pack_folder_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    result = calmdesk("--packs", str(tmp_path / "nowhere"), "search", "sorry", "--json")
    assert result.returncode == 0
    assert "nowhere" in result.stderr
    assert json.loads(result.stdout)


def test_huge_and_odd_unicode_queries_never_crash() -> None:
    odd = ("😡" * 5000, "\u202edlrow\u0301", "é" * 10000, "  \t  ", "\U0010ffff\ufeff")
    for query in odd:
        result = calmdesk("search", query, "--json")
        assert result.returncode == 0, result.stderr
        assert isinstance(json.loads(result.stdout), list)
    # A NUL byte cannot travel in argv, but it can arrive on a pipe.
    piped = calmdesk("search", "--stdin", "--json", stdin="sorry\u0000wait\n\u0007\n")
    assert piped.returncode == 0, piped.stderr
    assert len(piped.stdout.splitlines()) == 2


def test_headless_commands_never_import_qt(team_dir: Path) -> None:
    probe = (
        "import sys; sys.argv = ['calmdesk', '--packs', sys.argv[1], 'search', 'sorry'];"
        "from calmdesk.cli.main import main; status = main();"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], 'Qt was imported';"
        "raise SystemExit(status)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(team_dir)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("display", "reason"),
    [(None, "no graphical session"), (":987", "cannot be opened")],
)
@pytest.mark.parametrize("command", [(), ("show",)])
def test_without_a_reachable_display_the_gui_says_so_instead_of_aborting(
    monkeypatch: pytest.MonkeyPatch, display: str | None, reason: str, command: tuple[str, ...]
) -> None:
    # Qt would abort the process with a message about a missing xcb library; we must answer first.
    for var in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    if display:
        monkeypatch.setenv("DISPLAY", display)
    result = calmdesk(*command)
    assert result.returncode == 1
    assert reason in result.stderr
    assert "xcb" not in result.stderr


def test_pack_check_on_a_folder_names_each_file_and_never_calls_a_bad_folder_ok(
    team_dir: Path, tmp_path: Path
) -> None:
    (team_dir / "zz-broken.toml").write_text(BROKEN_PACK, encoding="utf-8")
    result = calmdesk("pack", "check", str(team_dir))
    assert result.returncode == 1
    assert f"{team_dir / 'team.toml'}: ok" in result.stdout.splitlines()
    assert f"{team_dir}: ok" not in result.stdout
    assert "zz-broken.toml: ok" not in result.stdout


def test_pack_check_on_a_folder_without_packs_fails(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = calmdesk("pack", "check", str(empty))
    assert result.returncode == 1
    assert result.stdout.strip() == f"{empty}: no pack files (*.toml) in this folder"


def test_pack_check_reads_a_file_named_twice_once(team_dir: Path) -> None:
    good = team_dir / "team.toml"
    result = calmdesk("pack", "check", str(good), str(good), str(team_dir))
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines() == [f"{good}: ok"]


def test_the_cli_loads_the_language_the_settings_name(xdg_home: Path) -> None:
    settings = xdg_home / "config" / "calmdesk" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text('language = "xx"\n', encoding="utf-8")
    result = calmdesk("list", "--json")
    assert result.returncode == 0, result.stderr
    assert "resources/packs/xx: no built-in phrases in this language: using en" in result.stderr
    assert json.loads(result.stdout)


def test_render_warns_about_a_mistyped_set_name(team_dir: Path) -> None:
    result = calmdesk(
        "--packs",
        str(team_dir),
        "render",
        "team.signature",
        "--set",
        "agent_name=Priya",
        "--set",
        "compnay=ACME",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Kind regards, Priya from the support team"
    assert (
        'calmdesk: warning: team.signature has no blank named "compnay" (ignored); '
        "its blanks: agent_name, company"
    ) in result.stderr


def test_render_without_unknown_names_warns_nothing(team_dir: Path) -> None:
    result = calmdesk("--packs", str(team_dir), "render", "team.signature", "--set", "agent_name=Priya")
    assert result.returncode == 0
    assert result.stderr == ""


@pytest.mark.parametrize("key", ["A", "Shift+B", "F5"])
def test_hotkey_option_refuses_a_key_without_modifier(key: str) -> None:
    # Refused before anything starts: a bare key would be swallowed in every window of the desktop.
    result = calmdesk("--hotkey", key)
    assert result.returncode == 2
    assert "needs Ctrl, Alt or Super" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "given", ["Apology", "apology", "APOLOGY", "Wait notice", "wait_notice", "Follow-up"]
)
def test_category_accepts_the_label_shown_in_the_app(given: str) -> None:
    expected = {"apology": "apology", "wait notice": "wait", "wait_notice": "wait", "follow-up": "follow_up"}
    key = expected[given.lower()]
    result = calmdesk("list", "--category", given, "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found
    assert {item["category"] for item in found} == {key}


def test_search_category_accepts_the_label() -> None:
    result = calmdesk("search", "sorry", "--category", "Apology", "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found
    assert {item["category"] for item in found} == {"apology"}


def test_an_unknown_category_names_the_keys_and_labels() -> None:
    result = calmdesk("list", "--category", "apologies")
    assert result.returncode == 2
    assert "apology" in result.stderr
    assert "Wait notice" in result.stderr
    assert "Traceback" not in result.stderr


def _readme_commands(word: str) -> list[list[str]]:
    import shlex

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    found = []
    for line in readme.splitlines():
        if line.startswith(f"calmdesk {word} "):
            found.append(shlex.split(line.split("#", 1)[0])[1:])
    return found


def test_the_readme_render_example_runs_without_warnings() -> None:
    [example] = _readme_commands("render")
    result = calmdesk(*example)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip()


def test_doctor_prints_the_user_pack_folder(xdg_home: Path) -> None:
    result = calmdesk("doctor")
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("user packs"))
    assert str(xdg_home / "data" / "calmdesk" / "packs") in line


def test_history_clear_forgets_uses_and_search_memory_but_keeps_favourites() -> None:
    from calmdesk.store.userstore import UserStore

    assert "Nothing to clear" in calmdesk("history", "clear").stderr
    with UserStore.open() as store:
        store.toggle_favourite("apology.sorry-for-the-wait")
        store.record_use("apology.sorry-for-the-wait")
        store.query_memory.remember("sorri", "apology.sorry-for-the-wait")
    result = calmdesk("history", "clear")
    assert result.returncode == 0, result.stderr
    with UserStore.open() as store:
        assert store.recent() == []
        assert store.query_memory.learned("sorri") == {}
        assert store.is_favourite("apology.sorry-for-the-wait")


def test_doctor_says_where_the_log_is(xdg_home: Path) -> None:
    result = calmdesk("doctor")
    line = next(line for line in result.stdout.splitlines() if line.startswith("log"))
    assert str(xdg_home / "state" / "calmdesk" / "calmdesk.log") in line
