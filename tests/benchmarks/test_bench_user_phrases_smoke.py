"""The user-phrases benchmark still runs on a small store and prints the figures it promises (not judged)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().with_name("bench_user_phrases.py")


def test_bench_user_phrases_prints_figures_for_a_small_store() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--rows", "300", "--runs", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=SCRIPT.parent,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["rows"] == 300
    figures = result["this"]
    for name in ("load_ms", "load_cpu_ms", "search_ms", "search_max_rss_mb"):
        assert figures[name] > 0, name
