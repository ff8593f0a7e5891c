"""The phrase editor on a real store and the real built-in library, driven through keys and buttons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from calmdesk.core.library import Library, load_library
from calmdesk.core.phrase_edit import Origin
from calmdesk.store.user_phrases import UserPhrases
from calmdesk.store.userstore import UserStore
from calmdesk.ui.editor.editor_model import EditorRole, PhraseTableModel
from calmdesk.ui.editor.editor_window import EditorWindow
from calmdesk.ui.editor.import_dialog import ImportDialog

SAMPLES = Path(__file__).parents[2] / "core" / "importers" / "samples"


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
    window.show()
    return window


def _reopen(tmp_path: Path) -> UserPhrases:
    # A second connection, as a restart or the CLI would see the file.
    return UserPhrases(UserStore.open(tmp_path / "user.sqlite3", backup_dir=tmp_path / "backups"))


def test_the_table_model_passes_qtmodeltester(qtmodeltester, base: Library) -> None:
    model = PhraseTableModel(base.categories, lambda origin: origin.kind)
    model.set_rows([(p, Origin("builtin", "Pack", "1.0")) for p in base.phrases[:20]])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 2)) == "builtin"
    assert model.data(model.index(0, 0), EditorRole.PhraseId) == base.phrases[0].id
    assert model.data(model.index(0, 0), EditorRole.Editable) is False


def test_a_new_phrase_is_saved_at_once_and_handed_to_the_picker(qtbot, editor, tmp_path: Path) -> None:
    QTest.keyClick(editor, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor.form.title_edit, "Parcel lost in transit")
    editor.form.text_edit.setPlainText(
        "I am sorry, {{customer_name}}: I have opened a claim with the courier."
    )
    with qtbot.waitSignal(editor.libraryChanged) as changed:
        QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    library = changed.args[0]
    assert library.get("user.parcel-lost-in-transit").title == "Parcel lost in transit"
    assert "Saved" in editor.status()
    assert _reopen(tmp_path).get("user.parcel-lost-in-transit") is not None
    assert editor.current_phrase().id == "user.parcel-lost-in-transit"
    assert "Yours" in editor.origin_line.text()


def test_a_malformed_placeholder_is_pointed_at_and_never_saved(qtbot, editor, tmp_path: Path) -> None:
    editor.new_phrase()
    QTest.keyClicks(editor.form.title_edit, "Broken")
    editor.form.text_edit.setPlainText("Hello {{Customer Name}}, see you {{#soon}}")
    qtbot.waitUntil(lambda: editor.form.problem_text() != "")
    assert "has a bad name" in editor.form.problem_text()
    assert "never closed" in editor.form.problem_text()
    assert len(editor.form.text_edit.extraSelections()) == 2
    assert editor.form.text_edit.extraSelections()[0].cursor.selectedText() == "{{Customer Name}}"
    with qtbot.assertNotEmitted(editor.libraryChanged):
        assert editor.save() is False
    assert editor.status().startswith("Not saved")
    assert _reopen(tmp_path).all() == []


def test_the_preview_fills_choices_and_marks_blanks_as_you_type(qtbot, editor) -> None:
    editor.new_phrase()
    editor.form.text_edit.setPlainText("Arrives in {{days: 2 days | 5 days}}, {{customer_name}}.")
    qtbot.waitUntil(lambda: "Arrives in 2 days" in editor.form.preview_text())
    assert "[Customer name]" in editor.form.preview_text()


def test_builtin_phrases_are_read_only_until_customized_then_revert(qtbot, editor, base, tmp_path) -> None:
    original = base.phrases[0]
    assert editor.select(original.id)
    assert editor.form.title_edit.isReadOnly()
    assert not editor.buttons["delete"].isEnabled()
    assert "Built-in" in editor.origin_line.text()
    with qtbot.waitSignal(editor.libraryChanged):
        editor.buttons["customize"].click()
    assert not editor.form.title_edit.isReadOnly()
    editor.form.title_edit.selectAll()
    QTest.keyClicks(editor.form.title_edit, "My own opening")
    with qtbot.waitSignal(editor.libraryChanged) as changed:
        editor.save()
    assert changed.args[0].get(original.id).title == "My own opening"  # same id: replaces it everywhere
    assert _reopen(tmp_path).get(original.id).customizes
    assert editor.buttons["delete"].text() == "&Revert"
    with qtbot.waitSignal(editor.libraryChanged) as reverted:
        editor.buttons["delete"].click()
    assert reverted.args[0].get(original.id) == original
    assert "Reverted" in editor.status()


def test_delete_then_ctrl_z_brings_it_back(qtbot, editor, tmp_path: Path) -> None:
    editor.new_phrase()
    QTest.keyClicks(editor.form.title_edit, "Short lived")
    editor.form.text_edit.setPlainText("Gone soon.")
    editor.save()
    editor.delete_current()
    assert "Deleted" in editor.status()
    assert _reopen(tmp_path).get("user.short-lived") is None
    with qtbot.waitSignal(editor.libraryChanged) as changed:
        QTest.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert changed.args[0].get("user.short-lived") is not None
    assert editor.current_phrase().id == "user.short-lived"


def test_hide_leaves_the_phrase_out_of_the_picker_but_listed_here(qtbot, editor, base) -> None:
    target = base.phrases[3]
    editor.select(target.id)
    with qtbot.waitSignal(editor.libraryChanged) as changed:
        editor.buttons["hide"].click()
    assert changed.args[0].get(target.id) is None
    assert editor.browser.model.row_of(target.id) >= 0
    assert "(hidden)" in editor.browser.model.data(
        editor.browser.model.index(editor.browser.model.row_of(target.id), 0)
    )
    assert editor.buttons["hide"].text() == "S&how"


def test_search_is_the_pickers_and_filters_narrow_it(qtbot, editor, base) -> None:
    QTest.keyClicks(editor.browser.search, "sory")  # typo forgiven, as in the picker
    rows = [editor.browser.model.phrase(r) for r in range(editor.browser.model.rowCount())]
    assert rows
    assert all("sorry" in (p.title + p.text + " ".join(p.tags)).lower() for p in rows[:5])
    editor.browser.search.clear()
    editor.browser.category.setCurrentIndex(editor.browser.category.findData("closing"))
    editor.browser.category.activated.emit(editor.browser.category.currentIndex())
    categories = {editor.browser.model.phrase(r).category for r in range(editor.browser.model.rowCount())}
    assert categories == {"closing"}


def test_switching_away_saves_a_valid_edit(qtbot, editor, base, tmp_path: Path) -> None:
    editor.new_phrase()
    QTest.keyClicks(editor.form.title_edit, "Kept on switch")
    editor.form.text_edit.setPlainText("Still here.")
    editor.select(base.phrases[1].id)
    assert _reopen(tmp_path).get("user.kept-on-switch") is not None


def test_favourite_with_ctrl_d(qtbot, editor, base, store) -> None:
    editor.select(base.phrases[2].id)
    QTest.keyClick(editor, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert store.is_favourite(base.phrases[2].id)
    assert editor.buttons["favourite"].text().startswith("★")


def test_import_dialog_previews_then_imports_all_with_a_backup(qtbot, base, store, tmp_path: Path) -> None:
    user = UserPhrases(store)
    dialog = ImportDialog(base, user, store)
    qtbot.addWidget(dialog)
    dialog.set_source("espanso", SAMPLES / "espanso-base.yml")
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan() is not None, timeout=10_000)
    assert len(dialog.plan().add) == 9  # the html: match too, as its visible text
    assert "9 to import" in dialog.summary()
    headings = [dialog._tree.topLevelItem(i).text(0) for i in range(dialog._tree.topLevelItemCount())]
    assert headings == ["Would add 9 phrases", "Skipped 2", "Notes (1)"]  # the "wrod" typo is a note
    header = dialog._tree.headerItem()
    assert [header.text(n) for n in range(4)] == ["Title", "Category", "Text begins", "From / why"]
    added = dialog._tree.topLevelItem(0).child(0)
    phrase = dialog.plan().add[0]
    assert added.text(0) == phrase.title
    assert added.text(1) == base.categories[phrase.category].label
    assert phrase.text.split()[0] in added.text(2)
    with qtbot.waitSignal(dialog.imported) as imported:
        dialog.run_import()
    assert imported.args == [9]
    assert len(_reopen(tmp_path).all()) == 9
    assert list((tmp_path / "backups").glob("backup-*-before-import.sqlite3"))


def test_import_dialog_names_a_broken_file(qtbot, base, store, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"combos": [', encoding="utf-8")
    dialog = ImportDialog(base, UserPhrases(store), store)
    qtbot.addWidget(dialog)
    dialog.set_source("beeftext", broken)
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.summary().startswith("Cannot import"), timeout=10_000)
    assert str(broken) in dialog.summary()
    assert not dialog._import.isEnabled()


def test_the_dialog_words_its_report_as_the_command_line_does_in_the_windows_language(
    qtbot, qapp, base, store, xdg_home: Path
) -> None:
    """One source for the import report's words (core.importers.report), translated once: the dialog in
    Spanish says what `LANGUAGE=es calmdesk import --dry-run` says."""
    from calmdesk.ui.common import translation
    from cli_runner import calmdesk_process

    translation.install(qapp, "es")
    try:
        dialog = ImportDialog(base, UserPhrases(store), store)
        qtbot.addWidget(dialog)
        dialog.set_source("espanso", SAMPLES / "espanso-base.yml")
        dialog.preview()
        qtbot.waitUntil(lambda: dialog.plan() is not None, timeout=10_000)
        heading = dialog._tree.topLevelItem(0).text(0)
    finally:
        translation.install(qapp, "en")
    sample = str(SAMPLES / "espanso-base.yml")
    ran = calmdesk_process(
        "import", "espanso", sample, "--dry-run", env={"LANGUAGE": "es", "LANG": "es_ES.UTF-8"}
    )
    assert heading == "Se añadirían 9 frases"
    assert heading + ":" in ran.stdout
