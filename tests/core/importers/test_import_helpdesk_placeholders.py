"""Help desks' placeholders in canned-response sheets: each a CalmDesk blank, its fallback the default, and
CalmDesk's own blanks untouched (realworld/EXPECTED.md, fifth round)."""

from __future__ import annotations

from pathlib import Path

import pytest

from calmdesk.core.importers import read_import
from calmdesk.core.importers.helpdesk_placeholders import calmdesk_name

REAL = Path(__file__).parent / "realworld"
EXPECTED = {
    "Intercom greeting": "Hi {{customer_name|there}}, thanks for writing in.",
    "Intercom tight": "Hey {{customer_name|friend}}! Let me check that order.",
    "Zendesk liquid": "Hello {{customer_name|there}}, sorry for the wait.",
    "Zendesk Engage": "Hi {{customer_name|there}}, your refund is on its way.",
    "Help Scout": "Hi {{customer_name|there}}, I'm {{agent_name}} and I will look into it.",
    "Gorgias order": "Your order {{integrations_shopify_orders_0_name}} has shipped.",
    "Gorgias date": "The refund went out on {{shopify_orders_0_created_at}}.",
    "Front": "Hi {{customer_name}}, {{agent_name}} here from support.",
    "Front WhatsApp": "Your order {{value_1}} will arrive on {{value_2}}.",
    "Salesforce": "Dear {{customer_name}}, case {{ticket}} is now closed.",
    "Zendesk logic": "{% if ticket.requester.first_name %}Hi {{customer_name}}"
    "{% else %}Hi there{% endif %}, thanks for your patience.",
    "CalmDesk own": "Hi {{customer_name|there}}, delivery takes {{delivery: 1-2 days | 3-5 days}}, "
    "by {{date+2d}}.",
    "Liquid capitalize": "Thanks {{customer_name}}, I have passed this on.",
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
        "Hi {{customer_name|there}},\n"
        "Your refund was issued today and reaches your card in 3 to 5 working days."
    )
    assert "Refunds" in first.tags
    assert {"Refunds", "Partial"} <= set(result.phrases[1].tags)


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("ticket.requester.first_name", "customer_name"),
        ("first_name", "customer_name"),  # Intercom names the customer's attributes alone
        ("current_user.firstname", "agent_name"),
        ("ticket.assignee.name", "agent_name"),
        ("ticket.id", "ticket"),
        ("conversation.number", "ticket"),
        ("company.name", None),  # Intercom's company is the customer's, not ours
        ("ticket.requester.last_name", None),
        ("ticket.customer.integrations.shopify.orders[0].name", None),
        ("ticket.requester.id", None),
    ],
)
def test_the_customer_agent_and_ticket_are_calmdesks_own_blanks(path: str, name: str | None) -> None:
    assert calmdesk_name(path) == name
