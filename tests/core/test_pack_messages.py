"""The pack readers' problems in the person's language (core.messages), and the caches that keep them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.cli_runner import calmdesk_process

from calmdesk.core import messages, pack_memo, pack_store
from calmdesk.core.library import load_library
from calmdesk.core.library_cache import fingerprint
from calmdesk.core.pack_memo import PackMemo
from calmdesk.core.packs import read_pack_bytes, read_pack_text
from calmdesk.core.tone.rules import parse_rules

# One pack with a fault of each common kind: an unknown field, a missing field, a value of the wrong type,
# an unknown category, and a pack with no [pack] table.
BROKEN = """
[[phrase]]
id = "apology.late"
category = "apologies"
title = 42
text = "Sorry for the wait."
colour = "red"

[[phrase]]
id = "apology.again"
category = "apology"
text = "Sorry again."
"""
# What each language says for those faults (a part of each message, from its catalogue).
SAID = {
    "en": ("missing [pack] table", "unknown category", "must be a string, not a number", "unknown field"),
    "de": ("die [pack]-Tabelle fehlt", "unbekannte Kategorie", "muss ein Text", "unbekanntes Feld"),
    "es": ("falta la tabla [pack]", "categoría desconocida", "debe ser un texto", "campo desconocido"),
    "fr": ("la table [pack] manque", "catégorie inconnue", "doit être un texte", "champ inconnu"),
    "pt": ("falta a tabela [pack]", "categoria desconhecida", "deve ser um texto", "campo desconhecido"),
}


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    messages.use(None)  # the next test starts from English, whatever this one spoke


def _said(text: str) -> str:
    return "\n".join(str(p) for p in read_pack_text(text, "team.toml").problems)


@pytest.mark.parametrize("lang", ["en", "de", "es", "fr", "pt"])
def test_a_broken_pack_is_reported_in_the_language_spoken(lang: str) -> None:
    assert messages.use(lang) == (None if lang == "en" else lang)
    report = _said(BROKEN)
    for words in SAID[lang]:
        assert words in report
    if lang != "en":
        assert not any(words in report for words in SAID["en"])


def test_the_fields_and_lines_stay_as_they_are_in_german() -> None:
    messages.use("de")
    problems = read_pack_text(BROKEN, "team.toml").problems
    missing = next(p for p in problems if "Pflichtfeld" in p.message)
    assert missing.message == 'das Pflichtfeld "title" fehlt'
    assert missing.phrase_id == "apology.again"
    assert missing.line == 9  # its [[phrase]] header
    assert any(p.line == 4 and "apologies" in p.message for p in problems)


def test_a_phrase_without_a_good_id_is_named_in_the_language() -> None:
    messages.use("fr")
    problems = read_pack_text('[pack]\nid="p"\nname="P"\nlanguage="fr"\nversion="1"\n[[phrase]]\n', "x")
    assert {p.phrase_id for p in problems.problems} == {"phrase n° 1"}
    assert any('le champ obligatoire "id" manque' in p.message for p in problems.problems)


def test_syntax_encoding_and_counts_in_portuguese() -> None:
    messages.use("pt")
    assert "erro de sintaxe TOML" in _said("[pack\n")
    latin1 = read_pack_bytes("título = 'x'\n".encode("latin-1"), "x.toml").problems[0].message
    assert latin1.startswith("não é texto UTF-8 (byte 0xed na linha 1)")
    many = "\n".join(f'[[phrase]]\nid = "p{n}"\n' for n in range(40))
    assert "... e mais 1.0" not in _said(many)  # a count, not a digit group in the wrong place
    assert "problemas neste arquivo (corrija primeiro os de cima)" in _said(many)


def test_a_missing_folder_in_spanish(tmp_path: Path) -> None:
    messages.use("es")
    library = load_library([tmp_path / "nowhere"])
    assert [p.message for p in library.problems] == ["no existe ese archivo ni esa carpeta de paquetes"]


def test_pack_check_speaks_the_locales_language(tmp_path: Path) -> None:
    pack = tmp_path / "team.toml"
    pack.write_text(BROKEN, encoding="utf-8")
    german = calmdesk_process("pack", "check", str(pack), env={"LANG": "de_DE.UTF-8", "LANGUAGE": "de"})
    assert german.returncode == 1
    for words in SAID["de"]:
        assert words in german.stdout
    english = calmdesk_process("pack", "check", str(pack), env={"LANG": "C.UTF-8"})
    assert "unknown category" in english.stdout


def test_the_library_cache_is_kept_apart_per_language_of_the_messages() -> None:
    english = fingerprint("en", [])
    messages.use("de")
    assert fingerprint("en", []) != english


def test_kept_pack_files_are_read_again_in_another_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pack_memo, "RACY_SECONDS", 0.0)  # a file written just now is kept all the same
    pack = tmp_path / "team.toml"
    pack.write_text(BROKEN, encoding="utf-8")
    memo = PackMemo()
    memo.read(pack)
    pack_store.keep(tmp_path / "cache", memo)
    assert pack_store.memo_from(tmp_path / "cache").entries()  # the same language: used
    messages.use("fr")
    assert not pack_store.memo_from(tmp_path / "cache").entries()
    assert "catégorie inconnue" in str(PackMemo().read(pack).problems)


def test_a_teams_tone_rules_are_reported_in_the_language_spoken() -> None:
    messages.use("de")
    text = '[[rule]]\nid = "nogroup"\nkind = "existence"\nwhy = "x"\nnegatable = "yes"\n'
    said = [str(p) for p in parse_rules(text, "team.toml").problems]
    assert said == [
        'team.toml:2: [nogroup] die ID "nogroup" braucht eine Gruppe vor einem Punkt, etwa "blame.nogroup"',
        'team.toml:1: [nogroup] eine Regel der Art "existence" braucht "match"',
        'team.toml:5: [nogroup] "negatable" muss true oder false sein',
    ]


def test_check_speaks_the_locales_language_about_a_team_folder(tmp_path: Path) -> None:
    team = tmp_path / "team"
    (team / "tone").mkdir(parents=True)
    (team / "tone" / "ours.toml").write_text('[[rule]]\nid = "a.b"\nkind = "loud"\nwhy = "x"\n', "utf-8")
    (team / "pack.toml").write_text(BROKEN, encoding="utf-8")
    env = {"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr"}
    french = calmdesk_process("check", "--phrases", str(team), env=env)
    said = french.stdout + french.stderr
    assert 'type de règle (kind) inconnu "loud"' in said
    assert "catégorie inconnue" in said
