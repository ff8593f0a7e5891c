"""The picker-reading benchmark still runs and prints the figures it promises (figures are not checked)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().with_name("bench_picker_reading.py")


def test_bench_picker_reading_quick_prints_figures() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick"], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["message_chars"] == 5000
    for name in ("summon_empty", "summon_message", "fetch", "read", "read_cpu", "line"):
        assert 0 <= result[f"{name}_p50_ms"] <= result[f"{name}_p95_ms"], name
