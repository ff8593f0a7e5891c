"""The complaint value and its pure rules: ticks, the next step, the fill rule, channel order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from calmdesk.core.complaint import (
    Complaint,
    address_name,
    asks_customer,
    by_channel,
    check_fields,
    fill_values,
    next_step,
    remembered_values,
    skipped_steps,
    step_served,
    tick,
    undo,
)
from calmdesk.core.content import load_checklist
from calmdesk.core.model import STEP_KEYS, Phrase

T0 = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)


def make(**fields: object) -> Complaint:
    return Complaint(id=1, started=T0, **fields)  # type: ignore[arg-type]


def test_a_new_complaint_starts_at_the_first_step() -> None:
    assert next_step(make()) == "prepare"
    assert make().label() == "#1"
    assert make(ticket="A-7").label() == "A-7"
    assert make(customer="Ana", ticket="A-7").label() == "Ana"


def test_tick_keeps_the_first_time_and_step_order() -> None:
    later = T0 + timedelta(minutes=5)
    c = tick(make(), "listen", T0)
    c = tick(c, "prepare", later)
    c = tick(c, "listen", later)  # again: the first time stays
    assert [(m.step, m.at) for m in c.done] == [("prepare", later), ("listen", T0)]


def test_undo_opens_a_step_again() -> None:
    c = undo(tick(make(), "listen", T0), "listen")
    assert c.done == ()
    assert undo(make(), "listen").done == ()  # undoing an open step changes nothing


def test_unknown_step_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown step"):
        tick(make(), "smile", T0)


def test_the_current_step_is_the_first_unticked_one_whatever_was_ticked_later() -> None:
    # A wait notice ticked "act" early: the agent stays on the first open step, not on "close".
    c = tick(tick(make(), "prepare", T0), "act", T0)
    assert next_step(c) == "listen"
    assert skipped_steps(c) == STEP_KEYS[1 : STEP_KEYS.index("act")]
    for key in STEP_KEYS[1 : STEP_KEYS.index("act")]:
        c = tick(c, key, T0)
    assert next_step(c) == STEP_KEYS[STEP_KEYS.index("act") + 1]
    assert skipped_steps(c) == ()
    for key in STEP_KEYS:
        c = tick(c, key, T0)
    assert next_step(c) is None


def test_skipped_steps_are_only_those_passed_over() -> None:
    assert skipped_steps(make()) == ()
    c = tick(make(), "prepare", T0)
    assert skipped_steps(c) == ()  # the next step is open, but nothing later is done: not skipped
    assert skipped_steps(tick(c, "empathize", T0)) == ("listen",)


@pytest.mark.parametrize(
    ("category", "text", "asks"),
    [
        ("questions", "Please send me the order number.", True),
        ("listen", "Could you walk me through what happened?", True),
        ("closing", "Is there anything else I can do for you, {{customer_name}}?", True),
        ("wait", "Would it be alright if I put you on hold? I'll come straight back to you.", False),
        ("apology", "I'm sorry this happened, {{customer_name}}.", False),
        ("listen", 'Tell me more about "what went wrong?"', True),
    ],
)
def test_a_phrase_that_asks_leaves_the_agent_waiting(category: str, text: str, asks: bool) -> None:
    phrase = Phrase(id="x.y", category=category, title="t", text=text, pack="p")
    assert asks_customer(phrase) is asks


def test_fill_rule_complaint_first_then_settings() -> None:
    settings = {"agent_name": "Sam", "company": "ACME", "customer_name": "should lose"}
    c = make(customer="Ana", ticket="T-1", values={"order_number": "991", "blank": "  "})
    assert fill_values(c, settings) == {
        "agent_name": "Sam",
        "company": "ACME",
        "customer_name": "Ana",
        "ticket": "T-1",
        "order_number": "991",
    }
    assert fill_values(None, {"agent_name": "Sam"}) == {"agent_name": "Sam"}
    assert fill_values(make(), {}) == {}


@pytest.mark.parametrize(
    ("customer", "address"),
    [
        ("Dana Reyes", "Dana"),
        ("  Ana   Lúcia Souza ", "Ana"),
        ("Reyes, Dana", "Dana"),
        ("Ms Dana Reyes", "Ms Reyes"),
        ("Dr. Okafor", "Dr. Okafor"),
        ("Dana", "Dana"),
        ("@dana_r", "@dana_r"),
        ("", ""),
    ],
)
def test_the_customer_is_addressed_by_first_name(customer: str, address: str) -> None:
    assert address_name(customer) == address
    expected = {"customer_name": address} if address else {}
    assert fill_values(make(customer=customer), {}) == expected


def test_the_name_to_address_by_wins_over_the_first_name() -> None:
    c = make(customer="Dana Reyes", values={"customer_name": "Ms Reyes"})
    assert fill_values(c, {})["customer_name"] == "Ms Reyes"


def test_remembered_values_keep_what_was_typed_not_the_clock_or_prefill() -> None:
    typed = {"order_number": "991", "agent_name": "Sam", "date+2d": "x", "time": "y", "empty": " "}
    assert remembered_values(typed, {"agent_name": "Sam"}) == {"order_number": "991"}
    assert remembered_values({"agent_name": "Kim"}, {"agent_name": "Sam"}) == {"agent_name": "Kim"}


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"channel": "fax"}, "channel must be one of"),
        ({"anger": 6}, "anger must be 1 to 5"),
        ({"anger": 0}, "anger must be 1 to 5"),
        ({"customer": "x" * 201}, "customer is longer"),
        ({"ticket": "a\nb"}, "line break"),
    ],
)
def test_bad_fields_are_named(kwargs: dict[str, object], problem: str) -> None:
    assert any(problem in p for p in check_fields(**kwargs))  # type: ignore[arg-type]


def test_good_fields_pass() -> None:
    assert check_fields(customer="Ana Lúcia", channel="email", ticket="#12", topic="refund", anger=5) == []
    assert check_fields() == []


def _phrase(pid: str, category: str, step: str | None = None, channels: tuple[str, ...] = ()) -> Phrase:
    return Phrase(pid, category, pid, "text", "test", step=step, channels=channels or ("chat", "email"))


def test_step_served_prefers_the_phrase_step_then_the_current_step() -> None:
    checklist, problems = load_checklist()
    assert not problems
    c = make()
    assert step_served(_phrase("a", "apology", step="close"), c, checklist) == "close"
    # Current step "listen" (prepare done) takes listen phrases; an apology serves "apologize".
    c = tick(c, "prepare", T0)
    assert step_served(_phrase("b", "listen"), c, checklist) == "listen"
    assert step_served(_phrase("c", "apology"), c, checklist) == "apologize"
    assert step_served(_phrase("d", "apology", step="nonsense"), c, checklist) == "apologize"


def test_by_channel_puts_other_channels_behind_keeping_order() -> None:
    phone = _phrase("hold", "wait", channels=("phone",))
    chat1, chat2 = (
        _phrase("c1", "wait", channels=("chat",)),
        _phrase("c2", "wait", channels=("chat", "phone")),
    )
    items = [phone, chat1, chat2]
    assert by_channel(items, "chat", lambda p: p) == [chat1, chat2, phone]
    assert by_channel(items, "phone", lambda p: p) == [phone, chat2, chat1]
    assert by_channel(items, "", lambda p: p) == items
