"""The built-in content's problems and the tone patterns' errors in the person's language (core.messages)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from calmdesk.core import content, messages
from calmdesk.core.model import CATEGORY_KEYS, STEP_KEYS
from calmdesk.core.tone.patterns import PatternError, compile_pattern

CATEGORY = '[[category]]\nkey = "{key}"\nlabel = "{key}"\ndescription = "About {key}."\ncolor = "#336699"\n\n'
STEP = (
    '[[step]]\nkey = "{key}"\ntitle = "T"\ngoal = "G"\ndo = ["tip"]\n'
    'dont = [{{ avoid = "Calm down", say = "I see why this upsets you" }}]\n{extra}\n'
)
ENGLISH_STEP = 'categories = ["listen"]\n'


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    messages.use(None)  # the next test starts from English, whatever this one spoke


@pytest.fixture
def resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "resources"
    (root / "i18n" / "de").mkdir(parents=True)
    (root / "categories.toml").write_text("".join(CATEGORY.format(key=k) for k in CATEGORY_KEYS))
    (root / "checklist.toml").write_text("".join(STEP.format(key=k, extra=ENGLISH_STEP) for k in STEP_KEYS))
    monkeypatch.setattr(content, "_root", lambda: root)
    return root


def test_checklist_problems_in_german(resources: Path) -> None:
    steps = [STEP.format(key=k, extra=ENGLISH_STEP) for k in STEP_KEYS]
    steps[0] = steps[0].replace('do = ["tip"]', "do = []")
    steps[3], steps[4] = steps[4], steps[3]
    del steps[11]
    (resources / "checklist.toml").write_text("".join(steps))
    assert messages.use("de") == "de"
    _, problems = content.load_checklist()
    assert [p.message for p in problems] == [
        'Schritt "prepare": "do" ist leer: geben Sie mindestens einen Tipp an',
        'der Checklistenschritt "unwind" fehlt',
        "die Schritte stehen in der falschen Reihenfolge: erwartet wird " + ", ".join(STEP_KEYS),
    ]


def test_a_translation_may_leave_a_step_out_in_any_language(resources: Path) -> None:
    """A German checklist without some steps is no fault, whatever language the problems are said in: the
    missing steps stay English (no message's words are read to decide it). Its own faults are reported."""
    own = [STEP.format(key=k, extra="") for k in STEP_KEYS[:3]]
    own[1] = own[1].replace('do = ["tip"]', "do = []")
    (resources / "i18n" / "de" / "checklist.toml").write_text(
        "".join(own).replace('title = "T"', 'title = "Ü"')
    )
    for spoken in ("de", "fr", None):
        messages.use(spoken)
        steps, problems = content.load_checklist("de")
        assert len(problems) == 1, problems
        assert problems[0].file == "resources/i18n/de/checklist.toml"
        assert [s.title for s in steps[:3]] == ["Ü", "T", "Ü"]  # the faulty step stays English
        assert all(s.title == "T" for s in steps[3:])
    assert problems[0].message == f'step "{STEP_KEYS[1]}": "do" is empty: give at least one tip'


def test_category_problems_in_spanish(resources: Path) -> None:
    text = "".join(CATEGORY.format(key=k) for k in CATEGORY_KEYS if k != "wait")
    (resources / "categories.toml").write_text(text.replace('color = "#336699"', 'color = "blue"', 1))
    messages.use("es")
    _, problems = content.load_categories()
    assert [p.message for p in problems] == [
        'categoría #1: el color "blue" debe escribirse #rrggbb',
        'falta la categoría "wait"',
    ]


def test_builtin_language_fallback_in_french() -> None:
    messages.use("fr")
    _, problems = content.builtin_packs("xx")
    assert [p.message for p in problems] == ["aucune phrase fournie dans cette langue : en est utilisé"]


@pytest.mark.parametrize(
    ("pattern", "english", "german"),
    [
        ("", "an empty pattern", "ein leeres Muster"),
        ("{a|} b", "an empty choice in '{a|}'", "eine leere Auswahl in '{a|}'"),
        ("* [late]", "'* [late]' may start with `*`", "'* [late]' kann mit `*` beginnen"),
        ("sorry ~x", "'~x' in 'sorry ~x' is neither a word", "'~x' in 'sorry ~x' ist weder ein Wort"),
    ],
)
def test_pattern_errors_in_german(pattern: str, english: str, german: str) -> None:
    with pytest.raises(PatternError) as said:
        compile_pattern(pattern)
    assert english in str(said.value)
    messages.use("de")
    with pytest.raises(PatternError) as said:
        compile_pattern(pattern)
    assert german in str(said.value)
