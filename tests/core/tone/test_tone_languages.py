"""Tone rules in each content language: the main rules, each with five bad and five good examples."""

from __future__ import annotations

import pytest

from calmdesk.core.content import builtin_packs
from calmdesk.core.tone import ToneChecker, ToneContext, load_rules

LANGUAGES = ("es", "de", "fr", "pt")
# What the issue asks of every language: blame, "as I already said", policy as a wall, a flat no,
# shouting, unfilled blanks and the wrong name.
MAIN_RULES = {
    "blame.not-our-fault",
    "defensive.as-i-said",
    "dismissal.policy",
    "refusal.cant-help",
    "shouting.capitals",
    "leftover.blank",
    "leftover.wrong-name",
}
# The examples of the name rule assume this customer.
NAMES = {"es": "Lucía Gómez", "de": "Anna Becker", "fr": "Claire Martin", "pt": "Ana Souza"}


CASES = [(lang, rule) for lang in LANGUAGES for rule in load_rules(lang=lang).rules]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_language_has_its_own_main_rules(lang: str) -> None:
    rules = load_rules(lang=lang)
    assert rules.problems == ()
    assert {r.id for r in rules.rules} >= MAIN_RULES
    # Its own file, not the English one: the English "no sorry" rule would flag every draft in it.
    missing = {r.id: r for r in rules.rules if r.kind == "occurrence"}
    assert set(missing) == {"missing.apology", "missing.next-step"}
    assert all(r.source.endswith(f"i18n/{lang}/tone.toml") for r in missing.values())


@pytest.mark.parametrize(("lang", "rule"), CASES, ids=lambda c: c if isinstance(c, str) else c.id)
def test_each_rule_has_five_examples_each_way_and_they_hold(lang: str, rule) -> None:  # type: ignore[no-untyped-def]
    assert len(rule.bad) >= 5
    assert len(rule.good) >= 5
    checker = ToneChecker(load_rules(lang=lang))
    context = ToneContext(angry=True, customer_name=NAMES[lang])
    missed = [text for text in rule.bad if rule.id not in {f.rule for f in checker.check(text, context)}]
    assert missed == []
    wrongly = [text for text in rule.good if rule.id in {f.rule for f in checker.check(text, context)}]
    assert wrongly == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_builtin_phrase_of_the_language_is_flagged(lang: str) -> None:
    checker = ToneChecker(load_rules(lang=lang))
    packs, _ = builtin_packs(lang)
    flagged = {
        p.id: [f.rule for f in checker.check(p.text, ToneContext(angry=False, template=True))]
        for pack in packs
        for p in pack.phrases
    }
    assert {pid: rules for pid, rules in flagged.items() if rules} == {}


def test_english_keeps_its_own_rules() -> None:
    assert "missing.apology" in {r.id for r in load_rules().rules}
