"""Placeholder problems carry where they are: the editor underlines them without reading the wording."""

from __future__ import annotations

from dataclasses import fields

from calmdesk.core import placeholders
from calmdesk.core.model import Phrase
from calmdesk.core.phrase_edit import duplicate, locate_problems, user_copy
from calmdesk.core.user_layer import USER_PACK_ID


def _underlined(text: str) -> list[str]:
    return [text[start:end] for start, end, _message in locate_problems(text)]


def test_each_kind_of_problem_points_at_what_is_written() -> None:
    text = "Hi {{Customer Name}} }} {{#soon}} see {{/later}} {{"
    # In the order the scanner finds them: braces first, then the sections it pairs up.
    assert _underlined(text) == ["{{Customer Name}}", "}}", "{{", "{{/later}}", "{{#soon}}"]


def test_a_name_used_twice_as_two_kinds_points_at_the_second() -> None:
    text = "{{size}} or {{size:small:large}}"
    assert _underlined(text) == [
        "{{size:small:large}}"
    ]  # the wording quotes only the name: no regex found it


def test_the_spans_do_not_depend_on_the_wording() -> None:
    problems = placeholders.located_problems("Dear {{}}, {{1x}}")
    assert [(p.start, p.end) for p in problems] == [(5, 9), (11, 17)]
    assert [p.message for p in problems] == placeholders.problems("Dear {{}}, {{1x}}")


def test_past_the_cap_the_summary_has_no_span() -> None:
    text = "}} " * (placeholders.MAX_PROBLEMS + 3)
    found = placeholders.located_problems(text)
    assert found[-1].message == "... and 3 more"
    assert (found[-1].start, found[-1].end) == (None, None)
    assert len(locate_problems(text)) == placeholders.MAX_PROBLEMS


def test_copies_keep_every_field_but_those_they_change() -> None:
    original = Phrase("p.x", "wait", "Hold on", "One moment.", "team", ("hold",), ("chat",), "act")
    copy = user_copy(original)
    assert copy.pack == USER_PACK_ID
    same = [f.name for f in fields(Phrase) if f.name != "pack"]
    assert all(getattr(copy, name) == getattr(original, name) for name in same)
    twin = duplicate(original, {"p.x"})
    assert (twin.title, twin.pack) == ("Hold on (copy)", USER_PACK_ID)
    assert twin.id not in {"p.x"}
    assert all(getattr(twin, n) == getattr(original, n) for n in same if n not in ("id", "title"))
