"""The tone checker's behaviour: spans, negation, quotation, context, fixes, and the built-in phrases."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calmdesk.core import placeholders
from calmdesk.core.content import builtin_packs
from calmdesk.core.tone import ToneChecker, ToneContext, apply_replacement, insert_phrase, load_rules
from calmdesk.core.tone.patterns import PatternError, compile_pattern, inflect, tokenize

CHECKER = ToneChecker(load_rules())
CALM = ToneContext(angry=False)


def spans(text: str, context: ToneContext = CALM) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in CHECKER.check(text, context)]


def test_the_span_is_exactly_the_words_that_hurt() -> None:
    text = "Thanks for waiting. I'm afraid it\u2019s not our fault, as I already said."
    found = CHECKER.check(text, CALM)
    assert [(f.rule, f.text) for f in found] == [
        ("blame.not-our-fault", "not our fault"),
        ("defensive.as-i-said", "as I already said"),
    ]
    assert all(text[f.start : f.end] == f.text for f in found)
    blame = found[0]
    sentence = text[blame.sentence[0] : blame.sentence[1]]
    assert sentence == "I'm afraid it\u2019s not our fault, as I already said."


def test_one_stretch_can_hurt_in_two_ways() -> None:
    assert spans("It is NOT our fault.") == [
        ("shouting.capitals", "NOT"),
        ("blame.not-our-fault", "NOT our fault"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We will never say it's not our fault.",
        "I would never tell you to calm down.",
        "Rather than saying there is nothing I can do, I've asked my manager.",
        "Nobody here will tell you that's not our department.",
        "Our team won't ever say you should have read the manual.",
    ],
)
def test_a_negated_saying_is_not_the_thing_said(text: str) -> None:
    assert spans(text) == []


def test_negation_does_not_reach_into_the_next_sentence() -> None:
    assert spans("We never say that. It's not our fault.") == [("blame.not-our-fault", "not our fault")]


@pytest.mark.parametrize(
    "text",
    [
        'You wrote "it\'s not your fault, calm down" in the chat.',
        "You were told \u201cthere is nothing I can do\u201d, and that was wrong of us.",
        "> As I already said, it's not our fault!!\nI'm sorry you were told that.",
        "The agent said \u2018per our policy\u2019 and ended the call.",
    ],
)
def test_quoted_words_are_not_judged(text: str) -> None:
    assert spans(text) == []


def test_a_blank_is_flagged_even_inside_quotes_but_never_in_a_template() -> None:
    text = 'Hi {{customer_name}}, the note says "{{reason}}".'
    assert [rule for rule, _ in spans(text)] == ["leftover.blank", "leftover.blank"]
    assert CHECKER.check(text, ToneContext(template=True)) == []


def test_substitution_keeps_the_capital_and_applies_cleanly() -> None:
    text = "Calm down, the order is on its way."
    (finding,) = CHECKER.check(text, CALM)
    assert finding.replacement == "Take your time, I'm listening"
    assert apply_replacement(text, finding) == "Take your time, I'm listening, the order is on its way."


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Just restart the router.", "Restart the router."),
        ("You just need to log in again.", "You need to log in again."),
        ("The code is obviously valid.", "The code is valid."),
        ("As you can see, it shipped.", "It shipped."),
        ("Your order has shipped!!!", "Your order has shipped."),
        ("We do NOT SHIP on Sundays.", "We do not ship on Sundays."),
    ],
)
def test_replacements_read_naturally(text: str, fixed: str) -> None:
    found = [f for f in CHECKER.check(text, CALM) if f.replacement is not None]
    assert len(found) == 1
    assert apply_replacement(text, found[0]) == fixed


def test_a_library_phrase_is_inserted_after_the_sentence_and_nothing_is_lost() -> None:
    text = "Hi Ana, thanks for writing. It's not our fault. I'll call you at 3."
    (finding,) = [f for f in CHECKER.check(text, CALM) if f.rule == "blame.not-our-fault"]
    assert "ownership.fix-not-blame" in finding.phrases
    fixed = insert_phrase(text, finding, "Let me concentrate on fixing it.")
    assert fixed == (
        "Hi Ana, thanks for writing. It's not our fault. Let me concentrate on fixing it. I'll call you at 3."
    )


def test_what_is_missing_for_an_angry_customer_goes_after_the_greeting_and_at_the_end() -> None:
    text = "Hi Ana,\nThe parcel left the depot on Monday and the tracking shows it is still in transit today."
    found = {f.rule: f for f in CHECKER.check(text, ToneContext(angry=True, customer_name="Ana"))}
    assert set(found) == {"missing.apology", "missing.next-step"}
    apology, step = found["missing.apology"], found["missing.next-step"]
    assert (apology.start, apology.end) == (8, 8)
    assert (step.start, step.end) == (len(text), len(text))
    assert insert_phrase(text, apology, "I'm sorry for the hassle.").startswith(
        "Hi Ana,\nI'm sorry for the hassle. The parcel"
    )
    assert insert_phrase(text, step, "I'll call you by 5.").endswith("in transit today. I'll call you by 5.")
    assert CHECKER.check(text, CALM) == []  # a calm customer needs no apology


def test_a_wrong_name_and_an_empty_greeting_use_the_customer_name() -> None:
    context = ToneContext(angry=False, customer_name="Ana Souza")
    (wrong,) = CHECKER.check("Hi Maria, your refund is done.", context)
    assert (wrong.rule, wrong.text, wrong.replacement) == ("leftover.wrong-name", "Maria", "Ana Souza")
    text = "Hi , your refund is done."
    (empty,) = CHECKER.check(text, context)
    assert apply_replacement(text, empty) == "Hi Ana Souza, your refund is done."
    (unknown,) = CHECKER.check(text, CALM)
    assert unknown.rule == "leftover.empty-greeting"
    assert unknown.replacement is None  # without a name there is nothing to put in


def test_pattern_language() -> None:
    assert {"apologise", "apologised", "apologises", "apologising"} <= inflect("apologise")
    assert {"stopped", "stopping"} <= inflect("stop")
    assert {"tries", "tried"} <= inflect("try")
    assert len(compile_pattern("{it's|it is} (really) simple")) == 4
    with pytest.raises(PatternError):
        compile_pattern("(a) (b) (c) (d) (e) f")
    with pytest.raises(PatternError):
        compile_pattern("[x")  # not a word
    words = [t.norm for t in tokenize("Don\u2019t   say ,Hi !!! {{name}}\n")]
    assert words == ["don't", "say", "_,", "hi", "!!", "{{}}", "\u00b6"]


def _phrase_texts() -> list[tuple[str, str]]:
    packs, _ = builtin_packs()
    return [(phrase.id, phrase.text) for pack in packs for phrase in pack.phrases]


PHRASES = _phrase_texts()
SAMPLE_VALUES = {"customer_name": "Ana Souza", "agent_name": "Sam", "company": "Acme"}


def test_no_builtin_phrase_raises_an_alarm() -> None:
    assert len(PHRASES) > 150
    alarms = {
        phrase_id: [(f.rule, f.text) for f in CHECKER.check(text, ToneContext(template=True))]
        for phrase_id, text in PHRASES
    }
    assert {k: v for k, v in alarms.items() if v} == {}


def test_no_builtin_phrase_raises_an_alarm_once_filled_in() -> None:
    alarms = {}
    for phrase_id, text in PHRASES:
        values = {**SAMPLE_VALUES, **{b.name: "the order" for b in placeholders.blanks(text)}}
        values.update(SAMPLE_VALUES)
        filled = placeholders.render(text, values)
        context = ToneContext(angry=False, customer_name="Ana Souza")
        found = [(f.rule, f.text) for f in CHECKER.check(filled, context)]
        if found:
            alarms[phrase_id] = found
    assert alarms == {}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"abcXYZ !?.,'\u2019\"\u201c\u201d>{}|\n\t-_", "just ", "not ", "our ", "fault", "{{x}}", "Hi "]
        ),
        max_size=120,
    ).map("".join),
    st.booleans(),
    st.booleans(),
    st.one_of(st.none(), st.text(max_size=20)),
)
def test_fuzzed_drafts_never_fail_and_spans_stay_inside(
    text: str, angry: bool, template: bool, name: str | None
) -> None:
    context = ToneContext(angry=angry, customer_name=name, template=template)
    for finding in CHECKER.check(text, context):
        assert 0 <= finding.start <= finding.end <= len(text)
        assert 0 <= finding.sentence[0] <= finding.sentence[1] <= len(text)
        assert finding.text == text[finding.start : finding.end]
        apply_replacement(text, finding)
        insert_phrase(text, finding, "Sorry.")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_never_fails(text: str) -> None:
    for finding in CHECKER.check(text, ToneContext(customer_name="Zoë")):
        assert 0 <= finding.start <= finding.end <= len(text)
