"""Another program's text window for the e2e tests: a Qt QPlainTextEdit that reports what it received.

Prints "ready <window id>" once shown and focused; each "dump" line on stdin prints the content as JSON,
each "active" line whether it has the keyboard; end of stdin quits.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("textwindow")
    app.setDesktopFileName("textwindow")  # the Wayland app_id, which the sway tests look for
    editor = QPlainTextEdit()
    editor.setWindowTitle(sys.argv[1] if len(sys.argv) > 1 else "Text window")
    editor.resize(500, 300)
    editor.show()
    editor.activateWindow()

    def report_ready() -> None:
        if editor.isActiveWindow():
            print(f"ready {int(editor.winId())}", flush=True)
        else:
            QTimer.singleShot(20, report_ready)

    def on_stdin() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
        elif line.strip() == "dump":
            print(json.dumps(editor.toPlainText()), flush=True)
        elif line.strip() == "active":
            print(json.dumps(editor.isActiveWindow()), flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_stdin)
    QTimer.singleShot(0, report_ready)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
