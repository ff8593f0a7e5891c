"""Summons the picker beside the checklist panel (at each screen edge, on each step) and over the first
start's greeting, in a real app, and prints what the picker covered (JSON).

Run by test_picker_place.py in a child process: QT_SCALE_FACTOR and the offscreen screen are set there.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from calmdesk.app.main import CalmDesk
from calmdesk.system.instance_server import InstanceServer


def _box(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def main() -> int:
    app = QApplication(sys.argv)
    server = InstanceServer.acquire()
    assert server is not None
    desk = CalmDesk(server, hotkey=None, pack_dirs=())
    panel, picker = desk._complaints.panel, desk._picker
    desk._complaints.watch.new(customer="Dana Reyes", channel="chat", topic="late refund", anger=4)
    report: dict[str, object] = {}

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    panel.summon()
    settle()
    area = panel.screen().availableGeometry()
    for edge in ("right", "left"):
        x = area.right() + 1 - panel.frameGeometry().width() if edge == "right" else area.left()
        panel.move(x, area.top())
        for row in range(panel.steps_model.rowCount()):
            panel.steps.setCurrentIndex(panel.steps_model.index(row, 0))
            settle()
            picker.summon()
            settle()
            step = panel.current_step_area()
            report[f"{edge} {row}"] = {
                "picker": _box(picker.frameGeometry()),
                "step": _box(step),
                "covers_step": picker.frameGeometry().intersects(step),
                "covers_panel": picker.frameGeometry().intersects(panel.frameGeometry()),
                "inside": area.contains(picker.frameGeometry()),
            }
            picker.hide()
            settle()
    panel.hide()
    desk._windows._show_introduction()
    settle()
    greeting = desk._windows.introduction
    assert greeting is not None
    centred = greeting.frameGeometry()
    picker.summon()
    settle()
    report["greeting"] = {
        "before": _box(centred),
        "after": _box(greeting.frameGeometry()),
        "picker": _box(picker.frameGeometry()),
        "area": _box(area),
        "covered": picker.frameGeometry().intersects(greeting.frameGeometry()),
    }
    print(json.dumps(report))
    desk.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
