"""The fourth blind round's drafts (tests/core/tone/blind4_<lang>.toml) and the fixes they asked for that are
code, not rule data: a customer's short name, and blanks in other tools' spellings and other languages."""

from __future__ import annotations

import pytest
from tests.core.benchscript import load_benchmark

from calmdesk.core.tone import ToneChecker, ToneContext, load_rules
from calmdesk.core.tone.rules import parse_rules

quality = load_benchmark("tone_quality")


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


# Written before the check ran on them; first run (rules of commit 7becb38): precision en 0.829, es 0.567,
# de 0.515, fr 0.571, pt 0.667; recall en 0.824, es 0.472, de 0.459, fr 0.526, pt 0.526; good replies left
# alone 18/21, 16/20, 15/20, 14/20, 17/20. The floors below are what the rules reach now, less a little.
@pytest.mark.parametrize("lang", ["en", "es", "de", "fr", "pt"])
def test_the_fourth_blind_drafts_are_judged_as_a_team_lead_would(lang: str) -> None:
    drafts = quality.blind_drafts(lang, "blind4")
    assert len(drafts) >= 40
    assert sum(1 for d in drafts if not d.expect) >= 20
    result = quality.evaluate(drafts, lang)
    assert result["precision"] >= 0.95, result["false_alarms"]
    assert result["recall"] >= 0.88, result["misses"]
    assert result["clean_drafts_clean"] >= 0.95 * result["clean_drafts"], result["false_alarms"]


def test_a_sets_errors_are_counted_per_rule_family() -> None:
    drafts = [
        quality.Draft("Hi Ana, as I said, it's company policy.", "Ana", False, frozenset({"refusal"})),
        quality.Draft("Hi Ana, thanks!", "Ana", False, frozenset()),
    ]
    result = quality.evaluate(drafts, "en")
    families = quality.family_scores(result, drafts)
    assert families["refusal"] == {"expected": 1, "missed": 1, "false_alarms": 0}
    assert families["defensive"]["false_alarms"] == 1
    assert families["dismissal"]["false_alarms"] == 1


@pytest.mark.parametrize(
    ("lang", "greeting", "customer"),
    [
        ("es", "Hola Nacho, tu pedido sale hoy.", "Ignacio Prieto"),
        ("es", "Hola Chema, tu pedido sale hoy.", "José María Ortega"),
        ("en", "Hi Bob, your refund is on its way.", "Robert Lane"),
        ("de", "Hallo Hannes, Ihr Paket ist unterwegs.", "Johannes Weber"),
        ("fr", "Bonjour Manu, votre colis est parti.", "Emmanuel Roux"),
        ("pt", "Oi, Zé, seu pedido já saiu.", "José Almeida"),
    ],
)
def test_a_nickname_the_rules_list_greets_the_same_person(lang: str, greeting: str, customer: str) -> None:
    assert "leftover.wrong-name" not in _found(lang, greeting, customer)


@pytest.mark.parametrize(
    ("lang", "greeting", "customer"),
    [
        ("es", "Hola Paco, tu pedido sale hoy.", "Ignacio Prieto"),
        ("es", "Hola Chema, tu pedido sale hoy.", "José Ortega"),  # Chema is José María, not any José
        ("en", "Hi Bill, your refund is on its way.", "Robert Lane"),
        ("pt", "Oi, Chico, seu pedido já saiu.", "José Almeida"),
    ],
)
def test_another_persons_nickname_is_still_a_wrong_name(lang: str, greeting: str, customer: str) -> None:
    assert "leftover.wrong-name" in _found(lang, greeting, customer)


def test_a_same_names_entry_with_one_name_is_reported() -> None:
    text = """
[[rule]]
id = "leftover.names"
kind = "name"
why = "Wrong name."
match = ["hi"]
same_names = ["robert", "robert|bob"]
"""
    broken = parse_rules(text, "team.toml")
    # Reported at its line, and the rule is left out as any broken rule is; the right entry alone loads.
    assert [(p.line, p.phrase_id) for p in broken.problems] == [(7, "leftover.names")]
    assert "one option" in broken.problems[0].message
    assert broken.rules == ()
    (rule,) = parse_rules(text.replace('"robert", ', ""), "team.toml").rules
    assert rule.same_names == (frozenset({"robert", "bob"}),)
