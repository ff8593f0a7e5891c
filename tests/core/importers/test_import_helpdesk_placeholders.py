"""Help desks' placeholders in canned-response sheets: each a CalmDesk blank, its fallback the default, and
CalmDesk's own blanks untouched (realworld/EXPECTED.md, fifth round)."""

from __future__ import annotations

from pathlib import Path

import pytest

from calmdesk.core.importers import read_import

REAL = Path(__file__).parent / "realworld"
EXPECTED = {
    "Intercom greeting": "Hi {{first_name|there}}, thanks for writing in.",
    "Intercom tight": "Hey {{first_name|friend}}! Let me check that order.",
    "Zendesk liquid": "Hello {{ticket_requester_first_name|there}}, sorry for the wait.",
    "Zendesk Engage": "Hi {{contact_first_name|there}}, your refund is on its way.",
    "Help Scout": "Hi {{customer_firstname|there}}, I'm {{user_firstname}} and I will look into it.",
    "Gorgias order": "Your order {{integrations_shopify_orders_0_name}} has shipped.",
    "Gorgias date": "The refund went out on {{shopify_orders_0_created_at}}.",
    "Front": "Hi {{recipient_first_name}}, {{user_first_name}} here from support.",
    "Front WhatsApp": "Your order {{value_1}} will arrive on {{value_2}}.",
    "Salesforce": "Dear {{contact_firstname}}, case {{case_casenumber}} is now closed.",
    "Zendesk logic": "{% if ticket.requester.first_name %}Hi {{ticket_requester_first_name}}"
    "{% else %}Hi there{% endif %}, thanks for your patience.",
    "CalmDesk own": "Hi {{customer_name|there}}, delivery takes {{delivery: 1-2 days | 3-5 days}}, "
    "by {{date+2d}}.",
    "Liquid capitalize": "Thanks {{first_name}}, I have passed this on.",
}


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    result = read_import("csv", REAL / "helpdesk-placeholders.csv", taken=set())
    assert result.skipped == []
    return {p.title: p.text for p in result.phrases}


@pytest.mark.parametrize("title", sorted(EXPECTED))
def test_each_help_desks_placeholder_is_a_blank_with_its_fallback(texts: dict[str, str], title: str) -> None:
    assert texts[title] == EXPECTED[title]


def test_filters_are_counted_and_liquid_logic_is_said() -> None:
    result = read_import("csv", REAL / "helpdesk-placeholders.csv", taken=set())
    assert result.dropped["formatting filter of another tool's placeholder (| capitalize)"] == 2
    assert result.dropped["formatting filter of another tool's placeholder (| datetime_format)"] == 1
    assert any(":12: a help desk's if/else logic is kept as typed" in note for note in result.notes)


def test_zendesk_macros_exported_with_a_comment_column_and_folder_titles() -> None:
    result = read_import("csv", REAL / "zendesk-macros.csv", taken=set())
    assert result.skipped == []
    assert [(p.id, p.title) for p in result.phrases] == [
        ("user.refunds-issued", "Refunds: Issued"),
        ("user.refunds-partial-explained", "Refunds: Partial: Explained"),
        ("user.close-politely", "Close politely"),
    ]
    first = result.phrases[0]
    assert first.text == (
        "Hi {{ticket_requester_first_name|there}},\n"
        "Your refund was issued today and reaches your card in 3 to 5 working days."
    )
    assert "Refunds" in first.tags
    assert {"Refunds", "Partial"} <= set(result.phrases[1].tags)
