"""`--lang` on the phrase commands, and the content language following the settings, then the locale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def calmdesk(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "calmdesk", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **env},
    )


def ok(*args: str, **env: str) -> str:
    result = calmdesk(*args, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_list_in_spanish_gives_each_phrase_its_language() -> None:
    phrases = json.loads(ok("list", "--lang", "es", "--json"))
    by_id = {p["id"]: p for p in phrases}
    wait = by_id["apology.sorry-for-the-wait"]
    assert (wait["lang"], wait["fallback"]) == ("es", False)
    assert wait["title"] == "Perdone la espera"
    assert set(wait["languages"]) >= {"en", "es"}
    fallbacks = [p for p in phrases if p["fallback"]]
    assert all(p["lang"] == "en" for p in fallbacks)
    assert len(phrases) == len(by_id)  # one entry per phrase, whatever its languages


ENGLISH_ONLY_PACK = """
[pack]
id = "team-en"
name = "Team"
language = "en"
version = "1.0.0"

[[phrase]]
id = "team.english-only"
category = "closing"
title = "Team sign-off"
text = "Thanks again from all of us."
"""


def test_the_table_marks_an_english_fallback(tmp_path: Path) -> None:
    # Every built-in phrase has a Spanish version, so the English-only phrase comes from a team pack.
    (tmp_path / "team.toml").write_text(ENGLISH_ONLY_PACK, encoding="utf-8")
    lines = ok("--packs", str(tmp_path), "list", "--lang", "es").splitlines()
    assert any("Perdone la espera" in line and not line.endswith("[en]") for line in lines)
    # A phrase without a Spanish version shows English, marked [en].
    fallbacks = json.loads(ok("--packs", str(tmp_path), "list", "--lang", "es", "--json"))
    assert [p["id"] for p in fallbacks if p["fallback"]] == ["team.english-only"]
    assert any("team.english-only" in line and line.endswith("[en]") for line in lines)


def test_search_in_spanish_and_in_english_within_spanish() -> None:
    hits = json.loads(ok("search", "--lang", "es", "reembolso", "--json"))
    assert hits[0]["lang"] == "es"
    assert hits[0]["category"] in ("solution", "commitment", "follow_up")
    english = json.loads(ok("search", "--lang", "es", "refund", "--json", "--limit", "3"))
    assert any(h["lang"] == "es" and h["category"] == "solution" for h in english)


def test_render_writes_the_promise_the_phrase_language_way() -> None:
    text = ok("render", "--lang", "es", "commitment.update-in-two-hours")
    assert text.startswith("Le escribo con novedades ")
    assert "antes de las" in text


def test_the_locale_chooses_the_language_when_the_settings_do_not() -> None:
    hits = json.loads(ok("search", "espera", "--json", "--limit", "1", LANG="es_ES.UTF-8"))
    assert hits[0]["lang"] == "es"
    assert json.loads(ok("search", "wait", "--json", "--limit", "1"))[0]["lang"] == "en"


def test_the_settings_language_wins_over_the_locale(xdg_home: Path) -> None:
    settings = xdg_home / "config" / "calmdesk" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text('language = "en"\n', encoding="utf-8")
    shown = {h["id"]: h["lang"] for h in json.loads(ok("list", "--json", LANG="es_ES.UTF-8"))}
    assert shown["apology.sorry-for-the-wait"] == "en"
    assert "apology.double-charge" not in shown  # written only in Spanish: not in an English list
    asked = {h["id"]: h["lang"] for h in json.loads(ok("list", "--json", "--lang", "es"))}
    assert asked["apology.sorry-for-the-wait"] == "es"


@pytest.mark.parametrize("command", ["list", "search", "render", "copy", "check"])
def test_every_content_command_takes_lang(command: str) -> None:
    result = calmdesk(command, "--help")
    assert "--lang" in result.stdout
    refused = calmdesk(command, "--lang", "xx", "x")
    assert refused.returncode == 2
    assert "invalid choice" in refused.stderr
