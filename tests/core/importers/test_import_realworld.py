"""Files shaped the way real users' exports look (realworld/EXPECTED.md says what a user expects of each).

Espanso's default base.yml and a whole config folder with anchors and a hub package, Beeftext exports with
Windows line ends, CSVs saved by Excel in European locales (semicolons, "sep=;"), as "Unicode Text" (UTF-16).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from calmdesk.core.importers import ImportFailed, read_import
from calmdesk.core.importers.espanso import import_espanso_text

REAL = Path(__file__).parent / "realworld"


def _texts(kind: str, name: str) -> dict[str, str]:
    result = read_import(kind, REAL / name, taken=set())
    return {p.tags[0]: p.text for p in result.phrases if p.tags}


def test_espanso_config_folder_counts_and_yaml_1_2_scalars() -> None:
    result = read_import("espanso", REAL / "espanso-home", taken=set())
    assert len(result.phrases) == 20
    assert sorted(s.reason.split(":")[0] for s in result.skipped) == [
        "a regex trigger",
        "an HTML snippet",
        "an image snippet",
    ]
    texts = {p.tags[0]: p.text for p in result.phrases}
    # YAML 1.1 would read these as 750, 493, True, False and a date: Espanso keeps what was typed.
    assert (texts["lunch"], texts["ext"], texts["yes"], texts["off"]) == ("12:30", "0755", "Yes", "off")
    assert texts["release"] == "2024-05-01"
    assert texts["sig"] == "Kind regards,\nSam\nCustomer Care"  # an anchor reused
    assert texts["ty"] == "Thank you for your patience while the Billing team looked into this."
    assert result.dropped["word-boundary option (word)"] == 1  # from a merge key (<<: *opts)
    assert not any("anchors" in note for note in result.notes)


def test_espanso_offsets_stay_numbers_and_decimals_stay_as_written() -> None:
    yaml_text = (
        "matches:\n"
        "  - trigger: ':eta'\n    replace: '{{d}}'\n"
        "    vars:\n      - name: d\n        type: date\n"
        "        params: {format: '%d.%m.%Y', offset: 86400}\n"
        "  - trigger: ':price'\n    replace: 1.50\n"
    )
    result = import_espanso_text(yaml_text, "inline", taken=set(), default_category="solution")
    assert [p.text for p in result.phrases] == ["{{date+1d}}", "1.50"]


def test_espanso_text_of_only_blanks_is_titled_by_its_trigger() -> None:
    result = read_import("espanso", REAL / "espanso-home" / "match" / "base.yml", taken=set())
    assert [p.title for p in result.phrases] == ["Hi there!", "date", "shell"]


def test_espanso_broken_files_say_where() -> None:
    with pytest.raises(ImportFailed, match=r"espanso-tabs\.yml:3: not valid YAML"):
        read_import("espanso", REAL / "espanso-tabs.yml", taken=set())
    with pytest.raises(ImportFailed, match=r"espanso-cp1252\.yml:3: not UTF-8"):
        read_import("espanso", REAL / "espanso-cp1252.yml", taken=set())
    for empty in ("espanso-empty.yml", "espanso-comments-only.yml", "espanso-only-globals.yml"):
        assert read_import("espanso", REAL / empty, taken=set()).phrases == []


def test_beeftext_windows_line_ends_become_newlines() -> None:
    texts = _texts("beeftext", "beeftext-v8-real.json")
    assert texts["ty"] == "Thanks for getting in touch, {{customer_name}}!\nI'll look into it right away."
    assert len(texts) == 9


@pytest.mark.parametrize("name", ["excel-semicolon.csv", "excel-sep-line.csv"])
def test_csv_from_european_excel_with_semicolons(name: str) -> None:
    result = read_import("csv", REAL / name, taken=set())
    got = {p.title: p.text for p in result.phrases}
    assert got in (
        {"Welcome": "Hello, welcome to support!", "Wait": "Please bear with me; I am checking."},
        {"Thanks": "Merci beaucoup, à bientôt"},
    )
    assert not result.skipped


def test_csv_saved_as_excel_unicode_text() -> None:
    result = read_import("csv", REAL / "excel-unicode-text.csv", taken=set())
    assert [(p.title, p.text) for p in result.phrases] == [
        ("Hello", "Hello there, thanks for waiting"),
        ("Bye", "Have a great day"),
    ]


def test_csv_in_windows_1252_gets_a_clear_message() -> None:
    with pytest.raises(ImportFailed, match=r"excel-ansi-cp1252\.csv:2: not UTF-8 .*CSV UTF-8"):
        read_import("csv", REAL / "excel-ansi-cp1252.csv", taken=set())


def test_other_real_csvs_read_as_before() -> None:
    result = read_import("csv", REAL / "excel-utf8-bom-crlf.csv", taken=set())
    assert [p.text for p in result.phrases] == [
        "Your refund is on its way.\nIt takes 3-5 days.",
        "Café voucher 🎉",
    ]
    sheets = read_import("csv", REAL / "google-sheets.csv", taken=set())
    assert [p.text for p in sheets.phrases] == ['Hi "there", welcome', "Line 1\nLine 2\n\nLine 4"]
    assert len(read_import("csv", REAL / "textexpander-export.csv", taken=set()).phrases) == 4
