"""Espanso files read the way Espanso's own loader reads them (realworld/EXPECTED.md, fourth round)."""

from __future__ import annotations

from pathlib import Path

from calmdesk.core.importers import read_import
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
