"""Opens every CalmDesk window in a real app, saves a picture of each and prints the texts cut short (JSON).

usage: python tests/ui/common/window_gallery.py OUT_DIR
The interface language is the settings' (test_pseudo_locale.py sets "qps", the pseudo-locale, in the XDG
folders it gives this child process); scripts/pseudo-screenshots runs it under Xvfb. Each tab of a tabbed
window is a picture of its own. A text is cut short when the widget showing it is narrower (or, wrapped,
lower) than the text needs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QTabWidget, QWidget
from window_walk import every_window, open_desk, settle


def cut_short(window: QWidget) -> list[str]:
    """The visible texts of `window` that do not fit the widget showing them."""
    found = []
    for label in window.findChildren(QLabel):
        text = label.text()
        if not label.isVisible() or not text or "<" in text:
            continue  # rich text: Qt lays it out itself
        room = label.contentsRect()
        if label.wordWrap():
            if label.heightForWidth(room.width()) > room.height() + 1:
                found.append(f"label (wrapped, too low) {text!r}")
        elif label.fontMetrics().horizontalAdvance(text.replace("&", "")) > room.width() + 1:
            found.append(f"label {text!r}")
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.sizeHint().width() > button.width() + 1:
            found.append(f"{type(button).__name__} {button.text()!r}")
    for box in window.findChildren(QGroupBox):
        needed = box.fontMetrics().horizontalAdvance(box.title().replace("&", "")) + 16
        if box.isVisible() and box.title() and needed > box.width():
            found.append(f"group {box.title()!r}")
    for bar in window.findChildren(QTabBar):
        for i in range(bar.count() if bar.isVisible() else 0):
            if bar.tabSizeHint(i).width() > bar.tabRect(i).width() + 1:
                found.append(f"tab {bar.tabText(i)!r}")
    return found


def main(out: Path) -> int:
    app, desk = open_desk()
    report: dict[str, list[str]] = {}
    titles: dict[str, str] = {}
    for name, window in every_window(app, desk):
        stem = name.replace(" ", "-")  # a file name: "close dialog" is pictured as close-dialog.png
        tabs = window.findChildren(QTabWidget)
        pages = range(tabs[0].count()) if tabs else [None]
        for page in pages:
            shown = stem if page is None else f"{stem}-{page + 1}"
            if page is not None:
                tabs[0].setCurrentIndex(page)
                settle(app)
            window.grab().save(str(out / f"{shown}.png"))
            report[shown] = cut_short(window)
            titles[shown] = window.windowTitle()
    print(json.dumps({"cut_short": report, "titles": titles}))
    desk.quit()
    return 0


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    sys.exit(main(folder))
