"""A chat window of another program holding a customer's message, for the Wayland e2e tests.

`message_window.py TEXT selection|clipboard|both`: shows a text window with TEXT and, once it has the
keyboard (Wayland lets only the focused client set a selection), puts TEXT on the primary selection (as
selecting it with the mouse does), the clipboard (Ctrl+C), or both. Prints "offered <mode>" once the
compositor has taken it (the offer came back as this client's own), then serves it until stdin closes.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMimeData, QSocketNotifier, QTimer
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication, QPlainTextEdit


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("chatwindow")
    app.setDesktopFileName("chatwindow")
    text, mode = sys.argv[1], sys.argv[2]
    modes = {
        "selection": [QClipboard.Mode.Selection],
        "clipboard": [QClipboard.Mode.Clipboard],
        "both": [QClipboard.Mode.Selection, QClipboard.Mode.Clipboard],
    }[mode]
    editor = QPlainTextEdit(text)
    editor.setWindowTitle("Customer chat")
    editor.resize(500, 300)
    editor.show()
    editor.activateWindow()
    clipboard = app.clipboard()

    def offer() -> None:
        if not editor.isActiveWindow():
            QTimer.singleShot(20, offer)
            return
        for one in modes:
            data = QMimeData()
            data.setText(text)
            clipboard.setMimeData(data, one)
        QTimer.singleShot(20, confirm)

    def confirm() -> None:
        owned = [clipboard.ownsSelection() if m == QClipboard.Mode.Selection else clipboard.ownsClipboard()
                 for m in modes]  # fmt: skip
        if all(owned) and all(clipboard.text(m) == text for m in modes):
            print(f"offered {mode}", flush=True)
        else:
            QTimer.singleShot(50, offer)  # not taken yet (focus came late): offer again

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(app.quit)
    QTimer.singleShot(0, offer)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
