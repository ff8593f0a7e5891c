"""Opens every CalmDesk window in a real app and prints where each lands against the screen (JSON).

Run by test_screen_fit.py in a child process with QT_SCALE_FACTOR=2 on a 1600x1000 offscreen screen.
"""

from __future__ import annotations

import json
import sys

from window_walk import every_window, open_desk


def main() -> int:
    app, desk = open_desk()
    opened = dict(every_window(app, desk))
    report = {}
    panel = desk._complaints.panel.frameGeometry()
    for name, window in opened.items():
        frame = window.frameGeometry()
        area = window.screen().availableGeometry()
        report[name] = {
            "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
            "area": [area.x(), area.y(), area.width(), area.height()],
            "inside": area.contains(frame),
            "covered_by_panel": name != "panel" and frame.intersects(panel),
        }
    print(json.dumps(report))
    desk.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
