"""Files in encodings and shapes people do not expect: read when they are text CalmDesk can be sure of,
else refused with a plain message and the line, never garbled (the third hostile round)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from calmdesk.core.importers import ImportFailed, read_import

GOOD = "matches:\n  - trigger: ':hi'\n    replace: 'Hello, thanks for waiting.'\n"


def test_utf32_with_its_byte_order_mark_is_read_not_taken_for_utf16(tmp_path: Path) -> None:
    path = tmp_path / "utf32.yml"
    path.write_bytes(GOOD.encode("utf-32"))  # Python writes the BOM; FF FE 00 00 also starts UTF-16's
    assert [p.text for p in read_import("espanso", path, taken=set()).phrases] == [
        "Hello, thanks for waiting."
    ]


def test_a_control_character_in_yaml_is_said_plainly_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "ctl.yml"
    path.write_text(GOOD + "  - trigger: ':x'\n    replace: 'a\x07b'\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as caught:
        read_import("espanso", path, taken=set())
    assert caught.value.line == 5
    assert caught.value.reason == (
        "not valid YAML: a control character (U+0007) that text does not hold: is it a text file?"
    )


def test_yaml_nested_too_deeply_is_said_plainly(tmp_path: Path) -> None:
    path = tmp_path / "deep.yml"
    path.write_text("a: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="lists or mappings nested too deeply"):
        read_import("espanso", path, taken=set())


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        ("shift_jis", "挨拶,ありがとうございます"),
        ("euc_jp", "挨拶,ご注文は明日発送します"),
        ("gbk", "问候,感谢您的耐心等待"),
        ("euc_kr", "인사,기다려 주셔서 감사합니다"),
    ],
)
def test_an_east_asian_code_page_is_refused_not_read_as_windows_1252_garble(
    tmp_path: Path, codec: str, text: str
) -> None:
    path = tmp_path / "sheet.csv"
    path.write_bytes(f"title,text\n{text}\n".encode(codec))
    with pytest.raises(ImportFailed) as caught:
        read_import("csv", path, taken=set())
    assert "save it as UTF-8" in caught.value.reason
    assert caught.value.line == 2


def test_western_windows_1252_with_typographic_signs_is_still_read(tmp_path: Path) -> None:
    rows = [  # Western typography, escaped where ruff would take it for ASCII
        "Colis,Nous n\u2019avons pas reçu votre colis : « urgent » \u2013 désolé… 20 € en ½ heure",
        "Erstattung,Die Rückerstattung für „Ihre“ Bestellung ist unterwegs. Grüße",
        "Hola,¡Hola! ¿Cómo está? La devolución está en camino. 1º piso",
        "Olá,Olá! it\u00b4s a sua reclamação — obrigado • 2º andar",
    ]
    path = tmp_path / "sheet.csv"
    path.write_bytes(("title,text\n" + "\n".join(rows) + "\n").encode("cp1252"))
    result = read_import("csv", path, taken=set())
    assert [p.title for p in result.phrases] == ["Colis", "Erstattung", "Hola", "Olá"]
    assert "½ heure" in result.phrases[0].text


def test_a_bom_and_utf16_beeftext_export_read(tmp_path: Path) -> None:
    doc = '{"fileFormatVersion": 10, "combos": [{"keyword": "k", "snippet": "Hello there"}]}'
    for name, data in (
        ("bom.json", codecs.BOM_UTF8 + doc.encode()),
        ("utf16.json", codecs.BOM_UTF16_LE + doc.encode("utf-16-le")),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        assert [p.text for p in read_import("beeftext", path, taken=set()).phrases] == ["Hello there"]


REAL = Path(__file__).parent / "realworld"


def test_a_sheet_escaping_quotes_with_backslashes_is_read_whole_and_said() -> None:
    result = read_import("csv", REAL / "textexpander-backslash-quotes.csv", taken=set())
    assert {p.title: p.text for p in result.phrases} == {
        "Returns link": "Our guide: returns policy (https://help.example.com/returns)",
        "Windows path": "Save it to C:\\Support\\Exports first, then send it.",
        "Quoted words": 'She said "thanks" twice, so we closed it.',
    }
    assert any('quotes escaped with a backslash (\\") were read as quotes' in n for n in result.notes)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (
            'title,text\nA,"ok"\nB,"she said "hi" to me"\n',
            3,
            'a quote inside a quoted cell must be written twice ("")',
        ),
        ('title,text\nA,"ok"\nB,"never closed\n', 3, "a quoted cell is never closed"),
    ],
)
def test_broken_csv_is_said_in_plain_words_with_its_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFailed) as caught:
        read_import("csv", path, taken=set())
    assert caught.value.reason == f"not valid CSV: {words}"
    assert caught.value.line == line


def test_echo_variables_repeated_inside_each_other_are_never_built(tmp_path: Path) -> None:
    """Forty echoes each naming the one before twice are 2^40 characters: before, a MemoryError."""
    lines = ["global_vars:", "  - {name: a0, type: echo, params: {echo: ha}}"]
    lines += [
        f'  - {{name: a{i}, type: echo, params: {{echo: "{{{{a{i - 1}}}}}{{{{a{i - 1}}}}}"}}}}'
        for i in range(1, 41)
    ]
    lines += ["matches:", "  - {trigger: ':x', replace: 'Say {{a40}} and {{a3}}'}"]
    path = tmp_path / "laugh.yml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_import("espanso", path, taken=set())
    (text,) = [p.text for p in result.phrases]
    assert text.endswith(" and " + "ha" * 8)  # a3: ha doubled three times
    assert len(text) < 100  # a40 is blanks to fill, each cut where it grew past the limit
    assert any('the variable "a14" grows past 20,000 characters' in note for note in result.notes)


def test_one_match_repeated_through_aliases_is_refused_at_once(tmp_path: Path) -> None:
    """50,000 aliases of an 18,000-character match: a 368 KB file that took minutes; now a clear refusal."""
    text = "Thanks for waiting. " * 900
    lines = [
        "anchors:",
        "  m: &m",
        "    trigger: x",
        f'    replace: "{text}"',
        "matches:",
        *["  - *m"] * 50_000,
    ]
    path = tmp_path / "alias.yml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(
        ImportFailed, match=r"far more than the file's own 368,057 characters: .* YAML aliases"
    ):
        read_import("espanso", path, taken=set())


def test_a_signature_reused_through_an_alias_is_still_read(tmp_path: Path) -> None:
    lines = ["anchors:", "  sig: &sig 'Kind regards, the support team'", "matches:"]
    lines += [f"  - {{trigger: ':s{n}', replace: *sig}}" for n in range(200)]
    path = tmp_path / "sig.yml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert len(read_import("espanso", path, taken=set()).phrases) == 200
