"""The importers' own words (skip reasons, notes, what was left out) in the person's language, as the rest of
the import report: `LANGUAGE=de calmdesk import ...` and the editor's dialog in German say them in German."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from calmdesk.core import messages
from calmdesk.core.importers import read_import
from cli_runner import calmdesk_process

# One file that makes every kind of reason: an empty text, an unknown category and step, an unknown language,
# only a blank, a text over the limit.
CSV = (
    "title,text,category,step,lang\n"
    "Empty,,,,\n"
    "Odd category,Thanks for waiting.,sales,,\n"
    "Odd step,Sorry about that.,apology,dance,\n"
    "Odd language,Hola.,,,klingon\n"
    "Only a blank,{{clipboard}},,,\n"
    f"Long,{'x' * 20_001},,,\n"
)
# Per language, words each of those reasons has in its translation (and English has not).
EXPECTED = {
    "de": ("der Text ist leer", "unbekannte Kategorie", "Checklisten-Schritt", "unbekannte Sprache"),
    "es": ("el texto está vacío", "categoría desconocida", "paso de la lista", "idioma desconocido"),
    "fr": ("le texte est vide", "catégorie inconnue", "étape de la liste", "langue inconnue"),
    "pt": ("o texto está vazio", "categoria desconhecida", "etapa do checklist", "idioma desconhecido"),
}


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "phrases.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


@pytest.fixture
def speaking() -> Iterator[None]:
    yield
    messages.use(None)  # the next test speaks English again


def _words(path: Path) -> list[str]:
    result = read_import("csv", path, taken=set())
    return [s.reason for s in result.skipped] + list(result.notes)


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_the_importers_reasons_and_notes_are_in_the_language_spoken(
    lang: str, sheet: Path, speaking: None
) -> None:
    assert messages.use(lang) == lang, "the catalogues are built (scripts/build-translations)"
    said = " | ".join(_words(sheet))
    for words in EXPECTED[lang]:
        assert words in said, said
    # Every reason is said in the language: not one of them is the English one.
    messages.use(None)
    english = _words(sheet)
    messages.use(lang)
    assert not set(english) & set(_words(sheet))


def test_english_stays_english(sheet: Path, speaking: None) -> None:
    messages.use(None)
    said = " | ".join(_words(sheet))
    assert "the text is empty" in said
    assert 'unknown category "sales"; guessed from the words instead' in said
    assert "the text is 20,001 characters long; at most 20,000 are allowed" in said


def test_the_command_line_words_the_reasons_in_the_locales_language(sheet: Path) -> None:
    ran = calmdesk_process(
        "import", "csv", str(sheet), "--dry-run", env={"LANGUAGE": "fr", "LANG": "fr_FR.UTF-8"}
    )
    assert ran.returncode == 0, ran.stderr
    assert "le texte est vide" in ran.stdout
    # Numbers grouped the French way too (a narrow no-break space), as in "1 000".
    assert "le texte fait 20\u202f001 caractères ; 20\u202f000 au plus sont permis" in ran.stdout
    assert "the text is empty" not in ran.stdout


@pytest.mark.parametrize(
    ("lang", "written"), [(None, "20,001"), ("de", "20.001"), ("es", "20.001"), ("fr", "20\u202f001")]
)
def test_numbers_in_the_reasons_are_grouped_the_languages_way(
    lang: str | None, written: str, speaking: None
) -> None:
    messages.use(lang)
    assert messages.number(20_001) == written
    assert messages.number(999) == "999"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (None, "it is a folder, not a regular file"),
        ("de", "es ist ein Ordner, keine normale Datei"),
        ("es", "es una carpeta, no un archivo normal"),
        ("fr", "c\u2019est un dossier, pas un fichier ordinaire"),
        ("pt", "é uma pasta, não um arquivo comum"),
    ],
)
def test_a_file_refused_unread_says_why_in_the_language(
    lang: str | None, said: str, tmp_path: Path, speaking: None
) -> None:
    from calmdesk.core.importers import ImportFailed

    messages.use(lang)
    with pytest.raises(ImportFailed, match=said):
        read_import("csv", tmp_path, taken=set())


def test_a_windows_1252_sheet_is_noted_in_the_language(tmp_path: Path, speaking: None) -> None:
    sheet = tmp_path / "excel.csv"
    sheet.write_bytes("title,text\nCafé,Désolé pour le retard.\n".encode("cp1252"))
    messages.use("de")
    notes = read_import("csv", sheet, taken=set()).notes
    assert any("kein UTF-8; als Windows-1252 gelesen" in note for note in notes), notes
