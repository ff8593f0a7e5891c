"""Rules that carry to messages nobody labelled (stop 16), each both ways: the case it must catch, and the
close case it must leave alone."""

from __future__ import annotations

import pytest

from calmdesk.core.reading import read_message


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # Something is wrong, and one context word names what it is about.
        ("The parcel ended up in Glasgow and I live in Cardiff!", "delivery"),
        ("Honestly, my money still isn't back.", "refund"),
        ("Still nothing from the courier.", "delivery"),
        # The same words in a question that opens the message, or in thanks: not a problem about them.
        ("Do you deliver to Guernsey?", "other"),
        ("@CalmShop do you deliver to Guernsey?", "other"),
        ("Thanks, the parcel came today and it's lovely.", "other"),
    ],
)
def test_one_context_word_names_the_subject_of_a_complaint_only(text: str, topic: str) -> None:
    assert read_message(text).topic == topic
