"""At 200% on a 1600x1000 screen (800x500 for Qt) every CalmDesk window opens inside the screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRect

from calmdesk.ui.common.screen_fit import beside, fit_rect

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


def test_beside_moves_a_window_off_the_panel_to_the_side_with_room() -> None:
    area = QRect(0, 0, 1600, 1000)
    panel = QRect(1200, 0, 400, 700)
    assert beside(QRect(100, 100, 500, 400), panel, area) == QRect(100, 100, 500, 400)  # clear already
    assert beside(QRect(1000, 100, 500, 400), panel, area) == QRect(692, 100, 500, 400)
    left_panel = QRect(0, 0, 400, 700)
    assert beside(QRect(100, 100, 500, 400), left_panel, area) == QRect(408, 100, 500, 400)
    small = QRect(0, 0, 800, 500)
    assert beside(QRect(200, 0, 600, 400), QRect(418, 0, 382, 500), small).x() == 0  # no room: most room


def _probe(tmp_path: Path, scale: str) -> dict[str, dict]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN), encoding="utf-8")
    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run(
        [sys.executable, str(PROBE)], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, dict] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_the_always_on_top_panel_covers_none_of_calmdesks_own_windows(tmp_path: Path) -> None:
    report = _probe(tmp_path, "1")
    covered = [name for name, seen in report.items() if seen["covered_by_panel"]]
    # The close dialog belongs to the panel (it opens over it, on purpose); the others open beside it.
    assert covered == ["close dialog"]


def test_every_window_opens_inside_the_screen_at_200_percent(tmp_path: Path) -> None:
    report = _probe(tmp_path, "2")
    assert len(report) == 11
    outside = {name: seen for name, seen in report.items() if not seen["inside"]}
    assert not outside, outside
    assert report["panel"]["area"] == [0, 0, 800, 500]
