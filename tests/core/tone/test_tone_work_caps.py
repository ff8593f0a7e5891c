"""Team tone rules whose variants multiply cannot freeze a check (issue 15, point 11).

A `{a|b}` group eight times makes 256 variants per pattern, within the per-pattern cap; twenty such patterns
per rule and a few rules per file made a 10 KB file take 4.6 s on a 17-character draft, 100 KB take 1 GB.
Work is counted here, not timed: the caps bound it whatever the machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from calmdesk.core.tone import checker as checker_module
from calmdesk.core.tone import load_rules
from calmdesk.core.tone.checker import MAX_MATCH_ATTEMPTS, ToneChecker
from calmdesk.core.tone.patterns import compile_pattern
from calmdesk.core.tone.rules import MAX_VARIANTS_PER_FILE

GROUPS = " * ".join(["{sorry|oops}"] * 8)  # 2^8 = 256 variants


def _rules_file(path: Path, rules: int, patterns_per_rule: int = 20) -> Path:
    parts = []
    for n in range(rules):
        patterns = ", ".join(f'"{GROUPS} * word{k}"' for k in range(patterns_per_rule))
        head = f'[[rule]]\nid = "team.multiply-{n}"\nkind = "existence"\nwhy = "Too many."\n'
        parts.append(f"{head}match = [{patterns}]\n")
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def _variants(rules: object) -> int:
    return sum(len(compile_pattern(p)) for rule in rules.rules for p in rule.patterns)  # type: ignore[attr-defined]


def test_a_file_whose_patterns_multiply_is_capped_and_says_so(tmp_path: Path) -> None:
    tone = tmp_path / "tone"
    tone.mkdir()
    _rules_file(tone / "multiply.toml", 40)  # about 100 KB: 200,000 variants before
    assert (tone / "multiply.toml").stat().st_size > 90_000
    builtin = load_rules()
    rules = load_rules([tmp_path])
    assert _variants(rules) - _variants(builtin) <= MAX_VARIANTS_PER_FILE
    [problem] = [p for p in rules.problems if Path(p.file).name == "multiply.toml"]
    assert "variants" in problem.message
    assert {r.id for r in builtin.rules} <= {r.id for r in rules.rules}  # the built-in rules stay


def test_a_check_stops_at_its_work_budget_and_reports_what_it_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folders = []
    for n in range(12):  # many team folders, each file within its own cap
        folder = tmp_path / f"team{n}"
        (folder / "tone").mkdir(parents=True)
        _rules_file(folder / "tone" / "multiply.toml", 1, patterns_per_rule=7)  # 1,792 variants
        folders.append(folder)
    checker = ToneChecker(load_rules(folders))
    attempts = 0
    real = checker_module.match_at

    def counting(*args: object) -> object:
        nonlocal attempts
        attempts += 1
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(checker_module, "match_at", counting)
    draft = "It is not our fault. " + "sorry oops " * 2500  # 5,000 words
    findings = checker.check(draft)
    assert attempts <= MAX_MATCH_ATTEMPTS
    assert checker.incomplete
    assert any(f.rule == "blame.not-our-fault" for f in findings)  # what it found before the budget ran out
    attempts = 0
    checker.check("It is not our fault.")
    assert not checker.incomplete


def test_a_check_cut_short_never_says_something_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    # What answers a "missing" rule (thanks, a next step) may sit in the part never read: before, a check
    # cut short said "No apology" and "No next step" of this draft, which read whole has neither finding.
    checker = ToneChecker(load_rules())
    draft = "Calm down, it is not our fault. Thanks for your patience, I have sent the new parcel today!"
    assert [f for f in checker.check(draft) if f.start == f.end] == []
    monkeypatch.setattr(checker_module, "MAX_MATCH_ATTEMPTS", 3)
    cut_short = checker.check(draft)
    assert checker.incomplete
    assert [f.rule for f in cut_short if f.start == f.end] == []
