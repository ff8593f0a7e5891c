"""Own the X clipboard with a customer's message, as a chat tool would; `--secret` adds a password
manager's hint. Says "offered", then serves the clipboard until stdin closes."""

from __future__ import annotations

import sys

from PySide6.QtCore import QMimeData, QSocketNotifier
from PySide6.QtWidgets import QApplication


def main() -> int:
    app = QApplication(sys.argv[:1])
    data = QMimeData()
    data.setText(sys.argv[1])
    if "--secret" in sys.argv[2:]:
        data.setData("x-kde-passwordManagerHint", b"secret")  # what KeePassXC sets beside a password
    app.clipboard().setMimeData(data)
    print("offered", flush=True)
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
