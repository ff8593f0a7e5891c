"""The picker opens beside the checklist panel, never over its current step, at 100% and 200%; and never
over the first start's greeting (issue 16, points 1 and 12). Measured in a real app on an offscreen screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("picker_place_probe.py")


def _probe(tmp_path: Path, scale: str, width: int, height: int) -> dict[str, dict]:
    screen = {
        "synchronousWindowSystemEvents": False,
        "windowFrameMargins": True,
        "screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96,
                     "logicalBaseDpi": 96, "dpr": 1}],
    }  # fmt: skip
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screen), encoding="utf-8")
    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run(
        [sys.executable, str(PROBE)], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, dict] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.parametrize(
    ("scale", "width", "height"), [("1", 1280, 800), ("1", 1600, 1000), ("2", 1600, 1000)]
)
def test_the_picker_leaves_the_panels_step_and_the_greeting_in_view(
    tmp_path: Path, scale: str, width: int, height: int
) -> None:
    report = _probe(tmp_path, scale, width, height)
    greeting = report.pop("greeting")
    assert len(report) == 24, "the panel at both edges, on each of its twelve steps"
    covering = {place: seen for place, seen in report.items() if seen["covers_step"] or not seen["inside"]}
    assert not covering, covering
    if scale == "1":  # at 100% there is room beside the panel: none of it is covered
        assert not [place for place, seen in report.items() if seen["covers_panel"]]
    assert not greeting["covered"], greeting
