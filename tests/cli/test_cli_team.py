"""`calmdesk pack check` against what the app loads, and `calmdesk doctor` naming broken team packs."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_runner import calmdesk

PACK = """\
[pack]
id = "{pack_id}"
name = "Team"
language = "en"
version = "1.0.0"

[[phrase]]
id = "{phrase_id}"
category = "solution"
title = "Team phrase"
text = "A team answer."
"""


@pytest.fixture
def builtin_id() -> str:
    from calmdesk.core.library import load_library

    return load_library().phrases[0].id


def test_pack_check_reports_an_id_a_loaded_pack_already_uses(tmp_path: Path, builtin_id: str) -> None:
    clash = tmp_path / "clash.toml"
    clash.write_text(PACK.format(pack_id="team-clash", phrase_id=builtin_id), encoding="utf-8")
    result = calmdesk("pack", "check", str(clash))
    assert result.returncode == 1
    assert f'id "{builtin_id}" is already used by resources/packs/' in result.stdout
    assert f"{clash}:" in result.stdout
    own = tmp_path / "own.toml"
    own.write_text(PACK.format(pack_id="team-own", phrase_id="team.own-phrase"), encoding="utf-8")
    assert calmdesk("pack", "check", str(own)).returncode == 0


def test_a_file_in_a_loaded_team_folder_is_not_a_clash_with_itself(tmp_path: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    (team / "t.toml").write_text(PACK.format(pack_id="team-t", phrase_id="team.t-one"), encoding="utf-8")
    result = calmdesk("--packs", str(team), "pack", "check", str(team / "t.toml"))
    assert result.returncode == 0, result.stdout
    other = tmp_path / "other.toml"
    other.write_text(PACK.format(pack_id="team-t", phrase_id="team.t-two"), encoding="utf-8")
    clash = calmdesk("--packs", str(team), "pack", "check", str(other))
    assert clash.returncode == 1
    assert 'pack id "team-t" is already used by' in clash.stdout


def test_doctor_names_a_broken_team_pack_and_still_counts_the_rest(tmp_path: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    (team / "good.toml").write_text(PACK.format(pack_id="team-g", phrase_id="team.g-one"), encoding="utf-8")
    (team / "broken.toml").write_text("[pack\n", encoding="utf-8")
    result = calmdesk("--packs", str(team), "doctor")
    assert result.returncode == 0, result.stderr
    assert "phrase packs" in result.stdout
    assert "pack problem" in result.stdout
    assert "broken.toml" in result.stdout
