"""Titles made from an imported snippet's text read like titles; a snippet of blanks alone is skipped."""

from __future__ import annotations

import pytest

from calmdesk.core.importers.common import FALLBACK_TITLE, only_blanks, title_from
from calmdesk.core.importers.espanso import import_espanso_text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Thanks for waiting. I have checked your order and it ships today.", "Thanks for waiting."),
        ("{{name}}, your refund is on its way to you.", "Your refund is on its way to you."),
        (
            "I have looked into this with our billing team, and the charge was made twice by mistake.",
            "I have looked into this with our billing team…",
        ),
        ("Hi {{name}}, {{greeting}} {{body}} {{signature}}", FALLBACK_TITLE),
        ("Hello!", "Hello!"),
        (
            "Your refund of {{amount}} is on its way.",
            "Your refund of … is on its way.",
        ),  # a blank inside shows
    ],
)
def test_a_title_from_the_text_is_its_short_first_sentence_or_a_clean_cut(text: str, title: str) -> None:
    assert title_from("", text) == title


def test_a_label_or_trigger_still_comes_first() -> None:
    assert title_from("Refund sent", "{{name}}, your refund") == "Refund sent"
    assert title_from("", "{{a}} {{b}}", ":greet") == "greet"


def test_only_blanks_means_no_words_and_something_to_type() -> None:
    assert only_blanks("{{output}}")
    assert only_blanks(" {{clip}} ,\n")
    assert not only_blanks("{{date}}")  # a date alone is a value, filled by itself
    assert not only_blanks("Hi {{name}}")


def test_a_shell_variable_alone_is_listed_as_skipped_not_imported() -> None:
    yaml = (
        "matches:\n"
        '  - trigger: ":ip"\n    replace: "{{out}}"\n'
        "    vars:\n      - name: out\n        type: shell\n        params:\n          cmd: hostname -I\n"
        '  - trigger: ":hi"\n    replace: "Hi {{out}}"\n'
        "    vars:\n      - name: out\n        type: shell\n        params:\n          cmd: whoami\n"
    )
    result = import_espanso_text(yaml, "base.yml", taken=set(), default_category="solution")
    assert [p.text for p in result.phrases] == ["Hi {{out}}"]
    assert [(s.title, "shell" in s.reason) for s in result.skipped] == [("ip", True)]
