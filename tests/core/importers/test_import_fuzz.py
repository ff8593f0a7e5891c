"""Every parser on arbitrary input: an ImportResult or a clear ImportFailed; no other exception, no hang."""

from __future__ import annotations

import json
from datetime import timedelta

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from calmdesk.core import placeholders
from calmdesk.core.importers import ImportFailed, ImportResult
from calmdesk.core.importers.beeftext import import_beeftext_text
from calmdesk.core.importers.calmdesk_toml import import_calmdesk_text
from calmdesk.core.importers.csvfile import import_csv_text
from calmdesk.core.importers.espanso import import_espanso_text

FUZZ = settings(max_examples=150, deadline=timedelta(seconds=2))

_words = st.sampled_from(
    [
        "{{",
        "}}",
        "#{",
        "}",
        "$|$",
        "name",
        "form1.x",
        ":",
        "|",
        "input:who",
        "powershell:x",
        "\n",
        "é",
        " ",
        "[[",
    ]
)
_text = st.one_of(st.text(max_size=30), st.lists(_words, max_size=12).map("".join))
_scalar = st.one_of(st.none(), st.booleans(), st.integers(-(10**6), 10**6), _text)
_value = st.recursive(
    _scalar,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_text, inner, max_size=4)),
    max_leaves=20,
)
_KEYS = (
    "trigger triggers replace label vars search_terms form form_fields word regex image_path html wrod name"
)
_match_keys = st.sampled_from(
    [*_KEYS.split(), "type", "params", "values", "choices", "echo", "format", "offset"]
)
_match = st.recursive(
    st.dictionaries(_match_keys, _scalar, max_size=6),
    lambda inner: st.dictionaries(
        _match_keys, st.one_of(_scalar, inner, st.lists(inner, max_size=3)), max_size=6
    ),
    max_leaves=25,
)


def _check(read) -> None:
    try:
        result = read()
    except ImportFailed as failed:
        message = str(failed)
        assert message
        return
    assert isinstance(result, ImportResult)
    for phrase in result.phrases:
        assert phrase.text.strip()
        assert placeholders.problems(phrase.text) == []


@FUZZ
@given(st.lists(_match, max_size=5), st.lists(_match, max_size=2))
def test_espanso_structured(matches: list[dict[str, object]], global_vars: list[dict[str, object]]) -> None:
    text = yaml.safe_dump({"matches": matches, "global_vars": global_vars}, allow_unicode=True)
    _check(lambda: import_espanso_text(text, "f.yml", taken=set(), default_category="solution"))


@FUZZ
@given(st.one_of(st.text(max_size=200), _value.map(lambda v: yaml.safe_dump(v, allow_unicode=True))))
def test_espanso_any_text(text: str) -> None:
    _check(lambda: import_espanso_text(text, "f.yml", taken=set(), default_category="solution"))


_combo = st.dictionaries(
    st.sampled_from(
        ["keyword", "snippet", "comboText", "substitutionText", "name", "group", "enabled", "uuid"]
    ),
    st.one_of(_scalar, _value),
    max_size=6,
)


@FUZZ
@given(st.one_of(st.integers(0, 12), _scalar), st.lists(_combo, max_size=5), _value)
def test_beeftext_structured(version: object, combos: list[dict[str, object]], groups: object) -> None:
    text = json.dumps({"fileFormatVersion": version, "combos": combos, "groups": groups})
    _check(lambda: import_beeftext_text(text, "b.json", taken=set(), default_category="solution"))


@FUZZ
@given(st.text(max_size=300))
def test_beeftext_any_text(text: str) -> None:
    _check(lambda: import_beeftext_text(text, "b.json", taken=set(), default_category="solution"))


_cell = st.one_of(_text, st.sampled_from(['"', '""', ",", "\r\n", "title", "text", "category", "apology"]))


@FUZZ
@given(st.lists(st.lists(_cell, max_size=5).map(",".join), max_size=6).map("\n".join))
def test_csv_any_text(text: str) -> None:
    _check(lambda: import_csv_text(text, "c.csv", taken=set(), default_category="solution"))


@FUZZ
@given(st.one_of(st.text(max_size=300), st.lists(_words, max_size=30).map("".join)))
def test_calmdesk_any_text(text: str) -> None:
    _check(lambda: import_calmdesk_text(text, "p.toml"))
