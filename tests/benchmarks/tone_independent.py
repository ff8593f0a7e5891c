"""Tone check quality on the independent sets in tests/core/tone/: per-kind precision and recall as JSON.

    python tests/benchmarks/tone_independent.py [--misses]

The sets were written apart from the rules (and before the check was run on them), so they measure how the
rules generalise: independent_eval.toml first, then independent_holdout.toml, written after the rules were
fixed on the first one and before anything was run on it, and issue16_drafts.toml, written for issue 16
before the check was run on it. Each (draft, kind) pair counts once. A kind is the group of the finding's
rule, with the two occurrence rules (apology, next step) and the template leftovers named apart. The
headline is per draft, as the blind sets are scored: `bad_caught` is the share of drafts expecting a finding
that got any, `good_flagged` the share of clean drafts that got one.
"""

from __future__ import annotations

import json
import sys
import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[2]
SETS = ROOT / "tests" / "core" / "tone"
EVAL_FILES = (
    SETS / "independent_eval.toml",
    SETS / "independent_holdout.toml",
    SETS / "issue16_drafts.toml",
    SETS / "issue16_holdout.toml",
    SETS / "issue16_blind2.toml",
)
if str(ROOT / "desktop") not in sys.path:
    sys.path.append(str(ROOT / "desktop"))

from calmdesk.core.tone import Finding, ToneChecker, ToneContext, load_rules  # noqa: E402

KINDS = (
    "blame",
    "refusal",
    "dismissal",
    "sarcasm",
    "shouting",
    "no_apology",
    "no_next_step",
    "leftover",
)


class Draft(NamedTuple):
    id: str
    text: str
    customer: str
    angry: bool
    expect: frozenset[str]
    spans: tuple[str, ...]


def load_drafts(path: Path) -> list[Draft]:
    with path.open("rb") as f:
        raw = tomllib.load(f)["draft"]
    return [
        Draft(
            d["id"], d["text"], d["customer"], d["angry"], frozenset(d["expect"]), tuple(d.get("spans", ()))
        )
        for d in raw
    ]


def kind_of(finding: Finding) -> str:
    """The set's kind for a finding: by its rule's group, the occurrence rules by what they miss."""
    rule, group = finding.rule.lower(), finding.group.lower()
    if "apolog" in rule or "acknowledg" in rule:
        return "no_apology"
    if "next" in rule or "step" in rule or "action" in rule:
        return "no_next_step"
    for kind, stems in (
        ("blame", ("blame", "defens")),
        ("refusal", ("refus",)),
        ("dismissal", ("dismiss",)),
        ("sarcasm", ("sarcas",)),
        ("shouting", ("shout", "capital")),
        ("leftover", ("leftover", "blank", "name", "greeting", "template")),
    ):
        if any(stem in group for stem in stems):
            return kind
    return group


def _same(a: str, b: str) -> bool:
    return a.replace("\u2019", "'").lower() == b.replace("\u2019", "'").lower()


def evaluate(drafts: list[Draft]) -> dict[str, Any]:
    checker = ToneChecker(load_rules())
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    misses: list[dict[str, Any]] = []
    clean = clean_flagged = bad = bad_caught = spans = spans_exact = 0
    for draft in drafts:
        found = checker.check(draft.text, ToneContext(angry=draft.angry, customer_name=draft.customer))
        kinds = {kind_of(f) for f in found}
        for kind in kinds | draft.expect:
            key = "tp" if kind in kinds and kind in draft.expect else "fp" if kind in kinds else "fn"
            counts[kind][key] += 1
        if not draft.expect:
            clean += 1
            clean_flagged += bool(found)
        else:
            bad += 1
            bad_caught += bool(found)
        for span in draft.spans:
            spans += 1
            spans_exact += any(_same(f.text, span) for f in found)
        if kinds != draft.expect:
            misses.append(
                {
                    "id": draft.id,
                    "missed": sorted(draft.expect - kinds),
                    "false": sorted(kinds - draft.expect),
                    "found": [f"{f.rule}: {f.text!r}" for f in found],
                }
            )
    per_kind = {}
    for kind in sorted(counts, key=lambda k: (k not in KINDS, KINDS.index(k) if k in KINDS else 0, k)):
        c = counts[kind]
        flagged, expected = c["tp"] + c["fp"], c["tp"] + c["fn"]
        per_kind[kind] = {
            "precision": round(c["tp"] / flagged, 3) if flagged else None,
            "recall": round(c["tp"] / expected, 3) if expected else None,
            **c,
        }
    return {
        "drafts": len(drafts),
        "clean_drafts": clean,
        "clean_drafts_flagged": clean_flagged,
        "bad_caught": round(bad_caught / bad, 3) if bad else None,
        "good_flagged": round(clean_flagged / clean, 3) if clean else None,
        "drafts_exactly_right": len(drafts) - len(misses),
        "spans_exact": f"{spans_exact}/{spans}",
        "per_kind": per_kind,
        "misses": misses,
    }


def main() -> None:
    reports = {path.stem: evaluate(load_drafts(path)) for path in EVAL_FILES}
    if "--misses" not in sys.argv:
        for report in reports.values():
            report.pop("misses")
    print(json.dumps(reports, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
