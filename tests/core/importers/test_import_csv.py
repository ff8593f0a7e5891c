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


def test_not_utf8_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("title,text\nCafé,ok\n".encode("latin-1"))
    with pytest.raises(ImportFailed) as caught:
        read_import("csv", path, taken=set())
    assert "not UTF-8" in str(caught.value)
    assert caught.value.line == 2
