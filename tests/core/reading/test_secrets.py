"""The secrets guard, both ways: a secret is never read, and a customer's message or order code still is."""

from __future__ import annotations

import pytest

from calmdesk.core.reading.secrets import (
    holds_card_number,
    is_secret_clipboard,
    looks_like_password,
    luhn_valid,
)


@pytest.mark.parametrize(
    "mime",
    [
        "x-kde-passwordManagerHint",
        "X-KDE-PASSWORDMANAGERHINT",
        "application/x-nspasteboard-concealed-type",
        "ExcludeClipboardContentFromMonitorProcessing",
    ],
)
def test_a_password_managers_hint_refuses_even_harmless_text(mime: str) -> None:
    assert is_secret_clipboard("Where is my parcel?", ["text/plain", mime])


def test_ordinary_mime_types_do_not_refuse() -> None:
    assert not is_secret_clipboard("Where is my parcel?", ["text/plain", "text/html", "UTF8_STRING"])


@pytest.mark.parametrize(
    "number",
    ["4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "378282246310005", "5555555555554444"],
)
def test_a_card_number_alone_or_in_a_message_is_refused(number: str) -> None:
    assert holds_card_number(number)
    assert is_secret_clipboard(f"Hi, you charged my card {number} twice, refund it now!")


@pytest.mark.parametrize(
    "text",
    [
        "4111 1111 1111 1112",  # fails the Luhn check: a typo or another kind of number
        "Call me on 07700 900461 about order #88123",
        "Tracking 1Z999AA10123456784 shows nothing",
        "Order ORD-2024-5531 placed on 2024-03-05",
        "My order 12345678 arrived broken",  # 8 digits: an order number, far too short for a card
        "Reference 4111111111111111111111",  # 22 digits: longer than any card
    ],
)
def test_numbers_that_are_not_cards_are_read(text: str) -> None:
    assert not holds_card_number(text)


def test_luhn() -> None:
    assert luhn_valid("79927398713")
    assert not luhn_valid("79927398710")
    assert not luhn_valid("٤١١١١١١١١١١١١١١١")  # other scripts' digits are not a card's
    assert not luhn_valid("")


@pytest.mark.parametrize(
    "token",
    ["Tr0ub4dor", "hunter2!secret", "correct#horse9", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "aB3$eF6&hI9*"],
)
def test_a_password_like_token_is_refused(token: str) -> None:
    assert looks_like_password(token)
    assert looks_like_password(f"  {token}\n")
    assert is_secret_clipboard(token)


@pytest.mark.parametrize(
    "text",
    [
        "Where is my refund? I have waited 3 weeks!!",
        "ORD-2024-5531",
        "A-10492",
        "#88123",
        "maria.lopez42@example.com",
        "https://shop.example.com/orders/88123?ref=mail",
        "refund",
        "Pa1",  # too short to be a password
        "2024-03-05",
    ],
)
def test_messages_codes_and_addresses_are_not_passwords(text: str) -> None:
    assert not looks_like_password(text)
    assert not is_secret_clipboard(text)


def test_a_long_digit_run_costs_little_and_is_no_card() -> None:
    assert not holds_card_number("1" * 200_000)
