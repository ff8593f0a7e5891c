"""The fourth blind round's drafts (tests/core/tone/blind4_<lang>.toml) and the fixes they asked for that are
code, not rule data: a customer's short name, and blanks in other tools' spellings and other languages."""

from __future__ import annotations

import pytest

from calmdesk.core.tone import ToneChecker, ToneContext, load_rules


def _found(lang: str, text: str, customer: str, angry: bool = False) -> set[str]:
    checker = ToneChecker(load_rules(lang=lang))
    return {f.rule for f in checker.check(text, ToneContext(angry=angry, customer_name=customer))}


@pytest.mark.parametrize(
    ("lang", "greeting", "customer"),
    [
        ("en", "Hi Jess, your refund is on its way.", "Jessica Moore"),
        ("pt", "Oi Carol, seu pedido já saiu.", "Caroline Duarte"),
        ("de", "Hallo Alexandra, Ihr Paket ist unterwegs.", "Alex Brandt"),
    ],
)
def test_a_short_form_of_the_customers_name_is_their_name(lang: str, greeting: str, customer: str) -> None:
    assert "leftover.wrong-name" not in _found(lang, greeting, customer)


@pytest.mark.parametrize(
    ("lang", "greeting", "customer"),
    [
        ("en", "Hi Emily, your refund is on its way.", "Emma Clarke"),
        ("de", "Hi Lena, dein Paket ist unterwegs.", "Lea Sommer"),
        ("pt", "Oi, Mariana, seu pedido já saiu.", "Marina Farias"),
        ("en", "Hi Jo, your refund is on its way.", "Joanna Kowalski"),  # two letters share too little
    ],
)
def test_a_name_that_merely_looks_alike_is_still_wrong(lang: str, greeting: str, customer: str) -> None:
    assert "leftover.wrong-name" in _found(lang, greeting, customer)


@pytest.mark.parametrize(
    ("lang", "draft"),
    [
        ("de", "Sehr geehrte Frau %NACHNAME%, Ihre Bestellung ist unterwegs."),
        ("fr", "Bonjour [Prénom], votre commande est partie."),
        ("es", "Hola [Nombre], tu pedido ya ha salido."),
        ("pt", "Olá, [Nome], seu pedido já saiu."),
    ],
)
def test_a_name_blank_in_another_spelling_is_a_blank_not_a_name_or_a_shout(lang: str, draft: str) -> None:
    found = _found(lang, draft, "Julia Horn")
    assert "leftover.blank" in found
    assert "leftover.wrong-name" not in found
    assert "shouting.capitals" not in found


@pytest.mark.parametrize(
    "draft",
    [
        "See the [Image] below, and the price is 20% off until 30% of stock is gone.",
        "Your note said [Update] twice.",
    ],
)
def test_a_bracketed_word_or_a_percentage_is_no_blank(draft: str) -> None:
    assert "leftover.blank" not in _found("en", draft, "Julia Horn")
