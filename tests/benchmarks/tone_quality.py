"""Tone check quality on tests/core/tone_eval.toml as JSON: precision, recall and every miss or false alarm.

    python tests/benchmarks/tone_quality.py
    python tests/benchmarks/tone_quality.py --lang es   # another language's rules on their own examples

Each (draft, rule) pair counts once: a rule flagged in a draft is a true positive when the draft expects it.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[2]
EVAL_FILE = ROOT / "tests" / "core" / "tone_eval.toml"
if str(ROOT / "desktop") not in sys.path:
    sys.path.append(str(ROOT / "desktop"))

from calmdesk.core.tone import ToneChecker, ToneContext, load_rules  # noqa: E402


class Draft(NamedTuple):
    text: str
    customer: str
    angry: bool
    expect: frozenset[str]


def load_drafts(path: Path = EVAL_FILE) -> list[Draft]:
    with path.open("rb") as f:
        raw = tomllib.load(f)["draft"]
    return [Draft(d["text"], d["customer"], d["angry"], frozenset(d["expect"])) for d in raw]


# Whom each language's examples are written to (its wrong-name examples name someone else); as in
# tests/core/tone/test_tone_languages.py.
EXAMPLE_CUSTOMERS = {"es": "Lucía Gómez", "de": "Anna Becker", "fr": "Claire Martin", "pt": "Ana Souza"}


def language_drafts(lang: str) -> list[Draft]:
    """The language's rule examples as drafts: a bad one expects its rule, a good one nothing."""
    rules = load_rules(lang=lang).rules
    customer = EXAMPLE_CUSTOMERS[lang]
    bad = [Draft(text, customer, True, frozenset({rule.id})) for rule in rules for text in rule.bad]
    return bad + [Draft(text, customer, True, frozenset()) for rule in rules for text in rule.good]


def evaluate(drafts: list[Draft], lang: str = "en") -> dict[str, Any]:
    checker = ToneChecker(load_rules(lang=lang))
    hits = flagged = expected = 0
    misses: list[dict[str, str]] = []
    false_alarms: list[dict[str, str]] = []
    for number, draft in enumerate(drafts, start=1):
        context = ToneContext(angry=draft.angry, customer_name=draft.customer)
        found = {f.rule: f.text for f in checker.check(draft.text, context)}
        hits += len(draft.expect & found.keys())
        flagged += len(found)
        expected += len(draft.expect)
        misses += [{"draft": str(number), "rule": rule} for rule in sorted(draft.expect - found.keys())]
        extra = sorted(found.keys() - draft.expect)
        false_alarms += [{"draft": str(number), "rule": rule, "span": found[rule]} for rule in extra]
    return {
        "drafts": len(drafts),
        "expected": expected,
        "precision": round(hits / flagged, 3) if flagged else 1.0,
        "recall": round(hits / expected, 3) if expected else 1.0,
        "clean_drafts_clean": sum(
            1 for d in drafts if not d.expect and not checker.check(d.text, ToneContext(d.angry, d.customer))
        ),
        "clean_drafts": sum(1 for d in drafts if not d.expect),
        "misses": misses,
        "false_alarms": false_alarms,
    }


if __name__ == "__main__":
    chosen = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv[:-1] else "en"
    drafts = load_drafts() if chosen == "en" else language_drafts(chosen)
    print(json.dumps(evaluate(drafts, chosen), indent=2))
