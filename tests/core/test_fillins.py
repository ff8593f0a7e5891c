"""Choice blanks and optional sections: parsing, the pack check's messages, rendering, and --set values."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calmdesk.core.placeholders import (
    MissingValues,
    Placeholder,
    blanks,
    parse,
    problems,
    render,
    value_problems,
)

NOW = datetime(2026, 11, 30, 22, 45)
TEXT = (
    "Hi {{customer_name}}, it ships in {{delivery: 1-2 working days | 3-5 working days}}."
    "{{#voucher}} I added a voucher worth {{amount}}.{{/voucher}}{{#sign_off|on}} Take care!{{/sign_off}}"
)


def test_choices_and_sections_parse_in_order_of_use() -> None:
    assert parse(TEXT) == (
        Placeholder("customer_name"),
        Placeholder("delivery", "1-2 working days", options=("1-2 working days", "3-5 working days")),
        Placeholder("voucher", "off", section=True),
        Placeholder("amount"),
        Placeholder("sign_off", "on", section=True),
    )
    assert problems(TEXT) == []
    assert [b.name for b in blanks(TEXT)] == ["customer_name", "delivery", "voucher", "amount", "sign_off"]


def test_a_choice_defaults_to_its_first_option_and_a_section_to_its_switch() -> None:
    assert (
        render(TEXT, {"customer_name": "Ana"}, now=NOW) == "Hi Ana, it ships in 1-2 working days. Take care!"
    )


def test_switched_on_sections_show_their_text_and_ask_for_their_blanks() -> None:
    values = {"customer_name": "Ana", "delivery": "3-5 working days", "voucher": "on", "sign_off": "off"}
    with pytest.raises(MissingValues) as caught:
        render(TEXT, values, now=NOW)
    assert caught.value.names == ("amount",)  # only asked for once its section is on
    out = render(TEXT, {**values, "amount": "10 EUR"}, now=NOW)
    assert out == "Hi Ana, it ships in 3-5 working days. I added a voucher worth 10 EUR."


def test_nested_sections_follow_the_outer_switch() -> None:
    text = "A{{#outer}}B{{#inner|on}}C{{/inner}}D{{/outer}}E"
    assert render(text, {}, now=NOW) == "AE"
    assert render(text, {"outer": "yes"}, now=NOW) == "ABCDE"
    assert render(text, {"outer": "yes", "inner": "no"}, now=NOW) == "ABDE"


def test_one_switch_can_govern_several_sections() -> None:
    text = "{{#vip}}Dear{{/vip}} friend{{#vip}}, valued customer{{/vip}}."
    assert [b.name for b in blanks(text)] == ["vip"]
    assert render(text, {"vip": "on"}, now=NOW) == "Dear friend, valued customer."


def test_option_text_is_never_expanded_or_evaluated() -> None:
    text = "{{pick: __import__('os').system('x') | {date} | $(rm -rf) }}"
    assert problems(text) == []
    assert render(text, {}, now=NOW) == "__import__('os').system('x')"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{{x: only}}", 'placeholder "{{x: only}}" has only one option'),
        ("{{x: a || b}}", 'placeholder "{{x: a || b}}" has an empty option'),
        ("{{x: a | a}}", 'placeholder "{{x: a | a}}" lists the same option twice'),
        ("{{Bad Name: a | b}}", 'placeholder "{{Bad Name: a | b}}" has a bad name'),
        (
            "{{date: a | b}}",
            'placeholder "{{date: a | b}}" cannot be a choice: date is filled from the clock',
        ),
        ("{{#x}}never closed", 'section "{{#x}}" is never closed: end it with "{{/x}}"'),
        ("stray {{/x}}", '"{{/x}}" closes a section that was never opened'),
        ("{{#a}}{{#b}}{{/a}}{{/b}}", '"{{/a}}" does not close the open section "{{#b}}"'),
        ("{{#x|maybe}}{{/x}}", 'placeholder "{{#x|maybe}}" starts a section that can only be "on" or "off"'),
        ("{{/x|on}}", 'placeholder "{{/x|on}}" closes a section and takes nothing after the name'),
        ("{{#Big}}{{/Big}}", 'placeholder "{{#Big}}" has a bad section name'),
        ("{{#time}}{{/time}}", 'placeholder "{{#time}}" cannot open a section'),
        ("{{x}} {{x: a | b}}", '"x" is used as a blank and as a choice: give each its own name'),
        ("{{x: a | b}} {{x: b | c}}", 'the choice "x" is written twice with different options'),
        ("{{#x}}{{/x}}{{x}}", '"x" is used as a section and as a blank'),
    ],
)
def test_malformed_fillins_are_named(text: str, message: str) -> None:
    found = problems(text)
    assert found, text
    assert found[0].startswith(message)


def test_unpaired_marks_stay_literal_and_the_rest_still_renders() -> None:
    assert render("{{#x}}A {{/y}} {{n}}", {"n": "N"}, now=NOW) == "{{#x}}A {{/y}} N"


def test_a_colon_after_the_bar_is_still_a_plain_default() -> None:
    assert parse("{{opening|9:00}}") == (Placeholder("opening", "9:00"),)


def test_value_problems_name_a_wrong_option_and_a_wrong_switch() -> None:
    assert value_problems(TEXT, {"delivery": "3-5 working days", "voucher": "yes"}) == []
    assert value_problems(TEXT, {"delivery": "tomorrow", "voucher": "perhaps"}) == [
        '"tomorrow" is not one of the options of delivery: 1-2 working days | 3-5 working days',
        'voucher is a switch: give it "on" or "off", not "perhaps"',
    ]


_PIECES = st.sampled_from(
    ["{{", "}}", "#", "/", "|", ":", "a", "x", " ", "on", "{{#a}}", "{{/a}}", "{{a: b | c}}", "\n", "é"]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_PIECES, max_size=40).map("".join), st.dictionaries(st.sampled_from("abx"), st.text(max_size=5))
)
def test_any_text_scans_renders_or_names_missing_values_never_crashes(
    text: str, values: dict[str, str]
) -> None:
    problems(text)
    parse(text)
    value_problems(text, values)
    try:
        render(text, values, now=NOW)
    except MissingValues as missing:
        names = missing.names
        assert names
