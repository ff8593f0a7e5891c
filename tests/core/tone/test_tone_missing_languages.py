"""Stop 17: a missing apology and a missing next step in es/de/fr/pt, and French salutations with no greeting.

The rules are each language's own data (resources/i18n/<lang>/tone.toml); their examples were written before
the check ran on them. tests/benchmarks/tone_quality.py --lang <lang> --by-rule prints the figures.
"""

from __future__ import annotations

import pytest
from tests.core.benchscript import load_benchmark

from calmdesk.core.tone import ToneChecker, ToneContext, load_rules
from calmdesk.core.tone.rules import parse_rules

quality = load_benchmark("tone_quality")
LANGUAGES = ("es", "de", "fr", "pt")
NEW_RULES = ("missing.apology", "missing.next-step")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_new_rule_is_precise_on_its_own_examples(lang: str) -> None:
    scores = quality.rule_scores(lang, (*NEW_RULES, "leftover.wrong-name"))
    assert set(scores) == {*NEW_RULES, "leftover.wrong-name"}
    for rule_id, score in scores.items():
        assert score["bad"] >= 5, rule_id
        assert score["good"] >= 5, rule_id
        assert (score["precision"], score["recall"]) == (1.0, 1.0), (rule_id, score)


@pytest.mark.parametrize(
    ("lang", "customer", "draft", "greeting"),
    [
        (
            "es",
            "Lucía Gómez",
            "Hola Lucía, el pedido salió el lunes y llegará a su dirección el jueves.",
            "Hola Lucía, ",
        ),
        (
            "de",
            "Anna Becker",
            "Hallo Frau Becker, Ihre Bestellung ist am Montag rausgegangen und kommt morgen.",
            "Hallo Frau Becker, ",
        ),
        (
            "fr",
            "Claire Martin",
            "Bonjour Claire, votre commande est partie lundi et arrivera jeudi chez vous.",
            "Bonjour Claire, ",
        ),
        ("pt", "Ana Souza", "Olá Ana, o pedido saiu na segunda e chega na sua casa na quinta.", "Olá Ana, "),
    ],
)
def test_a_missing_apology_goes_after_the_greeting(
    lang: str, customer: str, draft: str, greeting: str
) -> None:
    findings = ToneChecker(load_rules(lang=lang)).check(
        draft, ToneContext(angry=True, customer_name=customer)
    )
    missing = [f for f in findings if f.rule == "missing.apology"]
    assert [f.start for f in missing] == [len(greeting)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_calm_customer_needs_no_apology(lang: str) -> None:
    rules = load_rules(lang=lang)
    draft = next(r for r in rules.rules if r.id == "missing.apology").bad[0]
    assert ToneChecker(rules).check(draft, ToneContext(angry=False)) == []


FRENCH = ToneChecker(load_rules(lang="fr"))
CLAIRE = ToneContext(angry=True, customer_name="Claire Martin")


def _wrong_name(text: str) -> list[str]:
    return [f.text for f in FRENCH.check(text, CLAIRE) if f.rule == "leftover.wrong-name"]


def test_a_french_salutation_without_a_greeting_is_name_checked() -> None:
    assert _wrong_name("Madame Dupont, votre colis est parti.") == ["Dupont"]
    assert _wrong_name("M. Durand, votre colis est parti.") == ["Durand"]
    assert _wrong_name("Merci.\nMonsieur Jean Bernard, votre colis est parti.") == ["Jean Bernard"]
    assert _wrong_name("Madame Martin, votre colis est parti.") == []


def test_a_title_inside_a_sentence_or_without_a_comma_names_someone_else() -> None:
    assert _wrong_name("Je transmets à Madame Dupont, notre juriste, votre dossier.") == []
    assert _wrong_name("Madame Dupont vous rappellera demain matin.") == []
    assert _wrong_name("Madame, Monsieur,\nvotre colis est parti.") == []


def test_a_team_rule_may_list_its_own_salutations_and_examples_over_lines() -> None:
    text = """
[[rule]]
id = "leftover.wrong-name"
kind = "name"
why = "Wrong name."
match = ["hi"]
not_names = ["mx"]
salutations = ["Mx"]
examples.bad = ["Mx Smith,\\nyour parcel left today."]
"""
    rules = parse_rules(text, "team.toml")
    assert rules.problems == ()
    assert rules.rules[0].salutations == frozenset({"mx"})
    assert rules.rules[0].bad == ("Mx Smith,\nyour parcel left today.",)
    found = ToneChecker(rules).check("Mx Smith,\nyour parcel left today.", ToneContext(customer_name="Ana"))
    assert [f.text for f in found] == ["Smith"]
