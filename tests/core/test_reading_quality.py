"""The reader on its labelled sets, held at issue 19's targets.

Every field is held on the evaluation set (reading_eval.toml). The anger weights are fitted on all three sets
together (tests/benchmarks/fit_anger.py), so anger is also held on all of them at once; the figure to expect
on unseen messages is the fit's cross-validated one, which that script prints.
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
# Anger over all 500 labelled messages: what the fit reaches in sample, kept from sliding back. Issue 19's
# target (0.7 exact): 0.746 cross-validated over the study sets at stop 19, lower on held-out sets
# (docs/reading.md).
ANGER_FLOORS = {"anger": 0.69, "anger_within_one": 0.95}
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


def test_no_message_is_in_two_sets() -> None:
    texts = [case.text for path in quality.ALL_SETS.values() for case in quality.load_cases(path)]
    assert len(texts) == len(set(texts))


def test_labels_name_only_what_the_message_holds() -> None:
    for path in quality.ALL_SETS.values():
        for message in tomllib.loads(Path(path).read_text(encoding="utf-8"))["message"]:
            for key in ("order", "name", "email"):
                assert message["labels"].get(key, "") in message["text"], message


def test_the_stop_18_held_out_sets_are_big_enough() -> None:
    assert len(quality.load_cases(quality.HELD_SETS["fresh5"])) >= 80
    for lang in ("de", "es", "fr", "pt"):
        assert len(quality.load_cases(quality.HELD_LANGUAGE_SETS[f"{lang}_fresh2"])) >= 30


def test_quality_floors() -> None:
    result = quality.evaluate(quality.load_cases())
    low = {name: result[name] for name, floor in FLOORS.items() if result[name] < floor}
    assert not low, low


def test_anger_floors_over_every_set() -> None:
    result = quality.evaluate([case for path in quality.SETS.values() for case in quality.load_cases(path)])
    low = {name: result[name] for name, floor in ANGER_FLOORS.items() if result[name] < floor}
    assert not low, low


def test_the_anger_fit_learns_levels_from_features_and_keeps_signs() -> None:
    fit_anger = load_benchmark("fit_anger")
    names = list(fit_anger.anger_module.WEIGHTS)
    zero = fit_anger.Params(dict.fromkeys(names, 0.0), (0.5, 1.5, 2.5))
    data = []
    for level in range(4):  # the level is the number of demands (capped at 2) plus a legal threat on top
        features = dict.fromkeys(names, 0.0)
        features["demanding"] = min(level, 2)
        features["legal"] = float(level == 3)
        features["calm"] = float(level == 0)
        data += [fit_anger.Sample("eval", features, {}, None, False, level)] * 10
    fitted = fit_anger.fit(data, zero, rounds=1500)
    assert [fit_anger.predict(sample, fitted) for sample in data[::10]] == [0, 1, 2, 3]
    assert fitted.weights["calm"] <= 0 <= fitted.weights["legal"]
    unused = set(names) - {"demanding", "legal", "calm"}
    assert all(fitted.weights[name] == 0 for name in unused)
