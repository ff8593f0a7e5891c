"""A stand-in chat tool for screenshots: a window with a short, made-up support conversation."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QTextBrowser

CONVERSATION = [
    ("Ana Souza", "My order A-1042 was due on Monday. It still hasn't arrived and nobody answers my emails!"),
    ("Ana Souza", "This is the third time I'm writing. I need it for a birthday on Saturday."),
    ("Sam (support)", "Hi Ana, I'm sorry you've had to chase us. Let me look at A-1042 right now."),
    ("Ana Souza", "Please do. I've wasted enough time on this already."),
]


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("chatwindow")
    view = QTextBrowser()
    view.setWindowTitle("Support chat: Ana Souza")
    rows = "".join(
        f"<p><b style='color:{'#2e6da4' if who.startswith('Sam') else '#8e3b2e'}'>{who}</b><br>{text}</p>"
        for who, text in CONVERSATION
    )
    view.setHtml(f"<div style='font-size:11pt'>{rows}</div>")
    view.resize(560, 620)
    view.move(40, 60)
    view.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
