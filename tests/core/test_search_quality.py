"""Search quality on the built-in library: realistic agent queries must find the right kind of reply."""

from __future__ import annotations

from collections import Counter

import pytest
from benchscript import load_benchmark

from calmdesk.core.model import CATEGORY_KEYS

# Floors under the figures measured (see the README): a change that loses ground fails here.
HIT_AT_3_FLOOR = {"six kinds": 0.93, "original": 0.95}
EMPTY_CEILING = {"six kinds": 0.01, "original": 0.01}


quality = load_benchmark("search_quality")


def test_eval_set_is_broad_enough() -> None:
    cases = quality.load_cases()
    kinds = Counter(case.kind for case in cases)
    six = sum(kinds[k] for k in quality.KINDS)
    assert six >= 300
    for kind in quality.KINDS:  # about equal: none under 80% of an even share
        assert kinds[kind] >= 0.8 * six / len(quality.KINDS), kind
    assert set(kinds) <= {*quality.KINDS, "original"}
    assert len({case.query.lower() for case in cases}) == len(cases), "a query is listed twice"
    expected = {c for case in cases for c in case.categories}
    assert expected == set(CATEGORY_KEYS)


def test_hit_at_3_on_builtin_library(capsys: pytest.CaptureFixture[str]) -> None:
    result = quality.evaluate(quality.load_cases())
    if result["phrases"] == 0:
        pytest.fail("the built-in library loaded no phrases")
    with capsys.disabled():
        print("\n" + quality.table(result))
        for miss in result["misses"]:
            print(f"  miss [{miss['kind']}] {miss['query']!r} wanted {miss['expected']}: {miss['top3']}")
    for kind, floor in HIT_AT_3_FLOOR.items():
        assert result["by_kind"][kind]["hit@3"] >= floor, kind
    for kind, ceiling in EMPTY_CEILING.items():
        assert result["by_kind"][kind]["empty"] <= ceiling, kind


# Issue 16's kinds (tests/core/search_eval_issue16.toml), written before the search was run on them: hit@3
# was 0.575 with 8.7% empty before the fixes of that issue, 0.938 with none empty after.
ISSUE16_HIT_AT_3_FLOOR = 0.92


def test_issue_16_kinds_find_the_right_replies(capsys: pytest.CaptureFixture[str]) -> None:
    result = quality.evaluate(quality.load_cases(quality.ISSUE16_FILE))
    with capsys.disabled():
        print("\n" + quality.table(result))
    assert result["by_kind"]["all"]["hit@3"] >= ISSUE16_HIT_AT_3_FLOOR, result["misses"]
    assert result["by_kind"]["all"]["empty"] == 0
    assert {kind for kind in quality.ISSUE16_KINDS if result["by_kind"][kind]["cases"] < 10} == set()


def test_issue_16_held_out_kinds_find_the_right_replies() -> None:
    # Written after the first round of fixes: 0.833 hit@3 and 6.7% empty before the second round.
    result = quality.evaluate(quality.load_cases(quality.ISSUE16_HOLDOUT_FILE))
    assert result["by_kind"]["all"]["hit@3"] >= 0.95, result["misses"]
    assert result["by_kind"]["all"]["empty"] == 0


# Each other language's own set (tests/core/search_eval/<lang>.toml), on the library shown in that language.
# The issue asks hit@3 >= 0.9 and no empty result; the floors sit under the figures measured.
LANGUAGE_HIT_AT_3_FLOOR = {"es": 0.95, "de": 0.95, "fr": 0.95, "pt": 0.95}


@pytest.mark.parametrize("lang", sorted(LANGUAGE_HIT_AT_3_FLOOR))
def test_each_language_set_is_broad_enough(lang: str) -> None:
    cases = quality.load_cases(quality.eval_file(lang))
    kinds = Counter(case.kind for case in cases)
    assert len(cases) >= 100
    assert set(kinds) == set(quality.KINDS)
    assert min(kinds.values()) >= 15
    assert {c for case in cases for c in case.categories} == set(CATEGORY_KEYS)


@pytest.mark.parametrize("lang", sorted(LANGUAGE_HIT_AT_3_FLOOR))
def test_hit_at_3_in_each_language(lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    result = quality.evaluate(quality.load_cases(quality.eval_file(lang)), lang)
    with capsys.disabled():
        print(f"\n[{lang}]\n" + quality.table(result))
    six = result["by_kind"]["six kinds"]
    assert six["hit@3"] >= LANGUAGE_HIT_AT_3_FLOOR[lang]
    assert six["empty"] == 0


# The second blind round per language (tests/core/search_eval/<lang>-blind.toml, stop 15), written before the
# search ran on it: es 0.875, de 0.896, fr 0.854, pt 0.833 hit@3 and one empty result in de, fr and pt before
# the vocabulary learnt greetings, week-based time words and numbers asked for; the issue's floor is 0.9.
@pytest.mark.parametrize("lang", sorted(LANGUAGE_HIT_AT_3_FLOOR))
def test_each_language_blind_round_finds_the_right_replies(lang: str) -> None:
    cases = quality.load_cases(quality.eval_file(lang, "blind"))
    assert len(cases) >= 40
    assert set(Counter(case.kind for case in cases)) == set(quality.KINDS)
    result = quality.evaluate(cases, lang)
    six = result["by_kind"]["six kinds"]
    assert six["hit@3"] >= 0.9, result["misses"]
    assert six["empty"] == 0, result["misses"]


# The third blind round (tests/core/search_eval/<lang>-blind3.toml, stop 16), English included, written
# without opening the packs and committed before the search ran on it. Before the fixes: hit@3 en 0.938,
# es 0.917, de 0.979 (one empty result), fr 0.938, pt 1.000; every one reaches 1.000 after them.
@pytest.mark.parametrize("lang", ["en", *sorted(LANGUAGE_HIT_AT_3_FLOOR)])
def test_each_language_third_blind_round_finds_the_right_replies(lang: str) -> None:
    cases = quality.load_cases(quality.eval_file(lang, "blind3"))
    assert len(cases) >= 40
    assert set(Counter(case.kind for case in cases)) == set(quality.KINDS)
    result = quality.evaluate(cases, lang)
    six = result["by_kind"]["six kinds"]
    assert six["hit@3"] >= 0.95, result["misses"]
    assert six["empty"] == 0, result["misses"]


# The fourth blind round (tests/core/search_eval/<lang>-blind4.toml, stop 17), each case naming the phrases
# it wants, committed before the search ran on it: hit@3 es 0.976, de 0.952 (one empty result: "Zeitrahmen",
# found since by its known part), fr 0.952, pt 0.976.
@pytest.mark.parametrize("lang", sorted(LANGUAGE_HIT_AT_3_FLOOR))
def test_each_language_fourth_blind_round_finds_the_phrases_it_names(lang: str) -> None:
    cases = quality.load_cases(quality.eval_file(lang, "blind4"))
    assert len(cases) >= 40
    assert set(Counter(case.kind for case in cases)) == set(quality.KINDS)
    assert all(case.phrases for case in cases)
    result = quality.evaluate(cases, lang)
    assert result["hit@3"] >= 0.95, result["misses"]
    assert result["empty"] == 0, result["misses"]


# English typed into each other language's library (tests/core/search_eval/<lang>-english.toml, stop 17),
# 48 queries in all: hit@1 0.688 before the English version's title outranked its tags, 0.771 after; hit@3
# 0.896 both (es 1.0, de 0.917, fr 0.833, pt 0.833): the misses are the English search's own (see
# docs/decisions/search-in-agents-words.md), so the floor is over all four together.
def test_english_typed_into_another_language_finds_the_phrases_it_names() -> None:
    results = [
        quality.evaluate(quality.load_cases(quality.eval_file(lang, "english")), lang)
        for lang in sorted(LANGUAGE_HIT_AT_3_FLOOR)
    ]
    cases = sum(r["cases"] for r in results)
    misses = [miss for r in results for miss in r["misses"]]
    assert cases >= 40
    assert sum(r["hit@1"] * r["cases"] for r in results) / cases >= 0.75, misses
    assert 1 - len(misses) / cases >= 0.89, misses
    assert all(r["empty"] == 0 for r in results), misses


# The fifth blind round (tests/core/search_eval/<lang>-blind5.toml, stop 18) in all five languages: picker
# typing, each case with the need it stands for, committed before the search ran on it. hit@3 before the
# stop's changes: en 0.886, es 0.907, de 0.837 (one empty), fr 0.907, pt 0.814 (2 queries each asked for a
# data-request reply the library lacked); after: 0.977 in each language. Not blind any more.
@pytest.mark.parametrize("lang", ["en", "es", "de", "fr", "pt"])
def test_each_language_fifth_blind_round_finds_what_agents_type(lang: str) -> None:
    cases = quality.load_cases(quality.eval_file(lang, "blind5"))
    assert len(cases) >= 40
    result = quality.evaluate(cases, lang)
    assert result["hit@3"] >= 0.95, result["misses"]
    assert result["empty"] == 0, result["misses"]


# English shorthand typed into the French and Portuguese libraries (<lang>-english5.toml, stop 18): hit@3
# 0.932 each before, 1.0 after.
@pytest.mark.parametrize("lang", ["fr", "pt"])
def test_english_shorthand_in_french_and_portuguese_finds_its_reply(lang: str) -> None:
    cases = quality.load_cases(quality.eval_file(lang, "english5"))
    assert len(cases) >= 40
    result = quality.evaluate(cases, lang)
    assert result["hit@3"] >= 0.95, result["misses"]
    assert result["empty"] == 0, result["misses"]
