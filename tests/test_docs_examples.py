"""The example pack in docs/examples passes the pack check and renders as the format document says."""

from __future__ import annotations

from pathlib import Path

from calmdesk.core.library import check_packs, load_library
from calmdesk.core.placeholders import render

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"


def test_the_example_pack_is_sound_and_clashes_with_nothing_loaded() -> None:
    read, problems = check_packs([EXAMPLES], load_library())
    assert read
    assert problems == []


def test_the_example_choices_and_sections_render() -> None:
    library = load_library([EXAMPLES])
    phrase = library.get("examples.replacement-on-its-way")
    assert phrase is not None
    values = {"customer_name": "Ana", "order_number": "A-17", "voucher": "on", "tracking": "off"}
    text = render(phrase.text, values)
    assert "in 1-2 working days." in text
    assert "10 EUR voucher" in text
    assert "tracking link" not in text
