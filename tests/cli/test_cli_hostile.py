"""The CLI against hostile content and odd consoles (issue 11): no hang, no raw escape, no crash."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cli_runner import calmdesk_process as calmdesk

PACK = """\
[pack]
id = "team"
name = "Team"
language = "en"
version = "1.0.0"

[[phrase]]
id = "team.cafe"
category = "closing"
title = {title}
text = "Merci, caf\\u00e9 \\u2615 {{{{agent_name|Ana}}}}"
"""


def user_packs(xdg_home: Path) -> Path:
    folder = xdg_home / "data" / "calmdesk" / "packs"
    folder.mkdir(parents=True)
    return folder


def test_poisoned_user_pack_folder_neither_hangs_nor_hides_the_builtin_phrases(xdg_home: Path) -> None:
    folder = user_packs(xdg_home)
    os.mkfifo(folder / "fifo.toml")
    (folder / "zero.toml").symlink_to("/dev/zero")
    (folder / "huge-int.toml").write_text("x = " + "1" * 5000 + "\n", encoding="utf-8")
    (folder / "deep.toml").write_text("x = " + "[" * 3000 + "]" * 3000 + "\n", encoding="utf-8")
    result = calmdesk("search", "sorry", "--json", timeout=30)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout), "built-in phrases are still found"
    for name in ("fifo.toml", "zero.toml", "huge-int.toml", "deep.toml"):
        assert name in result.stderr
    assert "unexpected error" not in result.stderr


def test_a_link_to_stdin_in_a_pack_folder_never_swallows_the_queries(xdg_home: Path) -> None:
    (user_packs(xdg_home) / "stdin.toml").symlink_to("/dev/stdin")
    result = calmdesk("search", "--stdin", stdin="sorry\nrefund\n", timeout=30)
    assert result.returncode == 0, result.stderr
    answers = result.stdout.splitlines()
    assert len(answers) == 2
    assert all(json.loads(line) for line in answers)


def test_an_unknown_users_home_in_the_settings_is_reported_and_skipped(xdg_home: Path) -> None:
    config = xdg_home / "config" / "calmdesk"
    config.mkdir(parents=True)
    (config / "settings.toml").write_text('pack_dirs = ["~nosuchuser-calmdesk/team"]\n', encoding="utf-8")
    result = calmdesk("list")
    assert result.returncode == 0, result.stderr
    assert "~nosuchuser-calmdesk/team" in result.stderr
    assert "Could not determine home directory" not in result.stderr
    assert len(result.stdout.splitlines()) > 100


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_output_encoding_never_fails(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "team.toml").write_text(PACK.format(title='"Caf\\u00e9 thanks"'), encoding="utf-8")
    env = {"PYTHONIOENCODING": encoding}
    result = calmdesk("--packs", str(tmp_path), "render", "team.cafe", env=env)
    assert result.returncode == 0, result.stderr
    assert "Merci, caf" in result.stdout
    assert "unexpected error" not in result.stderr
    listed = calmdesk("--packs", str(tmp_path), "list", env=env)
    assert listed.returncode == 0, listed.stderr
    as_json = calmdesk("--packs", str(tmp_path), "list", "--json", env=env)
    assert as_json.returncode == 0, as_json.stderr
    titles = {entry["id"]: entry["title"] for entry in json.loads(as_json.stdout)}
    assert titles["team.cafe"] == "Caf\u00e9 thanks", "JSON stays exact, escaped the JSON way"


def test_escape_sequences_in_a_team_pack_never_reach_the_terminal(tmp_path: Path) -> None:
    # OSC 52 would write the terminal's clipboard; the pack is refused and the warning shows it escaped.
    (tmp_path / "team.toml").write_text(
        PACK.format(title='"Hi\\u001b]52;c;ZXZpbA==\\u0007"'), encoding="utf-8"
    )
    for args in (("list",), ("search", "merci"), ("categories",)):
        result = calmdesk("--packs", str(tmp_path), *args)
        assert "\x1b" not in result.stdout + result.stderr
        assert "\x07" not in result.stdout + result.stderr
    check = calmdesk("pack", "check", str(tmp_path / "team.toml"))
    assert check.returncode == 1
    assert "holds control characters (\\e, \\x07)" in check.stdout


def test_a_newline_in_a_file_name_cannot_forge_an_ok_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad\nforged.toml: ok\nx.toml"
    bad.write_text("not toml [", encoding="utf-8")
    result = calmdesk("pack", "check", str(bad))
    assert result.returncode == 1
    assert not any(line.endswith("forged.toml: ok") for line in result.stdout.splitlines())
    assert "bad\\nforged.toml: ok\\nx.toml" in result.stdout


def test_an_import_preview_escapes_titles_from_another_tools_files(tmp_path: Path) -> None:
    snippets = tmp_path / "base.yml"
    snippets.write_text(
        'matches:\n  - trigger: ":x"\n    replace: "hello there"\n'
        '    label: "Hi \\e]52;c;ZXZpbA==\\a done"\n',
        encoding="utf-8",
    )
    result = calmdesk("import", "espanso", str(snippets), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout
    assert "\x07" not in result.stdout
    assert "Hi \\e]52;c;ZXZpbA==\\x07 done" in result.stdout
