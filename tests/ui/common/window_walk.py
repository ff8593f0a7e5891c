"""Opens every CalmDesk window of a real app in turn: the walk window_gallery and screen_fit_probe share."""

from __future__ import annotations

import sys
from collections.abc import Iterator

from PySide6.QtWidgets import QApplication, QWidget

from calmdesk.app.main import CalmDesk
from calmdesk.system.instance_server import InstanceServer


def open_desk() -> tuple[QApplication, CalmDesk]:
    """A real CalmDesk (no hotkey, the built-in packs) with a complaint under way, for the panel's windows."""
    app = QApplication(sys.argv[:1])
    server = InstanceServer.acquire()
    assert server is not None
    desk = CalmDesk(server, hotkey=None, pack_dirs=())
    desk._complaints.watch.new(customer="Dana Reyes", channel="chat", topic="late refund", anger=4)
    return app, desk


def settle(app: QApplication) -> None:
    """Lets Qt lay out, place and paint what was just shown (offscreen and Xvfb need a few rounds)."""
    for _ in range(8):
        app.processEvents()


def every_window(app: QApplication, desk: CalmDesk) -> Iterator[tuple[str, QWidget]]:
    """Each window by name, opened the way an agent opens it and settled; the earlier ones stay open.

    A new window is added here once: the gallery then pictures it and the probe checks where it lands. Both
    run in a child process of their test, which sets the language, the screen and the scale.
    """
    complaints = desk._complaints
    windows = desk._windows
    desk._picker.summon()
    yield _settled(app, "picker", desk._picker)
    complaints.panel.summon()
    yield _settled(app, "panel", complaints.panel)
    windows.open_settings()
    yield _settled(app, "settings", windows._settings_dialog)
    windows.open_about()
    yield _settled(app, "about", windows._about_dialog)
    windows.open_editor()
    yield _settled(app, "editor", windows.editor)
    yield _settled(app, "stats", desk._stats.open())
    complaints.open_followups()
    yield _settled(app, "followups", complaints._followups)
    complaints.open_form()
    yield _settled(app, "complaint form", complaints._form)
    complaints.ask_close()
    yield _settled(app, "close dialog", complaints._close_dialog)
    windows._show_introduction()
    yield _settled(app, "introduction", windows.introduction)
    yield _settled(app, "import", _import_dialog(desk))


def _settled(app: QApplication, name: str, window: QWidget | None) -> tuple[str, QWidget]:
    assert window is not None, name
    settle(app)
    return name, window


def _import_dialog(desk: CalmDesk) -> QWidget:
    """The import dialog as the editor's Import button opens it, over the editor."""
    from calmdesk.ui.editor.import_dialog import ImportDialog

    editor = desk._windows.editor
    assert editor is not None
    importer = ImportDialog(editor._phrases.library, editor._user, editor._store, editor)
    importer.show()
    return importer
