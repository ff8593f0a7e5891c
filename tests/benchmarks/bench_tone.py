"""Tone check speed as JSON: a 2,000-character draft checked the way the picker does on each keystroke.

    python tests/benchmarks/bench_tone.py [--quick]

Figures: rules load + compile once, then per-check p50/p95/max in milliseconds over a draft that grows one
character at a time up to 2,000 characters (the keystroke case) and the full 2,000-character draft.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "desktop") not in sys.path:
    sys.path.append(str(ROOT / "desktop"))

from calmdesk.core.tone import ToneChecker, ToneContext, load_rules  # noqa: E402

PARAGRAPH = (
    "Hi Maria, I'm sorry the parcel still hasn't arrived. As I already said, it's not our fault, the "
    "courier lost it!! You should have chosen express delivery. Per our policy there is nothing I can do, "
    "so please calm down. I'll check with the depot and call you by 5 pm today with an update. "
)


def draft(chars: int) -> str:
    text = PARAGRAPH * (chars // len(PARAGRAPH) + 1)
    return text[:chars]


def timings(checker: ToneChecker, texts: list[str], context: ToneContext) -> list[float]:
    result = []
    for text in texts:
        start = time.perf_counter()
        checker.check(text, context)
        result.append((time.perf_counter() - start) * 1000)
    return result


def main(quick: bool) -> dict[str, object]:
    start = time.perf_counter()
    checker = ToneChecker(load_rules())
    load_ms = (time.perf_counter() - start) * 1000
    context = ToneContext(angry=True, customer_name="Maria Lopez")
    full = draft(2000)
    repeats = 20 if quick else 200
    full_times = timings(checker, [full] * repeats, context)
    step = 40 if quick else 1
    typing = timings(checker, [full[:n] for n in range(1, 2001, step)], context)
    return {
        "rules": len(checker.rules),
        "load_ms": round(load_ms, 2),
        "findings_in_2000": len(checker.check(full, context)),
        "draft_2000": _figures(full_times),
        "typing_to_2000": _figures(typing),
    }


def _figures(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "checks": len(values),
        "p50_ms": round(statistics.median(ordered), 3),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1 if len(ordered) > 1 else 0], 3),
        "max_ms": round(ordered[-1], 3),
    }


if __name__ == "__main__":
    print(json.dumps(main("--quick" in sys.argv), indent=2))
