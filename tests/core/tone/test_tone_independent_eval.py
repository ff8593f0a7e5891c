"""The independent tone evaluation set is well formed and its scorer prints per-kind figures."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "tests" / "benchmarks" / "tone_independent.py"
EVAL_FILE = Path(__file__).resolve().parent / "independent_eval.toml"
KINDS = {"blame", "refusal", "dismissal", "sarcasm", "shouting", "no_apology", "no_next_step", "leftover"}


def test_every_draft_is_well_formed() -> None:
    with EVAL_FILE.open("rb") as f:
        drafts = tomllib.load(f)["draft"]
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
    report = json.loads(done.stdout)
    assert set(report["per_kind"]) == KINDS, report["per_kind"].keys()
    for figures in report["per_kind"].values():
        assert 0 <= figures["precision"] <= 1
        assert 0 <= figures["recall"] <= 1
    assert 0 <= report["clean_drafts_flagged"] <= report["clean_drafts"]
