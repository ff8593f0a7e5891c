"""Every interactive widget of every CalmDesk window has a name a screen reader can say.

The name is what assistive technology reads (QAccessible): a set accessible name, a button's text, or the
label whose Alt+letter leads to the field. Scroll bars are named by their role and are left out.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QKeySequenceEdit,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from calmdesk.app.main import CalmDesk
from calmdesk.system.instance_server import InstanceServer

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QHeaderView,
    QTabBar,
    QPlainTextEdit,
    QTextEdit,
    QKeySequenceEdit,
)


def unnamed(window: QWidget) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _inner_part(widget):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.strip():
            parent = widget.parentWidget()
            where = parent.accessibleName() or type(parent).__name__ if parent else ""
            found.append(
                f"{window.windowTitle() or type(window).__name__}: {type(widget).__name__} in {where}"
            )
    return found


def _inner_part(widget: QWidget) -> bool:
    """A part a composite widget names for itself: the line edit inside a spin box or the key field, the
    list of a combo box's popup."""
    parent = widget.parentWidget()
    if isinstance(parent, (QKeySequenceEdit, QAbstractSpinBox)):
        return True
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


@pytest.fixture
def desk(qtbot, monkeypatch):
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(var, raising=False)
    server = InstanceServer.acquire()
    made = CalmDesk(server, hotkey=None, pack_dirs=())
    yield made
    for window in QApplication.topLevelWidgets():  # the next tests count the windows they open
        window.close()
    made.quit()
    server.close()


def test_no_interactive_widget_of_any_window_is_nameless(qtbot, desk) -> None:
    from calmdesk.ui.editor.import_dialog import ImportDialog

    complaints = desk._complaints
    complaints.watch.new(customer="Dana Reyes", channel="chat")
    desk._picker.summon()
    complaints.panel.summon()
    desk._windows.open_settings()
    desk._windows.open_about()
    desk._windows.open_editor()
    desk._stats.open()
    complaints.open_followups()
    complaints.open_form()
    complaints.ask_close()
    desk._windows._show_introduction()
    editor = desk._windows.editor
    importer = ImportDialog(editor._phrases.library, editor._user, editor._store, editor)
    importer.show()
    qtbot.wait(50)
    windows = {w for w in QApplication.topLevelWidgets() if w.isVisible()} | {importer, desk._picker}
    assert len(windows) >= 11
    missing = [entry for window in windows for entry in unnamed(window)]
    assert missing == [], "\n".join(missing)
