"""Search quality on the built-in library as JSON: hit@1, hit@3 and the misses of tests/core/search_eval.toml.

    python tests/benchmarks/search_quality.py

A case is a hit@k when its expected category is among the categories of the top k results.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[2]
EVAL_FILE = ROOT / "tests" / "core" / "search_eval.toml"
# Runs from a plain checkout too: the package sits in desktop/, installed or not.
if str(ROOT / "desktop") not in sys.path:
    sys.path.append(str(ROOT / "desktop"))

from calmdesk.core.library import load_library  # noqa: E402
from calmdesk.core.search import SearchIndex  # noqa: E402


class Case(NamedTuple):
    query: str
    category: str
    kind: str


def load_cases(path: Path = EVAL_FILE) -> list[Case]:
    with path.open("rb") as f:
        return [Case(c["query"], c["category"], c["kind"]) for c in tomllib.load(f)["case"]]


def evaluate(cases: list[Case]) -> dict[str, Any]:
    library = load_library()
    index = SearchIndex(library.phrases, {key: c.label for key, c in library.categories.items()})
    hit1 = hit3 = 0
    misses = []
    for case in cases:
        top = [hit.phrase for hit in index.search(case.query, limit=3)]
        categories = [p.category for p in top]
        hit1 += categories[:1] == [case.category]
        if case.category in categories:
            hit3 += 1
        else:
            misses.append(
                {
                    "query": case.query,
                    "expected": case.category,
                    "kind": case.kind,
                    "top3": [f"{p.category}: {p.title}" for p in top],
                }
            )
    return {
        "cases": len(cases),
        "phrases": len(library.phrases),
        "hit@1": round(hit1 / len(cases), 3),
        "hit@3": round(hit3 / len(cases), 3),
        "misses": misses,
    }


def main() -> int:
    print(json.dumps(evaluate(load_cases()), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
