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

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)

from calmdesk.app.main import CalmDesk
from calmdesk.system.instance_server import InstanceServer


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
    app = QApplication(sys.argv[:1])
    server = InstanceServer.acquire()
    assert server is not None
    desk = CalmDesk(server, hotkey=None, pack_dirs=())
    complaints = desk._complaints
    complaints.watch.new(customer="Dana Reyes", channel="chat", topic="late refund", anger=4)
    report: dict[str, list[str]] = {}
    titles: dict[str, str] = {}

    def settle() -> None:
        for _ in range(8):
            app.processEvents()

    def look(name: str, window: QWidget | None) -> None:
        assert window is not None, name
        settle()
        tabs = window.findChildren(QTabWidget)
        pages = range(tabs[0].count()) if tabs else [None]
        for page in pages:
            shown = name if page is None else f"{name}-{page + 1}"
            if page is not None:
                tabs[0].setCurrentIndex(page)
                settle()
            window.grab().save(str(out / f"{shown}.png"))
            report[shown] = cut_short(window)
            titles[shown] = window.windowTitle()

    desk._picker.summon()
    look("picker", desk._picker)
    complaints.panel.summon()
    look("panel", complaints.panel)
    desk._windows.open_settings()
    look("settings", desk._windows._settings_dialog)
    desk._windows.open_about()
    look("about", desk._windows._about_dialog)
    desk._windows.open_editor()
    look("editor", desk._windows.editor)
    look("stats", desk._stats.open())
    complaints.open_followups()
    look("followups", complaints._followups)
    complaints.open_form()
    look("complaint-form", complaints._form)
    complaints.ask_close()
    look("close-dialog", complaints._close_dialog)
    desk._windows._show_introduction()
    look("introduction", desk._windows.introduction)
    from calmdesk.ui.editor.import_dialog import ImportDialog

    editor = desk._windows.editor
    assert editor is not None
    importer = ImportDialog(editor._phrases.library, editor._user, editor._store, editor)
    importer.show()
    look("import", importer)

    print(json.dumps({"cut_short": report, "titles": titles}))
    desk.quit()
    return 0


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    sys.exit(main(folder))
