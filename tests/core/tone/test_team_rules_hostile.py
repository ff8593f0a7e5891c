"""A team's tone/*.toml is read as safely as its packs: one bad file is that file's problem, never a hang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from calmdesk.core.tone import load_rules


@pytest.mark.timeout(20)
def test_a_pipe_a_huge_number_and_deep_nesting_are_reported_and_the_built_in_rules_stay(
    tmp_path: Path,
) -> None:
    tone = tmp_path / "tone"
    tone.mkdir()
    os.mkfifo(tone / "pipe.toml")
    (tone / "number.toml").write_text("x = " + "9" * 5000 + "\n", encoding="utf-8")
    (tone / "nested.toml").write_text("x = " + "[" * 2000 + "]" * 2000 + "\n", encoding="utf-8")
    builtin = load_rules()
    rules = load_rules([tmp_path])
    assert {r.id for r in rules.rules} == {r.id for r in builtin.rules}
    assert {Path(p.file).name for p in rules.problems} == {"pipe.toml", "number.toml", "nested.toml"}
