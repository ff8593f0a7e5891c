"""The import dialog on an Espanso folder with one broken file: the broken file first in the preview, with its
line and reason, the summary saying only part of the folder comes in, and Import writing the good part."""

from __future__ import annotations

from pathlib import Path

import pytest

from calmdesk.core.library import Library, load_library
from calmdesk.store.user_phrases import UserPhrases
from calmdesk.store.userstore import UserStore
from calmdesk.ui.editor.import_dialog import ImportDialog

GOOD = "matches:\n  - trigger: ':{name}'\n    replace: 'Thanks for waiting, {name} here.'\n"


@pytest.fixture(scope="module")
def base() -> Library:
    return load_library()


@pytest.fixture
def store(tmp_path: Path):
    with UserStore.open(tmp_path / "user.sqlite3", backup_dir=tmp_path / "backups") as opened:
        yield opened


def test_a_folder_with_a_broken_file_previews_the_rest_and_names_it_first(
    qtbot, base, store, tmp_path: Path
) -> None:
    match = tmp_path / "espanso" / "match"
    match.mkdir(parents=True)
    (match / "base.yml").write_text(GOOD.format(name="ana"), encoding="utf-8")
    (match / "broken.yml").write_text("matches:\n  - trigger: ':t'\n\t  replace: 'x'\n", encoding="utf-8")
    dialog = ImportDialog(base, UserPhrases(store), store)
    qtbot.addWidget(dialog)
    dialog.set_source("espanso", tmp_path / "espanso")
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan() is not None, timeout=10_000)
    tree = dialog._tree
    headings = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert headings == ["Could not read 1 file; its phrases are not imported", "Would add 1 phrase"]
    row = tree.topLevelItem(0).child(0)
    assert row.text(0) == "broken.yml:3: not valid YAML: a tab where YAML needs spaces: indent with spaces"
    assert row.isFirstColumnSpanned()  # read whole, not cut at the first column's edge
    assert dialog.summary().startswith("Only part of the folder can be imported: 1 file could not be read")
    assert "1 to import." in dialog.summary()
    with qtbot.waitSignal(dialog.imported) as imported:
        dialog.run_import()
    assert imported.args == [1]
    assert [e.phrase.title for e in UserPhrases(store).all()] == ["Thanks for waiting, ana here."]


def test_the_folder_button_reads_a_folder_of_packs_as_calmdesk_packs(
    qtbot, base, store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An export's folder (mine.toml, mine.es.toml) picked with Folder… is read as packs, not as Espanso."""
    from calmdesk.core.importers import export_packs
    from calmdesk.core.model import Phrase
    from calmdesk.ui.editor import import_dialog

    phrase = Phrase("user.wait", "wait", "Wait", "Thanks for waiting.", "user", (), ("chat",), None, "en")
    folder = tmp_path / "export"
    folder.mkdir()
    for lang, text in export_packs([phrase], pack_id="mine", name="Mine").items():
        (folder / f"mine.{lang}.toml").write_text(text, encoding="utf-8")
    monkeypatch.setattr(import_dialog.QFileDialog, "getExistingDirectory", lambda *_args: str(folder))
    dialog = ImportDialog(base, UserPhrases(store), store)
    qtbot.addWidget(dialog)
    dialog._folder.click()
    qtbot.waitUntil(lambda: dialog.plan() is not None, timeout=10_000)
    assert [p.title for p in dialog.plan().add] == ["Wait"]
