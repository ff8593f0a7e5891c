"""Search quality on the built-in library: realistic agent queries must find the right kind of reply."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "search_quality.py"
HIT_AT_3_FLOOR = 0.85


def _load_script() -> ModuleType:
    # The benchmark script is the one place the evaluation is written; load it by path (tests is no package).
    spec = importlib.util.spec_from_file_location("search_quality", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


quality = _load_script()


def test_eval_set_is_broad_enough() -> None:
    cases = quality.load_cases()
    kinds = Counter(case.kind for case in cases)
    assert len(cases) >= 70
    assert kinds["typo"] >= 20
    assert kinds["prefix"] >= 15
    assert len({case.query for case in cases}) == len(cases), "a query is listed twice"
    from calmdesk.core.model import CATEGORY_KEYS

    assert {case.category for case in cases} == set(CATEGORY_KEYS)


def test_hit_at_3_on_builtin_library(capsys: pytest.CaptureFixture[str]) -> None:
    result = quality.evaluate(quality.load_cases())
    if result["phrases"] == 0:
        pytest.fail("the built-in library loaded no phrases")
    with capsys.disabled():
        rates = f"hit@1={result['hit@1']} hit@3={result['hit@3']}"
        print(f"\nsearch quality: {rates} over {result['cases']} queries")
        for miss in result["misses"]:
            print(f"  miss: {miss['query']!r} expected {miss['expected']}, got {miss['top3']}")
    assert result["hit@3"] >= HIT_AT_3_FLOOR
