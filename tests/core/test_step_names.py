"""`calmdesk complaint step` takes a step the way the panel shows it, not only its internal key."""

from __future__ import annotations

import pytest

from calmdesk.core.content import load_checklist
from calmdesk.core.step_names import step_key_for

STEPS, _ = load_checklist()


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("listen", "listen"),
        ("Listen", "listen"),
        ("2", "listen"),
        ("3. Empathise", "empathize"),
        ("empathise", "empathize"),
        ("Apologise", "apologize"),
        ("take ownership", "take_ownership"),
        ("take_ownership", "take_ownership"),
        ("Get ready", "prepare"),
        ("prepare", "prepare"),
        ("12", "unwind"),
        ("Close warmly", "close"),
    ],
)
def test_a_step_is_found_by_number_key_or_title(typed: str, key: str) -> None:
    assert step_key_for(typed, STEPS) == key


@pytest.mark.parametrize("typed", ["foo", "0", "13", "", "2. Unwind", "listenn"])
def test_anything_else_is_no_step(typed: str) -> None:
    assert step_key_for(typed, STEPS) is None
