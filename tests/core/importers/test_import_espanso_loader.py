"""Espanso files read the way Espanso's own loader reads them (realworld/EXPECTED.md, fourth round)."""

from __future__ import annotations

from pathlib import Path

import pytest

from calmdesk.core.importers import ImportFailed, read_import
from calmdesk.core.importers.espanso import import_espanso_text

REAL = Path(__file__).parent / "realworld"


def _texts(path: Path) -> dict[str, str]:
    result = read_import("espanso", path, taken=set())
    return {p.tags[0]: p.text for p in result.phrases}


def test_choice_values_written_as_lines_are_a_choice() -> None:
    # Espanso's choice extension splits a string `values` on new lines and leaves blank lines out.
    yaml = (
        "matches:\n"
        "  - trigger: ';pick'\n"
        "    replace: 'By {{carrier}}.'\n"
        "    vars:\n"
        "      - name: carrier\n"
        "        type: choice\n"
        "        params:\n"
        "          values: |\n"
        "            Post\n"
        "\n"
        "            Courier\n"
    )
    result = import_espanso_text(yaml, "pick.yml", taken=set(), default_category="general")
    assert [p.text for p in result.phrases] == ["By {{carrier: Post | Courier}}."]
    assert result.skipped == []


def test_the_0_7_dummy_variable_is_fixed_text_like_echo() -> None:
    # Espanso 0.7 named its echo extension `dummy`; files written then still use it, and Espanso 2 reads it.
    yaml = (
        "matches:\n"
        "  - trigger: ';team'\n"
        "    replace: 'From {{who}}.'\n"
        "    vars:\n"
        "      - name: who\n"
        "        type: dummy\n"
        "        params: {echo: the support team}\n"
    )
    result = import_espanso_text(yaml, "team.yml", taken=set(), default_category="general")
    assert [p.text for p in result.phrases] == ["From the support team."]
    assert result.notes == []
    assert not result.dropped


def test_global_vars_of_one_file_are_there_for_every_file(tmp_path: Path) -> None:
    # Espanso gathers the global_vars of every loaded match file into one set.
    (tmp_path / "base.yml").write_text(
        "global_vars:\n  - {name: agent, type: echo, params: {echo: Robin}}\n"
        "matches:\n  - {trigger: ';hi', replace: 'Hi, {{agent}} here.'}\n",
        encoding="utf-8",
    )
    (tmp_path / "work.yml").write_text(
        "matches:\n  - {trigger: ';sig', replace: 'Regards, {{agent}}'}\n", encoding="utf-8"
    )
    assert _texts(tmp_path) == {"hi": "Hi, Robin here.", "sig": "Regards, Robin"}


def test_imports_are_followed_once_each_and_a_cycle_ends() -> None:
    folder = REAL / "espanso-imports"
    result = read_import("espanso", folder, taken=set())
    texts = {p.tags[0]: p.text for p in result.phrases}
    assert texts == {
        "hi": "Hello, Robin from the help desk here.",
        "bye": "Take care, and write again any time. Robin",  # only in _shared.yml, which base.yml imports
        "extra": "One more thing before you go.",  # imported and in the folder: read once
        "sig": "Warm regards,\nRobin",
        "team": "Greetings from the support team.",
        "pick": "Your parcel goes by {{carrier: Post | Courier}}.",
        "pref": "We will reach you by {{how: phone | email}}.",
    }
    assert len(result.phrases) == 7
    assert [n for n in result.notes if "_gone.yml" in n] == [
        f'{folder / "match" / "_shared.yml"}: the import "_gone.yml" was not found; left out'
    ]
    # One private file alone brings what it imports, and its cycle back to base.yml ends.
    alone = _texts(folder / "match" / "_shared.yml")
    assert set(alone) == {"bye", "hi", "extra"}


def test_imports_that_are_not_match_files_are_named_and_left_out(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to(tmp_path / "loop")  # a link loop
    (tmp_path / "base.yml").write_text(
        "imports: ['/dev/zero', 'loop', 'notes.txt', 42, 'base.yml']\n"
        "matches:\n  - {trigger: ';a', replace: 'Still here.'}\n",
        encoding="utf-8",
    )
    result = read_import("espanso", tmp_path / "base.yml", taken=set())
    assert [p.text for p in result.phrases] == ["Still here."]
    assert len([n for n in result.notes if "left out" in n]) == 4


def test_a_match_variable_is_the_text_of_the_match_it_names(tmp_path: Path) -> None:
    (tmp_path / "emoji.yml").write_text(
        "matches:\n"
        "  - {trigger: ';art;', replace: '🎨'}\n"
        "  - trigger: dmoji\n"
        "    search_terms: [Improve the layout]\n"
        "    replace: '{{art}}'\n"
        "    vars: [{name: art, type: match, params: {trigger: ';art;'}}]\n"
        "  - trigger: ';cc'\n"
        "    replace: 'Signed: {{sig}} {{gone}}'\n"
        "    vars:\n"
        "      - {name: sig, type: match, params: {trigger: ';sig'}}\n"
        "      - {name: gone, type: match, params: {trigger: ';nowhere'}}\n",
        encoding="utf-8",
    )
    (tmp_path / "sig.yml").write_text(
        "matches:\n  - {trigger: ';sig', replace: 'Robin, help desk$|$'}\n", encoding="utf-8"
    )
    result = read_import("espanso", tmp_path, taken=set())
    texts = [p.text for p in result.phrases]
    assert texts.count("🎨") == 2
    assert "Signed: Robin, help desk {{gone}}" in texts
    assert result.skipped == []


def test_double_braces_that_are_not_a_variable_name_are_text_not_a_blank() -> None:
    # Espanso's renderer takes {{name}} or {{name.field}} (word characters) as a variable and leaves any
    # other {{...}}, such as a Hugo shortcode, as typed. CalmDesk cannot hold those braces: skipped, said.
    yaml = (
        "matches:\n"
        "  - trigger: ':hg'\n"
        "    replace: 'Embed: {{< gist someone 42 >}}'\n"
        "  - trigger: ':hi'\n"
        "    replace: 'Hi {{ name }}, see {{form1.city}}'\n"
    )
    result = import_espanso_text(yaml, "hugo.yml", taken=set(), default_category="general")
    assert [p.text for p in result.phrases] == ["Hi {{name}}, see {{form1_city}}"]
    assert [(s.where, s.reason) for s in result.skipped] == [
        ("hugo.yml match :hg", "its text holds braces CalmDesk cannot read as blanks")
    ]


def test_match_files_that_an_app_config_includes_are_read() -> None:
    folder = REAL / "espanso-app-configs"
    result = read_import("espanso", folder, taken=set())
    assert {p.tags[0]: p.text for p in result.phrases} == {
        "ok": "Okay, noted.",
        "mfoot": "Sent from the support mailbox.",
        "tk": "I have opened a ticket for this.",
    }
    assert result.dropped["app filter (filter_exec)"] == 1
    assert result.dropped["app filter (filter_class)"] == 1
    assert [n for n in result.notes if "_gone.yml" in n] == [
        f'{folder / "config" / "desk.yml"}: the import "../match/_gone.yml" was not found; left out'
    ]


def test_a_link_loop_is_named_as_such_not_as_missing(tmp_path: Path) -> None:
    (tmp_path / "a.yml").symlink_to(tmp_path / "b.yml")
    (tmp_path / "b.yml").symlink_to(tmp_path / "a.yml")
    with pytest.raises(ImportFailed, match="symbolic links"):
        read_import("espanso", tmp_path / "a.yml", taken=set())


def test_a_snippet_of_only_a_space_character_says_so() -> None:
    yaml = "matches:\n  - {trigger: ';nbsp;', replace: \"\\u00a0\"}\n  - {trigger: ';none', replace: ''}\n"
    result = import_espanso_text(yaml, "chars.yml", taken=set(), default_category="general")
    assert [s.reason for s in result.skipped] == [
        "its replace text is only a space character",
        "its replace text is empty",
    ]


@pytest.mark.parametrize("key", ["vars", "triggers"])
def test_one_list_repeated_through_aliases_is_refused_not_read_for_minutes(tmp_path: Path, key: str) -> None:
    entry = "{name: e%d, type: echo, params: {echo: x}}" if key == "vars" else "':x%d'"
    count = 1_000  # 1,000 matches x 1,000 entries: a million, past the limit; the first run read it all
    lines = ["anchors:", "  l: &l", *(f"    - {entry % i}" for i in range(count)), "matches:"]
    lines += [f"  - {{trigger: ':t{i}', replace: 'hi {i}', {key}: *l}}" for i in range(count)]
    bomb = tmp_path / "bomb.yml"
    bomb.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="YAML aliases"):
        read_import("espanso", bomb, taken=set())
