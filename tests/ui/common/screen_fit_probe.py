"""Opens every CalmDesk window in a real app and prints where each lands against the screen (JSON).

Run by test_screen_fit.py in a child process with QT_SCALE_FACTOR=2 on a 1600x1000 offscreen screen.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtWidgets import QApplication, QWidget

from calmdesk.app.main import CalmDesk
from calmdesk.system.instance_server import InstanceServer


def main() -> int:
    app = QApplication(sys.argv)
    server = InstanceServer.acquire()
    assert server is not None
    desk = CalmDesk(server, hotkey=None, pack_dirs=())
    complaints = desk._complaints
    complaints.watch.new(customer="Dana Reyes", channel="chat", topic="late refund", anger=4)
    opened: dict[str, QWidget] = {}

    def shown(name: str, window: QWidget | None) -> None:
        assert window is not None, name
        for _ in range(5):
            app.processEvents()
        opened[name] = window

    desk._picker.summon()
    shown("picker", desk._picker)
    complaints.panel.summon()
    shown("panel", complaints.panel)
    desk._windows.open_settings()
    shown("settings", desk._windows._settings_dialog)
    desk._windows.open_about()
    shown("about", desk._windows._about_dialog)
    desk._windows.open_editor()
    shown("editor", desk._windows.editor)
    shown("stats", desk._stats.open())
    complaints.open_followups()
    shown("followups", complaints._followups)
    complaints.open_form()
    shown("complaint form", complaints._form)
    complaints.ask_close()
    shown("close dialog", complaints._close_dialog)
    desk._windows._show_introduction()
    shown("introduction", desk._windows.introduction)
    from calmdesk.ui.editor.import_dialog import ImportDialog

    editor = desk._windows.editor
    assert editor is not None
    importer = ImportDialog(editor._phrases.library, editor._user, editor._store, editor)
    importer.show()
    shown("import", importer)

    report = {}
    panel = complaints.panel.frameGeometry()
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
