"""Tone check quality on tests/core/tone_eval.toml as JSON: precision, recall and every miss or false alarm.

    python tests/benchmarks/tone_quality.py
    python tests/benchmarks/tone_quality.py --lang es   # another language's rules on their own examples
    python tests/benchmarks/tone_quality.py --lang de --set blind3   # drafts written blind (any language)
    python tests/benchmarks/tone_quality.py --lang fr --by-rule   # each rule on its own examples alone
    python tests/benchmarks/tone_quality.py --lang pt --set blind4 --by-rule   # errors per rule family

Each (draft, rule) pair counts once: a rule flagged in a draft is a true positive when the draft expects it.
A blind3 draft may expect a rule family ("refusal"): any rule of it (refusal.flat-no) is then the hit.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[2]
EVAL_FILE = ROOT / "tests" / "core" / "tone_eval.toml"
# Stop 16's drafts, one file per language, written before the check ran on them: blind3_<lang>.toml.
BLIND_DIR = ROOT / "tests" / "core" / "tone"
if str(ROOT / "desktop") not in sys.path:
    sys.path.append(str(ROOT / "desktop"))

from calmdesk.core.tone import ToneChecker, ToneContext, load_rules  # noqa: E402


class Draft(NamedTuple):
    text: str
    customer: str
    angry: bool
    expect: frozenset[str]
    # Rules whose findings on this draft are not scored (counted apart as "unjudged"): rules the draft's
    # writer could not have judged, such as a rule added to its language after the draft was written.
    unjudged: frozenset[str] = frozenset()


# Stop 16's blind drafts in es/de/fr/pt were written when those languages had no rule for a missing
# apology or next step (added at stop 17): their expectations neither ask for them nor rule them out.
BLIND3_PREDATES = frozenset({"missing.apology", "missing.next-step"})


def load_drafts(path: Path = EVAL_FILE) -> list[Draft]:
    with path.open("rb") as f:
        raw = tomllib.load(f)["draft"]
    return [Draft(d["text"], d["customer"], d["angry"], frozenset(d["expect"])) for d in raw]


def blind_drafts(lang: str, round_: str = "blind3") -> list[Draft]:
    """A blind round in one language: blind3 (stop 16) or blind4 (44-45 drafts, every rule judged)."""
    drafts = load_drafts(BLIND_DIR / f"{round_}_{lang}.toml")
    if round_ != "blind3" or lang == "en":
        return drafts
    return [d._replace(unjudged=BLIND3_PREDATES) for d in drafts]


BLIND_SETS = ("blind3", "blind4")


def _answered(expected: str, rule: str) -> bool:
    """A found rule answers an expectation naming it, or naming its family (the part before the dot)."""
    return rule == expected or rule.startswith(expected + ".")


# Whom each language's examples are written to (its wrong-name examples name someone else); as in
# tests/core/tone/test_tone_languages.py.
EXAMPLE_CUSTOMERS = {"es": "Lucía Gómez", "de": "Anna Becker", "fr": "Claire Martin", "pt": "Ana Souza"}


def language_drafts(lang: str) -> list[Draft]:
    """The language's rule examples as drafts: a bad one expects its rule, a good one nothing."""
    rules = load_rules(lang=lang).rules
    customer = EXAMPLE_CUSTOMERS[lang]
    # A rule about the whole reply (a missing apology) judges its own examples, which are whole replies;
    # the other rules' examples are single sentences, not replies to judge for what they leave out.
    whole = frozenset(rule.id for rule in rules if rule.kind == "occurrence")
    drafts = []
    for rule in rules:
        unjudged = whole - {rule.id}
        drafts += [Draft(text, customer, True, frozenset({rule.id}), unjudged) for text in rule.bad]
        drafts += [Draft(text, customer, True, frozenset(), unjudged) for text in rule.good]
    return drafts


def rule_scores(lang: str, only: tuple[str, ...] = ()) -> dict[str, dict[str, float]]:
    """Each rule of the language judged on its own examples alone: precision (of its findings on them, how
    many were on a bad example) and recall (how many bad examples it flagged). `only`: these rule ids."""
    rules = load_rules(lang=lang)
    checker = ToneChecker(rules)
    context = ToneContext(angry=True, customer_name=EXAMPLE_CUSTOMERS.get(lang, "Ana Souza"))
    scores: dict[str, dict[str, float]] = {}
    for rule in rules.rules:
        if only and rule.id not in only:
            continue
        caught = sum(rule.id in {f.rule for f in checker.check(t, context)} for t in rule.bad)
        wrong = sum(rule.id in {f.rule for f in checker.check(t, context)} for t in rule.good)
        scores[rule.id] = {
            "bad": len(rule.bad),
            "good": len(rule.good),
            "precision": round(caught / (caught + wrong), 3) if caught + wrong else 1.0,
            "recall": round(caught / len(rule.bad), 3) if rule.bad else 1.0,
        }
    return scores


def family_scores(result: dict[str, Any], drafts: list[Draft]) -> dict[str, dict[str, int]]:
    """An evaluation's misses and false alarms counted per rule family (the part of the id before the dot),
    with how many drafts expect the family: where a set's errors sit."""
    families: dict[str, dict[str, int]] = {}

    def row(rule: str) -> dict[str, int]:
        return families.setdefault(rule.split(".")[0], {"expected": 0, "missed": 0, "false_alarms": 0})

    for draft in drafts:
        for rule in draft.expect:
            row(rule)["expected"] += 1
    for miss in result["misses"]:
        row(miss["rule"])["missed"] += 1
    for alarm in result["false_alarms"]:
        row(alarm["rule"])["false_alarms"] += 1
    return dict(sorted(families.items()))


def evaluate(drafts: list[Draft], lang: str = "en") -> dict[str, Any]:
    checker = ToneChecker(load_rules(lang=lang))
    hits = flagged = expected = recalled = clean = 0
    misses: list[dict[str, str]] = []
    false_alarms: list[dict[str, str]] = []
    unjudged: list[dict[str, str]] = []  # findings of rules a draft does not judge: shown, not scored
    for number, draft in enumerate(drafts, start=1):
        context = ToneContext(angry=draft.angry, customer_name=draft.customer)
        every = {f.rule: f.text for f in checker.check(draft.text, context)}
        found = {rule: text for rule, text in every.items() if rule not in draft.unjudged}
        unjudged += [
            {"draft": str(number), "rule": r, "clean": str(not draft.expect)}
            for r in every.keys() - found.keys()
        ]
        answered = {e for e in draft.expect if any(_answered(e, rule) for rule in found)}
        right = {rule for rule in found if any(_answered(e, rule) for e in draft.expect)}
        hits += len(right)
        recalled += len(answered)
        flagged += len(found)
        expected += len(draft.expect)
        clean += not draft.expect and not found
        misses += [{"draft": str(number), "rule": rule} for rule in sorted(draft.expect - answered)]
        extra = sorted(found.keys() - right)
        false_alarms += [{"draft": str(number), "rule": rule, "span": found[rule]} for rule in extra]
    return {
        "drafts": len(drafts),
        "expected": expected,
        "precision": round(hits / flagged, 3) if flagged else 1.0,
        "recall": round(recalled / expected, 3) if expected else 1.0,
        "clean_drafts_clean": clean,
        "clean_drafts": sum(1 for d in drafts if not d.expect),
        "misses": misses,
        "false_alarms": false_alarms,
        "unjudged": unjudged,
    }


if __name__ == "__main__":
    chosen = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv[:-1] else "en"
    chosen_set = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv[:-1] else ""
    if chosen_set and chosen_set not in BLIND_SETS:
        sys.exit(f"unknown set {chosen_set!r}: choose one of {', '.join(BLIND_SETS)}")
    if "--by-rule" in sys.argv and not chosen_set:  # each rule on its own examples: the precision
        print(json.dumps(rule_scores(chosen), indent=2, ensure_ascii=False))
        sys.exit(0)
    if chosen_set:
        drafts = blind_drafts(chosen, chosen_set)
    else:
        drafts = load_drafts() if chosen == "en" else language_drafts(chosen)
    report = evaluate(drafts, chosen)
    if "--by-rule" in sys.argv:
        report["by_family"] = family_scores(report, drafts)
    print(json.dumps(report, indent=2, ensure_ascii=False))
