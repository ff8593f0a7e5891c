"""At 200% on a 1600x1000 screen (800x500 for Qt) every CalmDesk window opens inside the screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect

from calmdesk.ui.common.screen_fit import fit_rect

PROBE = Path(__file__).with_name("screen_fit_probe.py")
SCREEN = {
    "synchronousWindowSystemEvents": False,
    "windowFrameMargins": True,  # a title bar and borders, as under a window manager
    "screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1600, "height": 1000, "logicalDpi": 96,
                 "logicalBaseDpi": 96, "dpr": 1}],
}  # fmt: skip


def test_fit_rect_moves_and_shrinks_only_what_is_outside() -> None:
    area = QRect(0, 0, 800, 500)
    assert fit_rect(QRect(10, 10, 300, 200), area) == QRect(10, 10, 300, 200)
    assert fit_rect(QRect(600, 400, 300, 200), area) == QRect(500, 300, 300, 200)
    assert fit_rect(QRect(-50, -20, 1082, 682), area) == QRect(0, 0, 800, 500)


def test_every_window_opens_inside_the_screen_at_200_percent(tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN), encoding="utf-8")
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run(
        [sys.executable, str(PROBE)], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(report) == 11
    outside = {name: seen for name, seen in report.items() if not seen["inside"]}
    assert not outside, outside
    assert report["panel"]["area"] == [0, 0, 800, 500]
