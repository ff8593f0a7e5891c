"""Copy with ClipboardWriter from a real GUI process, say "copied", and keep serving until stdin closes."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

from calmdesk.system.clipboard import ClipboardWriter


def main() -> int:
    app = QApplication(sys.argv[:1])
    text, html = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else None)
    ClipboardWriter().copy(text, html)
    print("copied", flush=True)
    # The X clipboard is served by its owner: stay in the event loop until the test closes our stdin.
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
