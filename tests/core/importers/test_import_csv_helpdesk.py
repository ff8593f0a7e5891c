"""CSVs of canned responses as help desks and sheets export them (realworld/EXPECTED.md, fourth round)."""

from __future__ import annotations

from pathlib import Path

from calmdesk.core.importers import read_import

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
