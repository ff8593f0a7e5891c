"""Stop 16's blind tone drafts per language, and the two kinds of fix they asked for: good news under a
policy, and blanks in other tools' spellings."""

from __future__ import annotations

import pytest
from benchscript import load_benchmark

from calmdesk.core.tone import ToneChecker, ToneContext, load_rules
from calmdesk.core.tone.rules import parse_rules

quality = load_benchmark("tone_quality")

# Written before the check ran on them (tests/core/tone/blind3_<lang>.toml). Before the fixes: recall en
# 0.889, es 0.909, de 0.636, fr 0.667, pt 0.833; precision de 0.875 (a favourable AGB flagged), en 0.842.
LANGUAGES = ("en", "es", "de", "fr", "pt")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_blind_drafts_are_judged_as_a_team_lead_would(lang: str) -> None:
    drafts = quality.blind_drafts(lang)
    assert len(drafts) >= 15
    assert sum(1 for d in drafts if not d.expect) >= 5
    result = quality.evaluate(drafts, lang)
    assert result["recall"] >= 0.95, result["misses"]
    assert result["precision"] >= 0.85, result["false_alarms"]
    assert result["clean_drafts_clean"] == result["clean_drafts"], result["false_alarms"]
    # The es/de/fr/pt drafts predate those languages' missing-apology and missing-next-step rules, which they
    # do not score (tone_quality.BLIND3_PREDATES); still, neither may fire on a draft written as a good reply.
    # At their first run they did on 2 (es), 3 (de), 3 (fr) and 2 (pt) of the 6: German inverted word order
    # ("Das Etikett schicke ich Ihnen"), remedies in the present ("se lo cambiamos", "nous remplaçons") and
    # remedies given free were missing from the rules; these drafts are no longer blind for them.
    assert [u for u in result["unjudged"] if u["clean"] == "True"] == []


@pytest.mark.parametrize(
    ("lang", "wall", "good_news"),
    [
        ("en", "Under our terms, a refund is not possible.", "Under our terms, the return is free for you."),
        ("es", "Según nuestra política, no hay cambios.", "Según nuestra política, tiene derecho a cambio."),
        ("de", "Laut unseren AGB steht Ihnen nichts zu.", "Laut unseren AGB steht Ihnen eine Erstattung zu."),
        ("fr", "Selon notre politique, aucun retour n'est gratuit.", "Selon notre politique, c'est gratuit."),
        ("pt", "Conforme a nossa política, só trocamos na loja.", "Conforme a nossa política, é grátis."),
    ],
)
def test_a_policy_that_grants_something_is_no_wall_unless_the_sentence_takes_it_back(
    lang: str, wall: str, good_news: str
) -> None:
    checker = ToneChecker(load_rules(lang=lang))
    context = ToneContext(angry=False)
    assert "dismissal.policy" in {f.rule for f in checker.check(wall, context)}
    assert "dismissal.policy" not in {f.rule for f in checker.check(good_news, context)}
    # The good news holds only in its own sentence: a wall in the next one is still a wall.
    assert "dismissal.policy" in {f.rule for f in checker.check(f"{good_news} {wall}", context)}


def test_a_team_rule_may_name_its_own_favours_and_denials() -> None:
    text = """
[[rule]]
id = "team.rules"
kind = "existence"
why = "A rule is no reason."
match = ["house rules"]
favours = ["free"]
denials = ["not"]
"""
    checker = ToneChecker(parse_rules(text, "team.toml"))
    context = ToneContext(angry=False)
    assert checker.check("By house rules, delivery is free.", context) == []
    assert [f.rule for f in checker.check("By house rules, delivery is not free.", context)] == ["team.rules"]
    broken = parse_rules(text.replace('["free"]', '["* free"]'), "team.toml")
    assert any('"favours"' in str(p) for p in broken.problems)


@pytest.mark.parametrize(
    "draft",
    [
        "Hi {customer_name}, your refund is on its way.",
        "Hola {nombre}, siento las molestias.",
        "Dear [Customer Name], thanks for waiting.",
        "Sehr geehrte/r [NAME], danke.",
        "Hi %firstname%, thanks for writing in.",
        "Hi #{name}, the parcel left today.",
        "Hi {%customer.firstName%}, thanks for writing in.",
    ],
)
def test_another_tools_blank_left_in_a_draft_is_a_blank(draft: str) -> None:
    found = ToneChecker(load_rules()).check(draft, ToneContext(angry=False))
    assert "leftover.blank" in {f.rule for f in found}


@pytest.mark.parametrize(
    "draft",
    [
        "Use the code {SPRING} at checkout.",
        "The label says [sic] on it.",
        "I attached the [Image] you asked for.",
        "You get 20% off, 100% sure.",
    ],
)
def test_braces_brackets_and_percent_signs_that_are_no_blank_stay_text(draft: str) -> None:
    found = ToneChecker(load_rules()).check(draft, ToneContext(angry=False))
    assert "leftover.blank" not in {f.rule for f in found}
