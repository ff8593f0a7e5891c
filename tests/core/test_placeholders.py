"""Placeholders: parsing, the malformed cases the pack check names, and rendering against a fixed clock."""

from __future__ import annotations

import time
from datetime import datetime

import pytest

from calmdesk.core.placeholders import (
    MAX_PROBLEMS,
    MissingValues,
    Placeholder,
    blanks,
    parse,
    problems,
    render,
    settings_values,
)

# A Monday evening close to month end, so day, week and hour offsets all cross a boundary.
NOW = datetime(2026, 11, 30, 22, 45)


def test_parse_names_defaults_and_offsets_in_first_use_order() -> None:
    text = (
        "Hi {{customer_name}}, by {{weekday+1d}} at {{time+2h}}: {{refund_days|3}} days, {{customer_name}}."
    )
    assert parse(text) == (
        Placeholder("customer_name"),
        Placeholder("weekday", offset="+1d"),
        Placeholder("time", offset="+2h"),
        Placeholder("refund_days", default="3"),
    )


def test_parse_merges_a_name_written_twice_keeping_the_first_default() -> None:
    assert parse("{{days}} then {{days|5}} then {{days|9}}") == (Placeholder("days", default="5"),)


def test_parse_tolerates_spaces_inside_the_braces() -> None:
    assert parse("{{ order_number }} {{ date + 2d }} {{ x | a b }}") == (
        Placeholder("order_number"),
        Placeholder("date", offset="+2d"),
        Placeholder("x", default="a b"),
    )


def test_offsets_are_normalised() -> None:
    assert parse("{{date+007d}}") == (Placeholder("date", offset="+7d"),)


@pytest.mark.parametrize(
    ("placeholder", "label"),
    [
        (Placeholder("order_number"), "Order number"),
        (Placeholder("customer_name"), "Customer name"),
        (Placeholder("agent_name"), "Your name"),
        (Placeholder("date", offset="+2d"), "Promised date"),
        (Placeholder("weekday", offset="+1d"), "Promised day"),
        (Placeholder("time", offset="+30m"), "Promised time"),
        (Placeholder("time"), "Time"),
    ],
)
def test_label(placeholder: Placeholder, label: str) -> None:
    assert placeholder.label == label


def test_blanks_exclude_clock_names_but_keep_builtins() -> None:
    text = (
        "{{agent_name}} {{company}} {{customer_name}} {{ticket}} {{date}} {{time+1h}} {{weekday}} {{order}}"
    )
    assert [b.name for b in blanks(text)] == ["agent_name", "company", "customer_name", "ticket", "order"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Hello {{name", 'unclosed "{{" near "{{name"'),
        ("{{a {{b}}", 'unclosed "{{" near "{{a {{b}}"'),
        ("{{}}", 'placeholder "{{}}" is empty'),
        ("{{ | x}}", 'placeholder "{{ | x}}" is empty'),
        ("{{Order Number}}", 'placeholder "{{Order Number}}" has a bad name'),
        ("{{order number}}", 'placeholder "{{order number}}" has a bad name'),
        ("{{2nd}}", 'placeholder "{{2nd}}" has a bad name'),
        ("{{date+2x}}", 'placeholder "{{date+2x}}" has an unknown offset unit "x": date takes d or w'),
        ("{{time+1d}}", 'placeholder "{{time+1d}}" has an unknown offset unit "d": time takes h or m'),
        ("{{weekday+2h}}", 'placeholder "{{weekday+2h}}" has an unknown offset unit "h"'),
        ("{{time+2}}", 'placeholder "{{time+2}}" has no offset unit: time takes h or m'),
        ("{{date+d}}", 'placeholder "{{date+d}}" has a bad offset'),
        ("{{date-1d}}", 'placeholder "{{date-1d}}" counts backwards'),
        ("{{date+1000d}}", 'placeholder "{{date+1000d}}" has an offset larger than 999'),
        ("{{order+2d}}", 'placeholder "{{order+2d}}" has an offset, which only date, time and weekday take'),
        ("{{date|soon}}", 'placeholder "{{date|soon}}" takes no default: date is filled from the clock'),
        ("all done }} here", 'stray "}}" without an opening "{{" near "}} here"'),
    ],
)
def test_problems_name_each_malformed_placeholder(text: str, message: str) -> None:
    found = problems(text)
    assert len(found) == 1
    assert found[0].startswith(message)


def test_well_formed_text_has_no_problems() -> None:
    assert problems("Plain { braces } and {{name}}, {{x|}} and {{date+1w}}.") == []


def test_malformed_placeholders_are_not_parsed() -> None:
    assert parse("{{Bad Name}} {{date+2x}} {{ok}}") == (Placeholder("ok"),)


def test_render_fills_values_defaults_and_the_clock() -> None:
    text = (
        "Hi {{customer_name}}, your refund of {{amount}} goes out by {{weekday+1d}} {{date+1d}} "
        "({{refund_days|3}} days). Today is {{weekday}} {{date}} {{time}}; back at {{time+2h}}, "
        "{{time+30m}}, follow-up {{date+1w}}."
    )
    out = render(text, {"customer_name": "Ann", "amount": "$20", "unused": "ignored"}, now=NOW)
    # Promises read like a person wrote them: in words, no year for this year, and at 22:45 the two-hour
    # promise falls in the next working morning (core/human_time.py has the rules).
    assert out == (
        "Hi Ann, your refund of $20 goes out by Tuesday tomorrow (3 days). Today is Monday "
        "30 November 22:45; back at 11:00 tomorrow, 09:30 tomorrow, follow-up 7 December."
    )


def test_render_uses_the_default_for_an_empty_or_blank_value() -> None:
    assert render("{{days|3}} {{days}}", {"days": "  "}, now=NOW) == "3 3"
    assert render("[{{note|}}]", {}, now=NOW) == "[]"


def test_render_inserts_values_literally() -> None:
    # A value holding braces is text the customer typed, never another placeholder to expand.
    out = render("Name: {{customer_name}}", {"customer_name": "{{agent_name}} {{date}}"}, now=NOW)
    assert out == "Name: {{agent_name}} {{date}}"


def test_render_leaves_malformed_placeholders_as_written() -> None:
    assert render("{{Bad}} and {{date+2x}} }}", {}, now=NOW) == "{{Bad}} and {{date+2x}} }}"


def test_render_raises_missing_values_naming_every_empty_blank_in_order() -> None:
    with pytest.raises(MissingValues) as caught:
        render("{{ticket}} {{x|1}} {{order_number}} {{ticket}}", {"order_number": " "}, now=NOW)
    assert caught.value.names == ("ticket", "order_number")
    assert str(caught.value) == "fill in: ticket, order_number"


def test_render_without_now_uses_the_real_clock() -> None:
    before = datetime.now()
    assert render("{{time}}", {}) in (f"{before:%H:%M}", f"{datetime.now():%H:%M}")


def test_render_near_the_end_of_time_keeps_the_placeholder() -> None:
    assert render("{{date+999w}}", {}, now=datetime(9999, 12, 1)) == "{{date+999w}}"


def test_a_huge_offset_is_a_problem_not_a_crash() -> None:
    # Past 4,300 digits int() refuses the string (CPython's int-string limit); the check must come first.
    text = "{{date+" + "9" * 5000 + "d}}"
    assert problems(text) == [f'placeholder "{text}" has an offset larger than 999']
    assert parse(text) == ()
    assert problems("{{date+0000000002d}}") == []
    assert parse("{{date+0000000002d}}") == (Placeholder("date", offset="+2d"),)


@pytest.mark.parametrize("digit", ["\u0663", "\uff12"])  # Arabic-Indic three, full-width two
def test_offsets_take_ascii_digits_only(digit: str) -> None:
    text = "{{date+" + digit + "d}}"
    assert problems(text) == [f'placeholder "{text}" has a bad offset: write it like +2d, +1w, +2h or +30m']
    assert render(text, {}, now=NOW) == text


def test_scanning_many_braces_is_linear() -> None:
    # The old scan searched the rest of the text at every step: 80,000 "{{" took about 10 s. A linear
    # pass takes a few tens of milliseconds; the bound is generous so a slow machine never flakes.
    start = time.perf_counter()
    found = problems("{{" * 80_000)
    assert time.perf_counter() - start < 2.0
    assert len(found) == MAX_PROBLEMS + 1
    assert found[-1] == f"... and {80_000 - MAX_PROBLEMS} more"


def test_problems_stop_at_the_cap_but_the_text_still_renders() -> None:
    text = "}} " * 30 + "{{x}}"
    found = problems(text)
    assert len(found) == MAX_PROBLEMS + 1
    assert found[-1] == f"... and {30 - MAX_PROBLEMS} more"
    assert render(text, {"x": "X"}) == "}} " * 30 + "X"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{{{{x}}", "{{X"),
        ("{{{x}}}", "{{{x}}}"),
        ("a }}}b {{x}} {{", "a }}}b X {{"),
        ("{{x}{{x}}", "{{x}X"),
    ],
)
def test_overlapping_braces_scan_left_to_right(text: str, expected: str) -> None:
    assert render(text, {"x": "X"}, now=NOW) == expected


def test_settings_values_keep_only_what_is_filled_in() -> None:
    assert settings_values("Ana", "") == {"agent_name": "Ana"}
    assert settings_values("", "ACME") == {"company": "ACME"}
    assert settings_values("Ana", "ACME") == {"agent_name": "Ana", "company": "ACME"}
    assert settings_values("", "") == {}
