"""The editor wired into the app: opened from the tray, the picker's Ctrl+E and `calmdesk edit`; saves reach
the picker at once; user phrases stored earlier are searchable from the start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from calmdesk.app.main import CalmDesk
from calmdesk.core.model import Phrase
from calmdesk.store.user_phrases import UserPhrases
from calmdesk.store.userstore import UserStore
from calmdesk.system.instance_server import InstanceServer

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (setting window masks|raise\(\))")


@pytest.fixture
def desk(qtbot, monkeypatch):
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(var, raising=False)
    server = InstanceServer.acquire()
    assert server is not None
    made = CalmDesk(server, hotkey=None, pack_dirs=())
    yield made
    made.picker.hide()
    if made.windows.editor is not None:
        made.windows.editor.close()
        made.windows.editor.deleteLater()
    for box in made.notices.shown():
        box.close()
    if made.store is not None:
        made.store.close()
    server.close()


def _search(desk: CalmDesk, query: str) -> list[str]:
    return [hit.phrase.id for hit in desk.libraries.index.search(query)]


def test_stored_user_phrases_are_in_the_picker_from_the_start(qtbot, monkeypatch) -> None:
    with UserStore.open() as store:
        mine = Phrase("user.zebra-crossing", "solution", "Zebra crossing", "A zebrafied reply.", "user")
        UserPhrases(store).save(mine)
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(var, raising=False)
    server = InstanceServer.acquire()
    try:
        desk = CalmDesk(server, hotkey=None, pack_dirs=())
        assert _search(desk, "zebrafied")[:1] == ["user.zebra-crossing"]
        desk.store.close()
    finally:
        server.close()


def test_edit_command_opens_the_editor_and_a_save_reaches_the_picker(qtbot, desk) -> None:
    desk.server.commandReceived.emit("edit")
    editor = desk.windows.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.new_phrase()
    QTest.keyClicks(editor.form.title_edit, "Quokka apology")
    editor.form.text_edit.setPlainText("Sorry about the quokka, {{customer_name}}.")
    assert editor.save()
    assert _search(desk, "quokka")[:1] == ["user.quokka-apology"]
    assert desk.complaints._library.get("user.quokka-apology") is not None  # the checklist panel too
    desk.picker.summon()
    QTest.keyClicks(desk.picker.search.field, "quokka")
    assert desk.picker.current_phrase().id == "user.quokka-apology"


def test_ctrl_e_in_the_picker_opens_the_editor_at_the_phrase(qtbot, desk) -> None:
    desk.picker.summon()
    qtbot.waitUntil(desk.picker.isActiveWindow)
    QTest.keyClicks(desk.picker.search.field, "sorry")
    chosen = desk.picker.current_phrase()
    QTest.keyClick(desk.picker.search.field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not desk.picker.isVisible()
    assert desk.windows.editor is not None
    assert desk.windows.editor.isVisible()
    assert desk.windows.editor.current_phrase().id == chosen.id


def test_tray_entry_opens_one_editor(qtbot, desk) -> None:
    desk.tray.editorRequested.emit()
    first = desk.windows.editor
    desk.tray.editorRequested.emit()
    assert desk.windows.editor is first
    assert first.isVisible()


def test_phrases_imported_by_the_cli_reach_the_running_picker(qtbot, desk) -> None:
    with UserStore.open() as other:  # what `calmdesk import` does, from another process
        phrase = Phrase("user.narwhal", "solution", "Narwhal", "A narwhal-shaped reply.", "user")
        UserPhrases(other).save(phrase)
    qtbot.waitUntil(lambda: _search(desk, "narwhal")[:1] == ["user.narwhal"], timeout=5000)
