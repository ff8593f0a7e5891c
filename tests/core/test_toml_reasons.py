"""Python's TOML syntax errors said in the person's language, with the file, line and column, and tomllib's
own words kept: a broken pack, team vocabulary or settings file read under LANGUAGE=de speaks German."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from calmdesk.core import messages
from calmdesk.core.packs import read_pack_text
from calmdesk.core.search.vocabulary import read_file
from calmdesk.core.toml_reasons import explain
from calmdesk.store.settings_toml import parse_settings_text

# One broken document for each of tomllib's messages that a hand-edited file meets.
BROKEN = (
    'title = "Sorry\n',  # Illegal character (a text cut by the end of its line)
    "title = Sorry\n",  # Invalid value
    "[pack\n",  # Expected ']' at the end of a table declaration
    "[[phrase]\n",  # Expected ']]' at the end of an array declaration
    "title\n",  # Expected '=' after a key in a key/value pair
    "a = 1\na = 2\n",  # Cannot overwrite a value
    "[pack]\n[pack]\n",  # Cannot declare ('pack',) twice
    "a = [1, 2\n",  # Unclosed array
    "a = {b = 1\n",  # Unclosed inline table
    "a = {b = 1, b = 2}\n",  # Duplicate inline table key
    'a = "\\q"\n',  # Unescaped '\' in a string
    "a = 2026-02-30\n",  # Invalid date or datetime
    'a = """never closed\n',  # Expected '"""'
    "= 1\n",  # Invalid initial character for a key part
)


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    messages.use(None)


def _detail(text: str) -> str:
    with pytest.raises(tomllib.TOMLDecodeError) as caught:
        tomllib.loads(text)
    return str(caught.value).rsplit(" (at ", 1)[0]


@pytest.mark.parametrize("text", BROKEN)
def test_each_of_tomllibs_messages_is_explained_in_german_with_its_own_words_kept(text: str) -> None:
    messages.use("de")
    detail = _detail(text)
    said = explain(detail)
    assert said.endswith(f"(Python: {detail})")  # the technical detail, as Python wrote it
    assert said.removesuffix(f"(Python: {detail})").strip()  # and a German sentence before it


def test_a_broken_pack_is_explained_in_german_with_its_file_line_and_column() -> None:
    messages.use("de")
    [problem] = read_pack_text(
        '[pack]\nname = "Team"\n\n[[phrase]]\ntitle = Entschuldigung\n', "team.toml"
    ).problems
    said = str(problem)
    assert said.startswith("team.toml:5: TOML-Syntaxfehler: ein Wert ist ungültig")
    assert "(Python: Invalid value)" in said
    assert "(Spalte 9)" in said


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("es", "un texto no está cerrado"),
        ("fr", "le caractère '\\n' n'est pas permis dans un texte"),
        ("pt", "o caractere '\\n' não é permitido em um texto"),
    ],
)
def test_each_language_says_what_is_wrong(lang: str, words: str) -> None:
    messages.use(lang)
    text = 'a = "never closed\n' if lang != "es" else 'a = """never closed\n'
    [problem] = read_pack_text(text, "team.toml").problems
    assert words in problem.message


def test_english_keeps_tomllibs_words_first() -> None:
    [problem] = read_pack_text("title\n", "team.toml").problems
    assert problem.message.startswith(
        "TOML syntax error: Expected '=' after a key in a key/value pair (a key"
    )


def test_a_message_tomllib_may_add_later_is_shown_as_written() -> None:
    messages.use("de")
    assert explain("Something new went wrong") == "Something new went wrong"


def test_a_broken_team_vocabulary_says_where_and_what_in_german(tmp_path: Path) -> None:
    messages.use("de")
    path = tmp_path / "vocabulary.toml"
    path.write_text('[terms]\nrefund = ["money back"\n', encoding="utf-8")
    _vocabulary, [problem] = read_file(path)
    assert problem.line == 3
    assert "TOML-Syntaxfehler" in problem.message
    assert "(Python: Unclosed array)" in problem.message


def test_a_broken_settings_file_says_what_in_german() -> None:
    messages.use("de")
    _table, said = parse_settings_text("agent_name = Ana\n", "settings.toml")
    assert said is not None
    assert "ein Wert ist ungültig" in said
    assert "Python: Invalid value" in said
