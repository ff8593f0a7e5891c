"""Search quality on the built-in library as JSON: hit@1, hit@3 and empty share per kind, with the misses.

    python tests/benchmarks/search_quality.py           # JSON
    python tests/benchmarks/search_quality.py --table   # a table per kind, then the misses
    python tests/benchmarks/search_quality.py --set issue16 --table   # issue 16's set (also issue16-holdout,
                                                                     # issue16-blind2)
    python tests/benchmarks/search_quality.py --lang es --table   # the Spanish set on the Spanish library
    python tests/benchmarks/search_quality.py --lang es --set blind --table   # its second blind round
    python tests/benchmarks/search_quality.py --lang de --set blind3 --table  # the third (English too)
    python tests/benchmarks/search_quality.py --lang fr --set english --table # English typed in French
    python tests/benchmarks/search_quality.py --lang pt --set english5 --table  # stop 18 (blind5 as well)

A case is a hit@k when one of its expected categories is among the categories of the top k results (or, for
a case listing `phrases`, one of those phrases); it is empty when the search returns nothing at all. The six
kinds of tests/core/search_eval.toml are reported one by one, then all six together ("six kinds") and the
older "original" queries apart; issue 16's set (tests/core/search_eval_issue16.toml) is reported per kind.
"""

from __future__ import annotations

import json
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[2]
EVAL_FILE = ROOT / "tests" / "core" / "search_eval.toml"
ISSUE16_FILE = ROOT / "tests" / "core" / "search_eval_issue16.toml"
ISSUE16_HOLDOUT_FILE = ROOT / "tests" / "core" / "search_eval_issue16_holdout.toml"
# The second blind round of stop 14: written before the search ran on it, in both groups of kinds.
ISSUE16_BLIND2_FILE = ROOT / "tests" / "core" / "search_eval_issue16_blind2.toml"
SETS = {
    "main": EVAL_FILE,
    "issue16": ISSUE16_FILE,
    "issue16-holdout": ISSUE16_HOLDOUT_FILE,
    "issue16-blind2": ISSUE16_BLIND2_FILE,
}
# One set per other content language, written before that language's content (see each file's head), and a
# second blind round per language (<lang>-blind.toml, stop 15): `--lang es --set blind`.
# A third blind round (stop 16) covers English too: <lang>-blind3.toml for all five, `--set blind3`.
LANGUAGE_EVAL_DIR = ROOT / "tests" / "core" / "search_eval"
# Stop 17: a fourth blind round per language (<lang>-blind4.toml, each case naming the phrases it wants) and
# English typed into each language's library (<lang>-english.toml): `--lang es --set english`.
# Stop 18: a fifth blind round in all five languages (<lang>-blind5.toml, agents' picker typing, each case
# with the need it stands for) and English shorthand typed into the French and Portuguese libraries
# (<lang>-english5.toml): `--lang en --set blind5`, `--lang pt --set english5`.
LANGUAGE_SETS = ("main", "blind", "blind3", "blind4", "english", "blind5", "english5")
EVERY_LANGUAGE_SETS = ("blind3", "blind5")
# Runs from a plain checkout too: the package sits in desktop/, installed or not.
if str(ROOT / "desktop") not in sys.path:
    sys.path.append(str(ROOT / "desktop"))

from calmdesk.core.library import load_library  # noqa: E402
from calmdesk.core.search import SearchIndex  # noqa: E402

KINDS = ("keyword", "fragment", "situation", "typo", "shorthand", "vague")
ISSUE16_KINDS = (
    "thanks_problem",
    "closing",
    "feeling_word",
    "admission_word",
    "ask_details",
    "look_into",
    "when_done",
    "cannot_promise",
    "handover",
    "came_back",
    "near_phrase",
)


class Case(NamedTuple):
    query: str
    categories: tuple[str, ...]
    kind: str
    phrases: tuple[str, ...] = ()  # when given, the hit must be one of these phrases, not only the category


def eval_file(lang: str = "en", chosen: str = "main") -> Path:
    """The set `chosen` (a name of SETS or EVERY_LANGUAGE_SETS for English, of LANGUAGE_SETS otherwise)."""
    if lang == "en" and chosen not in EVERY_LANGUAGE_SETS:
        return SETS[chosen]
    return LANGUAGE_EVAL_DIR / (f"{lang}.toml" if chosen == "main" else f"{lang}-{chosen}.toml")


def load_cases(path: Path = EVAL_FILE) -> list[Case]:
    with path.open("rb") as f:
        raw = tomllib.load(f)["case"]
    return [
        Case(
            c["query"],
            tuple(c["categories"]) if "categories" in c else (c["category"],),
            c["kind"],
            tuple(c.get("phrases", ())),
        )
        for c in raw
    ]


def _rates(results: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(results)
    if not n:
        return {"cases": 0}
    return {
        "cases": n,
        "hit@1": round(sum(r["hit1"] for r in results) / n, 3),
        "hit@3": round(sum(r["hit3"] for r in results) / n, 3),
        "empty": round(sum(r["empty"] for r in results) / n, 3),
    }


def evaluate(cases: Iterable[Case], lang: str = "en") -> dict[str, Any]:
    library = load_library(language=lang)
    index = SearchIndex.for_library(library)
    results = []
    for case in cases:
        top = [hit.phrase for hit in index.search(case.query, limit=3)]
        found = [p.id for p in top] if case.phrases else [p.category for p in top]
        wanted = case.phrases or case.categories
        results.append(
            {
                "query": case.query,
                "kind": case.kind,
                "expected": list(wanted),
                "hit1": bool(found) and found[0] in wanted,
                "hit3": any(c in wanted for c in found),
                "empty": not top,
                "top3": [f"{p.category}: {p.title}" for p in top],
            }
        )
    six = [r for r in results if r["kind"] in KINDS]
    summary = _rates(results)
    by_kind = {kind: _rates([r for r in results if r["kind"] == kind]) for kind in (*KINDS, *ISSUE16_KINDS)}
    return {
        **summary,
        "phrases": len(library.phrases),
        "by_kind": {
            **by_kind,
            "six kinds": _rates(six),
            "original": _rates([r for r in results if r["kind"] not in (*KINDS, *ISSUE16_KINDS)]),
            "all": summary,
        },
        "misses": [
            {k: r[k] for k in ("query", "kind", "expected", "top3")} for r in results if not r["hit3"]
        ],
    }


def table(result: dict[str, Any]) -> str:
    lines = [f"{'kind':<15} {'cases':>5} {'hit@1':>6} {'hit@3':>6} {'empty':>6}"]
    for kind, rates in result["by_kind"].items():
        if rates["cases"]:
            lines.append(
                f"{kind:<15} {rates['cases']:>5} {rates['hit@1']:>6.3f} {rates['hit@3']:>6.3f} "
                f"{rates['empty']:>6.3f}"
            )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    lang = argv[argv.index("--lang") + 1] if "--lang" in argv[:-1] else "en"
    chosen = argv[argv.index("--set") + 1] if "--set" in argv[:-1] else "main"
    known = (*SETS, *EVERY_LANGUAGE_SETS) if lang == "en" else LANGUAGE_SETS
    if chosen not in known:
        print(f"unknown set {chosen!r}: one of {', '.join(known)}", file=sys.stderr)
        return 2
    result = evaluate(load_cases(eval_file(lang, chosen)), lang)
    if "--table" in argv:
        print(table(result))
        for miss in result["misses"]:
            print(f"  miss [{miss['kind']}] {miss['query']!r} wanted {miss['expected']}: {miss['top3']}")
    else:
        print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
