"""Import from the editor: pick a file, see what would be added and skipped, then import it all at once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calmdesk.core.importers import ImportPlan, report
from calmdesk.core.languages import NAMES, SUPPORTED
from calmdesk.core.library import Library
from calmdesk.store.errors import StoreError
from calmdesk.store.user_phrases import UserPhrase
from calmdesk.ui.common.keys import buddy_label
from calmdesk.ui.editor.import_preview import ImportPreview
from calmdesk.ui.editor.import_reader import ImportReader

if TYPE_CHECKING:
    from calmdesk.store.user_phrases import UserPhrases
    from calmdesk.store.userstore import UserStore


class ImportDialog(QDialog):
    """Format, file, default category; Preview lists what is added and skipped; Import writes it in one go.

    Signals:
        imported(int): how many phrases were written.
    """

    imported = Signal(int)

    def __init__(
        self, library: Library, user: UserPhrases, store: UserStore | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._library, self._user, self._store = library, user, store
        self._plan: ImportPlan | None = None
        self._reader: ImportReader | None = None
        self._format = QComboBox(self)
        self._path = QLineEdit(self)
        self._browse = QPushButton(self.tr("Choose fi&le…"), self)
        self._folder = QPushButton(self.tr("F&older…"), self)
        self._category = QComboBox(self)
        self._lang = QComboBox(self)
        self._replace = QCheckBox(self.tr("&Replace my phrases that have the same id"), self)
        self._preview_button = QPushButton(self.tr("Pre&view"), self)
        self._progress = QProgressBar(self)
        self._tree = ImportPreview(self)
        self._summary = QLabel(self)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self._import = self._buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)

        self.setWindowTitle(self.tr("Import phrases"))
        for key, label in (
            ("espanso", self.tr("Espanso (match file or folder)")),
            ("beeftext", self.tr("Beeftext (JSON or CSV export)")),
            ("csv", self.tr("CSV (TextExpander and others)")),
            ("calmdesk", self.tr("CalmDesk pack (.toml)")),
        ):
            self._format.addItem(label, key)
        self._format.setAccessibleName(self.tr("Format"))
        self._path.setAccessibleName(self.tr("File or folder to import"))
        self._path.setPlaceholderText(self.tr("Path of the file or folder"))
        for key, category in library.categories.items():
            self._category.addItem(category.label, key)
        self._category.setCurrentIndex(max(0, self._category.findData("solution")))
        self._category.setAccessibleName(self.tr("Category when the words do not suggest one"))
        for code in SUPPORTED:
            self._lang.addItem(NAMES[code], code)
        self._lang.setCurrentIndex(max(0, self._lang.findData(library.language)))
        self._lang.setAccessibleName(self.tr("Language of the phrases"))
        self._lang.setToolTip(self.tr("A CSV file's lang column says it row by row; a pack says its own"))
        self._progress.setRange(0, 0)  # busy: reading a file gives no honest percentage
        self._progress.setAccessibleName(self.tr("Reading"))
        self._progress.hide()
        self._summary.setWordWrap(True)
        self._summary.setAccessibleName(self.tr("Import summary"))
        self._import.setEnabled(False)
        self._preview_button.setDefault(True)

        self._browse.clicked.connect(self._pick_file)
        self._folder.clicked.connect(self._pick_folder)
        self._preview_button.clicked.connect(self.preview)
        self._path.returnPressed.connect(self.preview)
        for changed in (
            self._format.activated,
            self._category.activated,
            self._lang.activated,
            self._path.textEdited,
        ):
            changed.connect(self._invalidate)
        self._replace.toggled.connect(self._invalidate)
        self._import.clicked.connect(self.run_import)
        self._buttons.rejected.connect(self.reject)

        source = QHBoxLayout()
        source.addWidget(self._path, 1)
        source.addWidget(self._browse)
        source.addWidget(self._folder)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("For&mat:"), self._format, self), self._format)
        form.addRow(buddy_label(self.tr("&From:"), self._path, self), source)
        form.addRow(buddy_label(self.tr("Cate&gory otherwise:"), self._category, self), self._category)
        form.addRow(buddy_label(self.tr("La&nguage of the phrases:"), self._lang, self), self._lang)
        form.addRow("", self._replace)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self._preview_button)
        row.addWidget(self._progress, 1)
        layout.addLayout(row)
        layout.addWidget(self._tree, 1)
        layout.addWidget(self._summary)
        layout.addWidget(self._buttons)
        self.resize(860, 520)
        self._format.setFocus()  # the first field: the dialog opens ready for the keyboard

    # -- steps ------------------------------------------------------------------------------------------

    def set_source(self, kind: str, path: Path) -> None:
        self._format.setCurrentIndex(max(0, self._format.findData(kind)))
        self._path.setText(str(path))
        self._invalidate()

    def preview(self) -> None:
        """Read and plan in a worker thread; the preview fills in when it is done."""
        if self._reader is not None:
            return
        text = self._path.text().strip()
        if not text:
            self._summary.setText(self.tr("Pick a file or folder first."))
            return
        self._invalidate()
        self._reader = ImportReader(
            str(self._format.currentData()),
            Path(text).expanduser(),
            self._library,
            self._user,
            (str(self._category.currentData()), str(self._lang.currentData()), self._replace.isChecked()),
        )
        self._reader.planned.connect(self._show_plan)
        self._reader.failed.connect(self._show_failure)
        self._reader.finished.connect(self._reader_done)
        self._progress.show()
        self._preview_button.setEnabled(False)
        self._summary.setText(self.tr("Reading…"))
        self._reader.start()

    def run_import(self) -> None:
        """Back up the store, then write every phrase of the plan in one transaction."""
        plan = self._plan
        if plan is None or not plan.writes:
            return
        if self._store is None:
            self._summary.setText(self.tr("Your CalmDesk data file is not open, so nothing can be imported."))
            return
        customized = {p.id for p in plan.customize}
        entries = [UserPhrase(p, p.id in customized, plan.origins.get(p.id, "")) for p in plan.writes]
        try:
            self._store.backup("before-import")
            self._user.save_many(entries, replace_ids=[(p.id, p.lang) for p in plan.replace])
        except StoreError as exc:
            self._summary.setText(self.tr("Nothing was imported: %s") % exc)
            return
        self.imported.emit(len(entries))
        self.accept()

    def plan(self) -> ImportPlan | None:
        return self._plan

    def summary(self) -> str:
        return self._summary.text()

    # -- internals --------------------------------------------------------------------------------------

    def _invalidate(self, *_args: object) -> None:
        self._plan = None
        self._import.setEnabled(False)
        self._tree.clear()

    def _show_plan(self, plan: ImportPlan) -> None:
        self._plan = plan
        self._tree.show_plan(plan, self._library.categories)
        parts = [self.tr("%d to import.") % len(plan.writes)]
        if plan.unreadable:
            # Before anything else: importing now brings in only part of the folder.
            parts.insert(0, report.partial(len(plan.unreadable), written=False))
        parts += [report.left_out(what, count) + "." for what, count in sorted(plan.dropped.items())]
        parts.append(self.tr("A backup of your data is made first."))
        self._summary.setText(" ".join(parts))
        self._import.setEnabled(bool(plan.writes))
        if plan.writes:
            self._import.setFocus()

    def _show_failure(self, message: str) -> None:
        self._summary.setText(self.tr("Cannot import: %s") % message)

    def _reader_done(self) -> None:
        self._progress.hide()
        self._preview_button.setEnabled(True)
        if self._reader is not None:
            self._reader.deleteLater()
        self._reader = None

    def _pick_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import phrases from"),
            self._path.text(),
            self.tr("Snippets (*.yml *.yaml *.json *.csv *.toml);;All files (*)"),
        )
        if chosen:
            self._path.setText(chosen)
            self._guess_format(Path(chosen))
            self.preview()

    def _pick_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Import a folder: Espanso, or CalmDesk packs"), self._path.text()
        )
        if chosen:
            self._path.setText(chosen)
            kind = _folder_format(Path(chosen))
            self._format.setCurrentIndex(max(0, self._format.findData(kind)))
            self.preview()

    def _guess_format(self, path: Path) -> None:
        guesses = {
            ".yml": "espanso",
            ".yaml": "espanso",
            ".json": "beeftext",
            ".toml": "calmdesk",
            ".csv": "csv",
        }
        kind = guesses.get(path.suffix.lower())
        if kind:
            self._format.setCurrentIndex(max(0, self._format.findData(kind)))

    def done(self, result: int) -> None:
        if self._reader is not None:  # closing while reading: let the thread end before it is destroyed
            self._reader.wait()
        super().done(result)


def _folder_format(folder: Path) -> str:
    """ "calmdesk" for a folder of packs (what `calmdesk export` writes, one per language), else "espanso"
    (a config, match or package folder): picking an export's folder must not read it as Espanso's."""
    try:
        names = [p.suffix.lower() for p in folder.iterdir()]
    except OSError:
        return "espanso"  # the reader says what is wrong with the folder
    return "calmdesk" if ".toml" in names and not {".yml", ".yaml"} & set(names) else "espanso"
