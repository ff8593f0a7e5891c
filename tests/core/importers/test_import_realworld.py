"""Files shaped the way real users' exports look (realworld/EXPECTED.md says what a user expects of each).

Espanso's default base.yml and a whole config folder with anchors and a hub package, Beeftext exports with
Windows line ends, CSVs saved by Excel in European locales (semicolons, "sep=;"), as "Unicode Text" (UTF-16).
"""

from __future__ import annotations

import os
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
        "an image snippet",
        "it holds only a blank to fill (a shell or script value, never run), no words of its own",
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
    assert [p.title for p in result.phrases] == ["Hi there!", "date"]
    assert [(s.title, s.reason.split(" (")[0]) for s in result.skipped] == [
        ("shell", "it holds only a blank to fill")
    ]


def test_espanso_broken_files_say_where() -> None:
    with pytest.raises(ImportFailed, match=r"espanso-tabs\.yml:3: not valid YAML"):
        read_import("espanso", REAL / "espanso-tabs.yml", taken=set())
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


def test_csv_from_excels_plain_csv_is_read_as_windows_1252() -> None:
    result = read_import("csv", REAL / "excel-ansi-cp1252.csv", taken=set())
    assert [(p.title, p.text) for p in result.phrases] == [
        ("Cafe", "Café voucher for € 5"),
        ("Quote", "\u201cThanks\u201d \u2013 team"),  # curly quotes, en dash
    ]
    assert result.notes[0].startswith(f"{REAL / 'excel-ansi-cp1252.csv'}: not UTF-8; read as Windows-1252")


def test_an_espanso_file_saved_by_old_notepad_is_read_as_windows_1252() -> None:
    result = read_import("espanso", REAL / "espanso-cp1252.yml", taken=set())
    assert [p.text for p in result.phrases] == ["Café voucher"]
    assert any("read as Windows-1252" in note for note in result.notes)


def test_other_real_csvs_read_as_before() -> None:
    result = read_import("csv", REAL / "excel-utf8-bom-crlf.csv", taken=set())
    assert [p.text for p in result.phrases] == [
        "Your refund is on its way.\nIt takes 3-5 days.",
        "Café voucher 🎉",
    ]
    sheets = read_import("csv", REAL / "google-sheets.csv", taken=set())
    assert [p.text for p in sheets.phrases] == ['Hi "there", welcome', "Line 1\nLine 2\n\nLine 4"]
    assert len(read_import("csv", REAL / "textexpander-export.csv", taken=set()).phrases) == 4


def test_espanso_folder_from_a_share_skips_hidden_files_and_null_matches() -> None:
    # ._base.yml is a binary resource fork, .github/ a CI workflow, old.yml has `matches:` all commented out.
    result = read_import("espanso", REAL / "espanso-share", taken=set())
    assert [p.text for p in result.phrases] == ["Hello!"]
    assert result.notes == []


def test_espanso_yaml_is_not_blamed_on_excel(tmp_path: Path) -> None:
    russian = tmp_path / "ru.yml"  # "Извините за ожидание" in Windows-1251: not a Western text
    russian.write_bytes(
        b'matches:\n  - trigger: ":ru"\n    replace: "\xc8\xe7\xe2\xe8\xed\xe8\xf2\xe5 \xe7\xe0 '
        b'\xee\xe6\xe8\xe4\xe0\xed\xe8\xe5"\n'
    )
    with pytest.raises(ImportFailed) as failed:
        read_import("espanso", russian, taken=set())
    assert "not UTF-8" in str(failed.value)
    assert "Excel" not in str(failed.value)


def test_csv_header_in_the_sheets_language_and_categories_as_people_write_them() -> None:
    german = read_import("csv", REAL / "excel-german-header.csv", taken=set())
    assert [(p.title, p.text, p.category) for p in german.phrases] == [
        ("Danke", "Vielen Dank, bis bald", "closing")
    ]
    sheet = read_import("csv", REAL / "sheet-categories.csv", taken=set())
    assert [p.category for p in sheet.phrases[:2]] == ["follow_up", "follow_up"]
    assert sheet.notes == [
        f'{REAL / "sheet-categories.csv"}:4: unknown category "Feelings"; guessed from the words instead'
    ]


def test_beeftext_csv_variables_are_read_as_in_its_json() -> None:
    result = read_import("beeftext", REAL / "beeftext-export.csv", taken=set())
    assert [p.text for p in result.phrases] == [
        "Thanks {{customer_name}}!\nBack on {{weekday+1d}}.",
        "Result: {{powershell}}",
    ]
    assert result.phrases[1].title == "ps"  # no name: the keyword, as for any CSV
    assert result.dropped["#{powershell} variable (not run, now a blank)"] == 1


def test_textexpander_macros_with_one_meaning_become_blanks() -> None:
    source = REAL / "textexpander-export.csv"
    result = read_import("csv", source, taken=set())
    assert [p.text for p in result.phrases[1:]] == [
        "Thanks {{clipboard}} for the details",
        "Today is %Y-%m-%d",
        "Hi {{customer|there}}, welcome",
    ]
    assert result.dropped["cursor marker %|"] == 1
    assert f"{source}:4: TextExpander macros (dates, keys, other fill-ins) kept as typed" in result.notes


def test_a_percent_in_plain_text_is_left_alone() -> None:
    from calmdesk.core.importers.csvfile import import_csv_text

    text = 'title,text\nSale,"50% off today, 100%sure, 20 %d"\n'
    result = import_csv_text(text, "inline", taken=set(), default_category="solution")
    assert [p.text for p in result.phrases] == ["50% off today, 100%sure, 20 %d"]


def test_espanso_0_7_layout_reads_without_noise_about_its_headers() -> None:
    result = read_import("espanso", REAL / "espanso-0.7", taken=set())
    assert sorted(p.text for p in result.phrases) == ["Best regards", "meeting", "👍"]
    assert [n.rsplit(":", 1)[1].strip() for n in result.notes] == [
        'unknown top-level key "toggle_key" ignored',
        'unknown top-level key "backend" ignored',
    ]
    assert result.dropped["app filter (filter_title)"] == 1


def test_espanso_echo_uses_the_variables_before_it() -> None:
    yaml_text = (
        "global_vars:\n  - {name: team, type: echo, params: {echo: Billing}}\n"
        "matches:\n  - trigger: ':x'\n    replace: '{{greet}}, {{team}} here'\n    vars:\n"
        "      - {name: me, type: echo, params: {echo: Sam}}\n"
        "      - {name: greet, type: echo, params: {echo: 'Hi, {{me}} of {{team}} and {{later}}'}}\n"
    )
    result = import_espanso_text(yaml_text, "inline", taken=set(), default_category="solution")
    assert [p.text for p in result.phrases] == ["Hi, Sam of Billing and {{later}}, Billing here"]


@pytest.mark.timeout(10)
def test_a_fifo_named_like_a_snippet_file_is_refused_not_waited_on(tmp_path: Path) -> None:
    # A shared folder can hold anything: reading a named pipe would wait for a writer forever.
    (tmp_path / "base.yml").write_text('matches:\n  - trigger: ":ty"\n    replace: "Thank you!"\n')
    os.mkfifo(tmp_path / "stuck.yml")
    with pytest.raises(ImportFailed, match="not a regular file"):
        read_import("espanso", tmp_path / "stuck.yml", taken=set())
    os.mkfifo(tmp_path / "stuck.csv")
    with pytest.raises(ImportFailed, match="not a regular file"):
        read_import("csv", tmp_path / "stuck.csv", taken=set())
