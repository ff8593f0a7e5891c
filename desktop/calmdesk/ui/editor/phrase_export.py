"""Export from the editor: the user's phrases as CalmDesk packs (one per language) or one CSV file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from calmdesk.core.importers import report
from calmdesk.core.importers.export import export_files
from calmdesk.core.model import Phrase
from calmdesk.core.safefile import FileRefused, os_error_text, write_atomically


def export_user_phrases(parent: QWidget, phrases: Sequence[Phrase], language: str) -> str:
    """Ask where, then write the user's phrases as CalmDesk packs (.toml, one per language: the content
    `language`'s at the path chosen, the others beside it) or CSV; a status line back."""
    path_text, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PhraseExport", "Export your phrases"),
        "my-phrases.toml",
        QCoreApplication.translate("PhraseExport", "CalmDesk pack (*.toml);;CSV (*.csv)"),
    )
    if not path_text:
        return ""
    path = Path(path_text)
    as_csv = path.suffix.lower() == ".csv" or (path.suffix == "" and "csv" in chosen_filter.lower())
    files = export_files(phrases, path, as_csv=as_csv, language=language, name="My CalmDesk phrases")
    try:
        for file in files:
            # The file dialog asked before overwriting the first; the others are the same export's.
            write_atomically(file.path, file.text)
    except FileRefused as refused:
        return QCoreApplication.translate("PhraseExport", "Not exported: %s") % refused
    except OSError as exc:
        return QCoreApplication.translate("PhraseExport", "Not exported: %s") % os_error_text(exc)
    return " ".join(report.exported(file.phrases, file.path) for file in files)
