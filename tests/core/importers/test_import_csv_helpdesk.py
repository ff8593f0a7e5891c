"""CSVs of canned responses as help desks and sheets export them (realworld/EXPECTED.md, fourth round)."""

from __future__ import annotations

from pathlib import Path

import pytest

from calmdesk.core.importers import ImportFailed, read_import

REAL = Path(__file__).parent / "realworld"


def test_canned_responses_with_a_message_column_and_semicolons() -> None:
    result = read_import("csv", REAL / "canned-responses.csv", taken=set())
    assert [(p.title, p.text) for p in result.phrases] == [
        ("Refund sent", "Hello,\nyour refund; it is on its way."),
        ("Password reset", "Use the link on the sign-in page to reset it."),
    ]


def test_a_header_row_is_never_read_as_a_snippet(tmp_path: Path) -> None:
    sheet = tmp_path / "macros.csv"
    sheet.write_text(
        "Title,Message,Folder\nRefund sent,Your refund is on its way.,Billing\n", encoding="utf-8"
    )
    result = read_import("csv", sheet, taken=set())
    assert [(p.title, p.text) for p in result.phrases] == [("Refund sent", "Your refund is on its way.")]


@pytest.mark.parametrize(
    "header",
    ["Title;Body HTML;Folder", "Title,Body HTML,Folder", "Name\tHTML"],
)
def test_a_header_without_a_text_column_is_refused_plainly(tmp_path: Path, header: str) -> None:
    # Not the csv module's "',' expected after '\"'", and never the header row read as a snippet.
    delimiter = header[5] if header[5] in ";,\t" else "\t"
    sheet = tmp_path / "macros.csv"
    row = delimiter.join(['"Refund sent"', '"<p>Hello; it is on its way.</p>"', '"Billing"'])
    sheet.write_text(f"{header}\n{row}\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        read_import("csv", sheet, taken=set())
    assert str(failed.value) == f"{sheet}:1: the header has no text column (text, content or snippet)"


def test_the_plain_text_column_wins_over_the_html_one_and_html_alone_is_read_as_text(tmp_path: Path) -> None:
    # Briskine exports both body (HTML) and body_plain_text; a snippet library exports HTML only.
    result = read_import("csv", REAL / "briskine-templates.csv", taken=set())
    assert ("Call back", "We will call you back today.") in [(p.title, p.text) for p in result.phrases]
    sheet = tmp_path / "library.csv"
    sheet.write_text(
        'Name,Snippet\nThanks,"<p>Thanks &amp; bye.</p><p>Robin</p>"\n'
        'Plain,"Use <b> if you mean it, 5 < 6"\n',
        encoding="utf-8",
    )
    result = read_import("csv", sheet, taken=set())
    assert [p.text for p in result.phrases] == ["Thanks & bye.\nRobin", "Use <b> if you mean it, 5 < 6"]
    assert result.dropped["rich text (HTML) read as plain text"] == 1


def test_briskine_templates_are_read_from_their_plain_text_column() -> None:
    result = read_import("csv", REAL / "briskine-templates.csv", taken=set())
    assert [(p.title, p.text) for p in result.phrases] == [
        ("Refund issued", "Hi {{customer_name}},\n\nYour refund is on its way."),
        ("Call back", "We will call you back today."),
    ]
    assert result.phrases[0].tags == ("rfd", "billing", "refunds")


def test_html_snippets_are_their_visible_text_with_help_desk_placeholders_as_blanks() -> None:
    result = read_import("csv", REAL / "html-snippets.csv", taken=set())
    assert [p.text for p in result.phrases] == [
        "Hello {{customer_name}},\nthanks for writing to us & sorry for the wait.\nWe are on it.",
        "Use <b> only if you mean it, 5 < 6",
    ]
    assert result.dropped["rich text (HTML) read as plain text"] == 1
    assert result.dropped["another tool's placeholder read as a blank"] == 1


def test_a_help_desk_fallback_becomes_the_blanks_default(tmp_path: Path) -> None:
    sheet = tmp_path / "canned.csv"
    sheet.write_text(
        "short_code,content\nhi,\"Hi {{ contact.first_name || 'there' }}, I am {{agent.name}}.\"\n",
        encoding="utf-8",
    )
    result = read_import("csv", sheet, taken=set())
    assert [p.text for p in result.phrases] == ["Hi {{customer_name|there}}, I am {{agent_name}}."]
    assert result.phrases[0].tags == ("hi",)  # Chatwoot's short_code is the trigger
    assert result.skipped == []
