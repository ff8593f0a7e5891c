"""The editor shows each language's version of a phrase beside the form, and edits the one picked: a new
language is added by writing over the English text that stands in for it, which is marked as such."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from calmdesk.core.library import Library, load_library
from calmdesk.core.model import Phrase
from calmdesk.store.user_phrases import UserPhrases
from calmdesk.store.userstore import UserStore
from calmdesk.ui.editor.editor_window import EditorWindow

MINE_EN = Phrase(
    "user.refund-sent", "solution", "Refund sent", "Your refund is on its way.", "user", lang="en"
)
MINE_ES = Phrase(
    "user.refund-sent", "solution", "Reembolso enviado", "Su reembolso ya está en camino.", "user", lang="es"
)


@pytest.fixture(scope="module")
def base() -> Library:
    return load_library()


@pytest.fixture
def store(tmp_path: Path):
    with UserStore.open(tmp_path / "user.sqlite3", backup_dir=tmp_path / "backups") as opened:
        yield opened


def _editor(qtbot, base: Library, store: UserStore) -> EditorWindow:
    window = EditorWindow(base, UserPhrases(store), store)
    qtbot.addWidget(window)
    window.show()
    return window


def _rows(editor: EditorWindow) -> dict[str, str]:
    tree = editor.versions.tree
    return {
        tree.topLevelItem(n).text(0): tree.topLevelItem(n).text(1) for n in range(tree.topLevelItemCount())
    }


def _reopen(tmp_path: Path) -> UserPhrases:
    return UserPhrases(UserStore.open(tmp_path / "user.sqlite3", backup_dir=tmp_path / "backups"))


def test_every_languages_version_is_shown_beside_the_form(qtbot, base: Library, store: UserStore) -> None:
    UserPhrases(store).save(MINE_EN)
    UserPhrases(store).save(MINE_ES)
    editor = _editor(qtbot, base, store)
    assert editor.select(MINE_EN.id)
    rows = _rows(editor)
    assert rows["English"].startswith("Refund sent — Your refund")
    assert rows["Español"].startswith("Reembolso enviado — Su reembolso")
    assert "agents get the English one" in rows["Deutsch"]  # the fallback, marked
    assert editor.form.title_edit.text() == "Refund sent"
    editor.edit_language("es")
    assert editor.form.title_edit.text() == "Reembolso enviado"
    assert editor.form.text_edit.toPlainText() == MINE_ES.text
    assert "Editing the Español version" in editor.versions.fallback_line.text()


def test_writing_over_the_english_stand_in_adds_a_language(
    qtbot, base: Library, store: UserStore, tmp_path: Path
) -> None:
    UserPhrases(store).save(MINE_EN)
    editor = _editor(qtbot, base, store)
    editor.select(MINE_EN.id)
    editor.edit_language("de")
    assert "No Deutsch version yet" in editor.versions.fallback_line.text()
    assert editor.form.title_edit.text() == "Refund sent"  # English stands in, marked above
    assert not editor.buttons["delete"].isEnabled()  # nothing German to delete yet
    editor.form.title_edit.setText("Erstattung unterwegs")
    QTest.keyClicks(editor.form.title_edit, "!")
    editor.form.text_edit.setPlainText("Ihre Erstattung ist unterwegs.")
    with qtbot.waitSignal(editor.libraryChanged):
        editor.buttons["save"].click()
    saved = _reopen(tmp_path)
    assert saved.get(MINE_EN.id, "de").phrase.title == "Erstattung unterwegs!"
    assert saved.get(MINE_EN.id, "en").phrase == MINE_EN  # the English version is untouched
    assert _rows(editor)["Deutsch"].startswith("Erstattung unterwegs! — Ihre Erstattung")
    assert "Editing the Deutsch version" in editor.versions.fallback_line.text()


def test_picking_a_row_switches_the_language_and_keeps_it_for_the_next_phrase(
    qtbot, base: Library, store: UserStore
) -> None:
    UserPhrases(store).save(MINE_EN)
    UserPhrases(store).save(MINE_ES)
    editor = _editor(qtbot, base, store)
    editor.select(MINE_EN.id)
    tree = editor.versions.tree
    spanish = next(
        tree.topLevelItem(n)
        for n in range(tree.topLevelItemCount())
        if tree.topLevelItem(n).text(0) == "Español"
    )
    tree.setCurrentItem(spanish)
    assert editor.form.title_edit.text() == "Reembolso enviado"
    built_in = base.phrases[0]
    editor.select(built_in.id)
    shown = editor.current_phrase()
    assert shown is not None
    assert shown.lang == "es"


def test_customising_a_built_in_in_another_language_makes_that_languages_copy(
    qtbot, base: Library, store: UserStore, tmp_path: Path
) -> None:
    editor = _editor(qtbot, base, store)
    built_in = base.phrases[0]
    editor.select(built_in.id)
    editor.edit_language("fr")
    french = editor.current_phrase()
    assert french is not None
    assert french.lang == "fr"
    assert editor.form.title_edit.isReadOnly()
    with qtbot.waitSignal(editor.libraryChanged) as changed:
        editor.customize_current()
    mine = _reopen(tmp_path).get(built_in.id, "fr")
    assert mine is not None
    assert mine.customizes
    assert mine.phrase.text == french.text
    assert changed.args[0].get(built_in.id) == built_in  # the English library still shows the original
    assert changed.args[0].version(built_in.id, "fr").pack == "user"


def test_a_phrase_only_in_another_language_is_listed_and_marked(
    qtbot, base: Library, store: UserStore
) -> None:
    UserPhrases(store).save(MINE_ES)
    editor = _editor(qtbot, base, store)
    assert editor.select(MINE_ES.id)
    row = editor.browser.model.row_of(MINE_ES.id)
    assert editor.browser.model.data(editor.browser.model.index(row, 0)) == "Reembolso enviado [es]"


def test_the_import_dialog_imports_in_the_language_chosen(qtbot, base: Library, store: UserStore) -> None:
    from calmdesk.ui.editor.import_dialog import ImportDialog

    samples = Path(__file__).parents[2] / "core" / "importers" / "samples"
    user = UserPhrases(store)
    dialog = ImportDialog(base, user, store)
    qtbot.addWidget(dialog)
    assert dialog._lang.currentData() == "en"  # the content language first
    dialog.set_source("espanso", samples / "espanso-base.yml")
    dialog._lang.setCurrentIndex(dialog._lang.findData("de"))
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan() is not None, timeout=10_000)
    dialog.run_import()
    assert user.all()
    assert {e.phrase.lang for e in user.all()} == {"de"}
