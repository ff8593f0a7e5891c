"""CSV with a header (BOM, quoted multi-line fields) and the header-less TextExpander layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from calmdesk.core.importers import ImportFailed, read_import
from calmdesk.core.importers.csvfile import import_csv_text

SAMPLES = Path(__file__).parent / "samples"


def test_header_bom_multiline_and_columns() -> None:
    result = read_import("csv", SAMPLES / "generic.csv", taken=set())
    first = result.phrases[0]
    assert first.title == "Sorry for the delay"
    assert first.text == "I am sorry this took so long.\nThank you for waiting, {{customer_name}}."
    assert (first.category, first.tags, first.channels, first.step) == (
        "apology",
        ("sorry", "delay"),
        ("chat", "email"),
        "apologize",
    )
    assert result.phrases[1].category == "solution"  # guessed from "refund"
    assert [s.reason for s in result.skipped] == ["the text is empty"]
    assert result.skipped[0].where.endswith("generic.csv:7")
    assert any('unknown category "nonsense"' in note for note in result.notes)


def test_textexpander_layout_without_header() -> None:
    result = read_import("csv", SAMPLES / "textexpander.csv", taken=set())
    assert [(p.title, p.tags) for p in result.phrases] == [
        ("Thanks opener", ("ty",)),
        ("Hold message", ("hold",)),
        ("Two lines", ("multi",)),
    ]
    assert result.phrases[2].text == "Line one\nLine two"


def test_textexpander_header_names_are_recognised() -> None:
    text = "abbreviation,content,label\n;x,Hello there,Greeting\n"
    result = import_csv_text(text, "t.csv", taken=set(), default_category="solution")
    assert [(p.title, p.text, p.tags) for p in result.phrases] == [("Greeting", "Hello there", ("x",))]


def test_an_unclosed_quote_names_the_line() -> None:
    with pytest.raises(ImportFailed) as caught:
        import_csv_text('title,text\nA,"open\nB,c\n', "q.csv", taken=set(), default_category="solution")
    assert "not valid CSV" in str(caught.value)
    assert caught.value.line is not None


def test_a_header_without_a_text_column_is_refused() -> None:
    with pytest.raises(ImportFailed, match="no text column"):
        import_csv_text(
            "title,category,trigger\nA,apology,x\n", "h.csv", taken=set(), default_category="solution"
        )


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (
            'title,text\nCafé,"Désolé pour l\'attente, à bientôt"\n',
            "cp1252",
            "Désolé pour l'attente, à bientôt",
        ),
        (
            "titel;text\nGröße;Ihre Rückerstattung über 20 € ist unterwegs.\n",
            "cp1252",
            "Ihre Rückerstattung über 20 € ist unterwegs.",
        ),
        (
            "título;texto\nReclamação;Sua reclamação foi registrada, até amanhã.\n",
            "latin-1",
            "Sua reclamação foi registrada, até amanhã.",
        ),
        ("title,text\nCafé,ok\n", "latin-1", "ok"),
    ],
)
def test_western_text_in_the_windows_code_page_is_read_with_a_note(
    tmp_path: Path, text: str, codec: str, expected: str
) -> None:
    path = tmp_path / "ansi.csv"
    path.write_bytes(text.encode(codec))
    result = read_import("csv", path, taken=set())
    assert [p.text for p in result.phrases] == [expected]
    assert "read as Windows-1252" in result.notes[0]


# "Sorry for the wait, we are checking" in Russian, and "sorry for the delay" in Greek (escaped: ruff's
# RUF001 takes their letters for look-alikes of Latin ones).
RUSSIAN = (
    "\u0418\u0437\u0432\u0438\u043d\u0438\u0442\u0435 \u0437\u0430 "
    "\u043e\u0436\u0438\u0434\u0430\u043d\u0438\u0435, \u043c\u044b \u0443\u0436\u0435 "
    "\u043f\u0440\u043e\u0432\u0435\u0440\u044f\u0435\u043c"
)
GREEK = (
    "\u03a3\u03c5\u03b3\u03b3\u03bd\u03ce\u03bc\u03b7 \u03b3\u03b9\u03b1 \u03c4\u03b7\u03bd "
    "\u03ba\u03b1\u03b8\u03c5\u03c3\u03c4\u03ad\u03c1\u03b7\u03c3\u03b7"
)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        # Russian in Windows-1251 reads as whole words of accented Latin letters: another code page.
        (f"title,text\n{RUSSIAN},{RUSSIAN}\n".encode("cp1251"), "another code page"),
        # Greek in Windows-1253, the same.
        (f"title,text\n{GREEK},{GREEK}\n".encode("cp1253"), "another code page"),
        # UTF-8 with one stray Windows-1252 byte: either reading would garble a part.
        ("title,text\nCafé,ok\n".encode() + "Thé,ok\n".encode("cp1252"), "a mixed file"),
        # Bytes Windows-1252 leaves undefined.
        (b"title,text\nA,\x81\x8d\x8f\n", "undefined bytes"),
    ],
)
def test_a_file_that_is_neither_utf8_nor_western_text_gets_a_clear_error(
    tmp_path: Path, data: bytes, why: str
) -> None:
    path = tmp_path / "other.csv"
    path.write_bytes(data)
    with pytest.raises(ImportFailed) as caught:
        read_import("csv", path, taken=set())
    assert "not UTF-8" in str(caught.value), why
    assert "CSV UTF-8" in str(caught.value)
