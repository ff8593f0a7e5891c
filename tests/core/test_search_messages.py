"""A team's search vocabulary with a fault is reported in the person's language, and so are the warnings a
user sees in the log (the command line's stderr, the app's log file)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from calmdesk.core import messages, team_cache
from calmdesk.core.search.vocabulary import read_file


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    messages.use(None)


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        ("version = 7\n", "de", "Vokabular-Version 7 ist nicht 1: Datei übersprungen"),
        ("terms = 3\n", "fr", "[terms] doit être une table"),
        ("[optional]\nfiller = 3\n", "es", "filler debe ser un texto de palabras o una lista de textos"),
        ('[terms]\n"a b c d e" = ["x"]\n', "pt", '"a b c d e" deve ter de 1 a 4 palavras'),
        ('[symbols]\n"ab" = "x"\n', "de", "symbols: 'ab' muss ein Zeichen = ein Wort sein"),
    ],
)
def test_a_fault_in_a_team_vocabulary_is_said_in_the_language_spoken(
    tmp_path: Path, text: str, lang: str, said: str
) -> None:
    messages.use(lang)
    path = tmp_path / "vocabulary.toml"
    path.write_text(text, encoding="utf-8")
    _vocabulary, problems = read_file(path)
    assert said in " ".join(p.message for p in problems)


def test_an_unreadable_team_vocabulary_is_said_in_german(tmp_path: Path) -> None:
    messages.use("de")
    _vocabulary, [problem] = read_file(tmp_path / "missing.toml")
    assert problem.message.startswith("Vokabular nicht gelesen: ")


def test_a_warning_in_the_log_is_said_in_german(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    messages.use("de")
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        team_cache.refresh(blocked, tmp_path / "team", [], set())
    assert "Keine Kopie der Team-Pakete von" in caplog.text
