"""The editor as a keyboard user meets it (issue 16, point 15): Esc on a new phrase asks before anything is
saved or lost; the search picks and shows its best match; Down goes from the search into the list; a count
says how many phrases are listed; a saved phrase is scrolled into view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from calmdesk.core.language_view import every_version
from calmdesk.core.library import Library, load_library
from calmdesk.store.user_phrases import UserPhrases
from calmdesk.store.userstore import UserStore
from calmdesk.ui.editor.editor_window import EditorWindow


@pytest.fixture(scope="module")
def base() -> Library:
    return load_library()


@pytest.fixture
def store(tmp_path: Path):
    with UserStore.open(tmp_path / "user.sqlite3", backup_dir=tmp_path / "backups") as opened:
        yield opened


@pytest.fixture
def editor(qtbot, base: Library, store: UserStore) -> EditorWindow:
    window = EditorWindow(base, UserPhrases(store), store)
    qtbot.addWidget(window)
    window.resize(900, 500)
    window.show()
    qtbot.waitExposed(window)
    return window


def _type_new(editor: EditorWindow, title: str) -> None:
    QTest.keyClick(editor, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor.form.title_edit, title)
    editor.form.text_edit.setPlainText("A sentence nobody saved.")


def _answer_with(qtbot, button: QMessageBox.StandardButton) -> list[str]:
    """Press `button` in the question the next Esc asks; the question's text, once asked."""
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        asked.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, answer)
    return asked


def test_esc_on_a_new_phrase_asks_and_discard_saves_nothing(qtbot, editor, store) -> None:
    _type_new(editor, "Unsaved test")
    asked = _answer_with(qtbot, QMessageBox.StandardButton.Discard)
    QTest.keyClick(editor.form.title_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert asked
    assert "Unsaved test" in asked[0]
    assert UserPhrases(store).get("user.unsaved-test") is None, "nothing saved behind the agent's back"


def test_esc_then_cancel_keeps_the_new_phrase_in_the_form(qtbot, editor, store) -> None:
    _type_new(editor, "Half written")
    asked = _answer_with(qtbot, QMessageBox.StandardButton.Cancel)
    QTest.keyClick(editor.form.title_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked))
    assert editor.isVisible()
    assert editor.form.title_edit.text() == "Half written"
    assert UserPhrases(store).get("user.half-written") is None
    _answer_with(qtbot, QMessageBox.StandardButton.Discard)  # and the window closes at the end of the test
    editor.close()
    qtbot.waitUntil(lambda: not editor.isVisible())


def test_esc_then_save_keeps_it(qtbot, editor, store) -> None:
    _type_new(editor, "Worth keeping")
    _answer_with(qtbot, QMessageBox.StandardButton.Save)
    QTest.keyClick(editor.form.title_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert UserPhrases(store).get("user.worth-keeping") is not None


def test_esc_on_a_new_phrase_with_nothing_typed_just_closes(qtbot, editor) -> None:
    QTest.keyClick(editor, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(editor.form.title_edit, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_the_search_selects_and_shows_its_best_match(qtbot, editor, base) -> None:
    table = editor.browser.table
    table.scrollToBottom()
    target = base.phrases[len(base.phrases) // 2]
    editor.browser.focus_search()
    QTest.keyClicks(editor.browser.search, target.title)
    current = table.currentIndex()
    assert current.row() == 0, "the best match is selected"
    assert editor.current_phrase() is not None
    assert editor.current_phrase().id == editor.browser.model.phrase(0).id, "and shown in the form"
    assert table.viewport().rect().contains(table.visualRect(current)), "and scrolled into view"
    assert editor.browser.search.hasFocus(), "typing goes on in the search"


def test_down_from_the_search_enters_the_list(qtbot, editor) -> None:
    editor.browser.focus_search()
    QTest.keyClicks(editor.browser.search, "sorry")
    QTest.keyClick(editor.browser.search, Qt.Key.Key_Down)
    assert editor.browser.table.hasFocus()
    assert editor.browser.table.currentIndex().isValid()
    QTest.keyClick(editor.browser.table, Qt.Key.Key_Down)
    assert editor.browser.table.currentIndex().row() == 1


def test_a_count_says_how_many_are_listed_of_all(qtbot, editor, base) -> None:
    # Every phrase, in any language: the editor also lists one that has no English version.
    total = len({p.id for p in every_version(base)})
    assert editor.browser.count.text() == f"{total} phrases"
    QTest.keyClicks(editor.browser.search, "refund")
    shown = editor.browser.model.rowCount()
    assert 0 < shown < total
    assert editor.browser.count.text() == f"{shown} of {total} phrases"


def test_a_saved_phrase_is_brought_into_view(qtbot, editor) -> None:
    _type_new(editor, "Zz parcel never arrived")
    QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    table = editor.browser.table
    current = table.currentIndex()
    assert editor.browser.model.phrase(current.row()).title == "Zz parcel never arrived"
    assert table.viewport().rect().contains(table.visualRect(current))
