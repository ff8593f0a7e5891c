"""The independent tone evaluation sets are well formed and their scorer prints per-kind figures."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

from calmdesk.core.tone import ToneChecker, ToneContext, load_rules, parse_rules
from calmdesk.core.tone.rules import merge

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "tests" / "benchmarks" / "tone_independent.py"
HERE = Path(__file__).resolve().parent
KINDS = {"blame", "refusal", "dismissal", "sarcasm", "shouting", "no_apology", "no_next_step", "leftover"}


def test_every_draft_is_well_formed() -> None:
    drafts = []
    for name in ("independent_eval.toml", "independent_holdout.toml"):
        with (HERE / name).open("rb") as f:
            drafts += tomllib.load(f)["draft"]
    assert len(drafts) >= 80
    assert len({d["id"] for d in drafts}) == len(drafts)
    for draft in drafts:
        assert draft["text"].strip(), draft["id"]
        assert set(draft["expect"]) <= KINDS, draft["id"]
        for span in draft.get("spans", ()):
            assert span in draft["text"], draft["id"]
    assert sum(not d["expect"] for d in drafts) >= 30  # clean drafts: the false-alarm side


def test_scorer_prints_precision_and_recall_per_kind() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--misses"], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    reports = json.loads(done.stdout)
    assert set(reports) == {
        "independent_eval",
        "independent_holdout",
        "issue16_drafts",
        "issue16_holdout",
        "issue16_blind2",
    }
    for name, report in reports.items():
        if name.startswith("independent"):  # the issue 16 sets hold fewer kinds
            assert set(report["per_kind"]) == KINDS, report["per_kind"].keys()
        assert set(report["per_kind"]) <= KINDS
        for figures in report["per_kind"].values():
            assert figures["precision"] is None or 0 <= figures["precision"] <= 1
            assert figures["recall"] is None or 0 <= figures["recall"] <= 1
        assert 0 <= report["clean_drafts_flagged"] <= report["clean_drafts"]
        assert 0 <= report["bad_caught"] <= 1
        assert 0 <= report["good_flagged"] <= 1


def test_a_negation_cue_stops_where_the_sentence_turns() -> None:
    checker = ToneChecker(load_rules())
    context = ToneContext(angry=False)
    turned = "I'm not saying it was on purpose, but you should have kept the receipt."
    assert [f.text for f in checker.check(turned, context)] == ["you should have"]
    kept = "We would never say you should have kept the receipt."
    assert checker.check(kept, context) == []


def test_a_team_file_adds_negation_breaks_to_the_builtin_ones() -> None:
    team = parse_rules('[negation]\ncues = ["never say"]\nbreaks = ["whereas"]\n', "team.toml")
    assert team.problems == ()
    merged = merge([load_rules(), team])
    assert {"whereas", "but"} <= set(merged.negation_breaks)
