"""The reader on its labelled evaluation set (reading_eval.toml), held at issue 19's targets.

The holdout (reading_holdout.toml) is not run here: it is read at the end of a stop, with
`python tests/benchmarks/reading_quality.py --holdout`, so that no test run tunes the reader to it.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

from benchscript import load_benchmark

from calmdesk.core.reading.knowledge import TOPICS

quality = load_benchmark("reading_quality")
# Issue 19's targets on our own set.
FLOORS = {
    "topic": 0.85,
    "anger": 0.7,
    "anger_within_one": 0.95,
    "threats_recall": 0.9,
    "threats_precision": 0.9,
    "order_number": 0.95,
    "customer_name": 0.85,
    # Beyond the list: what the first tuned run reached, kept from sliding back.
    "email": 0.95,
    "repeat_contact": 0.9,
    "deadline": 0.9,
    "asks_precision": 0.85,
    "asks_recall": 0.85,
}
KINDS = {"chat", "email", "social", "phone", "typo", "sarcasm", "polite", "codes", "multi", "calm"}


def test_the_sets_are_big_and_broad() -> None:
    cases = quality.load_cases()
    holdout = quality.load_cases(quality.HOLDOUT_FILE)
    assert len(cases) + len(holdout) >= 300
    assert len(holdout) * 5 >= len(cases) + len(holdout) - 5  # a fifth held out
    kinds = Counter(case.kind for case in cases)
    assert set(kinds) == KINDS
    assert min(kinds.values()) >= 10
    assert {case.expect["topic"] for case in cases} == set(TOPICS)


def test_no_message_is_in_both_sets() -> None:
    texts = {case.text for case in quality.load_cases()}
    assert not texts & {case.text for case in quality.load_cases(quality.HOLDOUT_FILE)}


def test_labels_name_only_what_the_message_holds() -> None:
    for path in (quality.EVAL_FILE, quality.HOLDOUT_FILE):
        for message in tomllib.loads(Path(path).read_text(encoding="utf-8"))["message"]:
            for key in ("order", "name", "email"):
                assert message["labels"].get(key, "") in message["text"], message


def test_quality_floors() -> None:
    result = quality.evaluate(quality.load_cases())
    low = {name: result[name] for name, floor in FLOORS.items() if result[name] < floor}
    assert not low, low
