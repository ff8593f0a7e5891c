"""Beside the editor's form: each language's version of the phrase shown, and which one the form edits."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from calmdesk.core.languages import ENGLISH, NAMES, SUPPORTED
from calmdesk.core.model import Phrase

_TEXT_CHARS = 90  # the start of each version's text: enough to see it is there and what it says
_LANG_ROLE = Qt.ItemDataRole.UserRole + 1


class VersionPanel(QWidget):
    """One row per language (CalmDesk's five, and any other the phrase is written in): the version's title
    and text, or a mark where agents get the English one instead. Picking a row edits that language.

    Signals:
        languagePicked(str): the language the agent picked (a row clicked, or Enter on it).
    """

    languagePicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.fallback_line = QLabel(self)
        self._lang = ENGLISH
        self._filling = False

        # No caption above it: on a small screen at 200% every line counts (the editor must fit in 500 px).
        self.tree.setHeaderLabels([self.tr("Language"), self.tr("Version")])
        self.tree.setToolTip(self.tr("Pick a language to edit its version"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Language versions"))
        self.tree.header().setStretchLastSection(True)
        self.fallback_line.setWordWrap(True)
        self.fallback_line.setAccessibleName(self.tr("Language of the text below"))
        self.fallback_line.setContentsMargins(6, 3, 6, 3)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(self._on_current)
        self.show_versions({}, self._lang)  # nothing shown yet: the languages, no mark

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addWidget(self.fallback_line)

    def language(self) -> str:
        """The language the form edits."""
        return self._lang

    def show_versions(self, versions: Mapping[str, Phrase], lang: str, *, new: bool = False) -> None:
        """List `versions` (language -> that language's version; empty for a new phrase) with `lang` the
        one edited, and say above the form what its text is: that language's, or English standing in."""
        self._lang = lang
        self._filling = True
        try:
            self.tree.clear()
            for code in dict.fromkeys((*SUPPORTED, *versions)):
                summary = self._summary(versions.get(code), bool(versions))  # no phrase shown: no marks
                item = QTreeWidgetItem(self.tree, [NAMES.get(code, code), summary])
                item.setData(0, _LANG_ROLE, code)
                item.setToolTip(1, versions[code].text[:600] if code in versions else "")
                if code not in versions:
                    item.setForeground(1, QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText)))
                    font = QFont(self.font())
                    font.setItalic(True)
                    item.setFont(1, font)
                if code == lang:
                    self.tree.setCurrentItem(item)
            self.tree.resizeColumnToContents(0)
        finally:
            self._filling = False
        self._fit_height()
        self._say_fallback(versions, lang, new)

    def _summary(self, version: Phrase | None, shown: bool) -> str:
        if version is None:
            return self.tr("↩ no version: agents get the English one") if shown else ""
        flat = " ".join(version.text.split())
        text = flat if len(flat) <= _TEXT_CHARS else flat[:_TEXT_CHARS].rsplit(" ", 1)[0] + "…"
        return f"{version.title} — {text}"

    def _say_fallback(self, versions: Mapping[str, Phrase], lang: str, new: bool) -> None:
        name = NAMES.get(lang, lang)
        if new or not versions or lang in versions:
            # The row picked says which version the form edits; the line is for the one mark that matters.
            self.fallback_line.setText(self.tr("Editing the %s version.") % name)
            self.fallback_line.hide()
            return
        self.fallback_line.show()
        shown = next((versions[c] for c in (ENGLISH, *versions) if c in versions), None)
        other = NAMES.get(shown.lang, shown.lang) if shown is not None else NAMES[ENGLISH]
        message = self.tr(
            "↩ No %1 version yet: agents get the %2 one, shown below. "
            "Write over it and save to add the %1 version."
        )
        self.fallback_line.setText(message.replace("%1", name).replace("%2", other))
        # The one mark that must not be missed: the text below is not in the language picked.
        self.fallback_line.setStyleSheet("background: #fdf2d0; color: #5b4300; border-radius: 3px;")

    def _fit_height(self) -> None:
        """Every row visible where there is room (the versions are what this panel is for); on a small
        screen at 200% it gives way to the form down to one row, and scrolls."""
        rows = self.tree.topLevelItemCount()
        row = self.tree.sizeHintForRow(0) if rows else self.fontMetrics().height()
        chrome = self.tree.header().sizeHint().height() + 2 * self.tree.frameWidth() + 2
        self.tree.setMaximumHeight(chrome + row * rows)
        self.tree.setMinimumHeight(chrome + row * min(rows, 1))

    def _on_current(self, item: QTreeWidgetItem | None, *_rest: object) -> None:
        if self._filling or item is None:
            return
        code = str(item.data(0, _LANG_ROLE))
        if code != self._lang:
            self.languagePicked.emit(code)
