"""The editor's form for one phrase: its fields, a live preview, and malformed placeholders pointed at."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from calmdesk.core.model import CHANNELS, Category, ChecklistStep, Phrase
from calmdesk.core.phrase_edit import check_phrase, locate_problems, parse_tags
from calmdesk.ui.common.preview import PreviewPane

_PREVIEW_DELAY_MS = 120  # typing fast re-renders once per pause, not on every key


class PhraseForm(QWidget):
    """Title, text, category, tags, channels and checklist step of one phrase.

    Signals:
        edited(): a field changed (the window enables Save).
    """

    edited = Signal()

    def __init__(
        self,
        categories: Mapping[str, Category],
        checklist: Sequence[ChecklistStep],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title_edit = QLineEdit(self)
        self._category = QComboBox(self)
        self._tags = QLineEdit(self)
        self._channels = {name: QCheckBox(self) for name in CHANNELS}
        self._step = QComboBox(self)
        self.text_edit = QPlainTextEdit(self)
        self._problems = QLabel(self)
        self._preview = PreviewPane(self)
        self._timer = QTimer(self)
        self._loading = False

        channel_names = {
            "chat": self.tr("Chat"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "social": self.tr("Social media"),
        }
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("A few words agents will recognise"))
        for key, category in categories.items():
            self._category.addItem(category.label, key)
        self._category.setAccessibleName(self.tr("Category"))
        self._tags.setAccessibleName(self.tr("Tags"))
        self._tags.setPlaceholderText(self.tr("Search words, separated by commas: refund, money back"))
        for name, box in self._channels.items():
            box.setText(channel_names.get(name, name))
        self._step.addItem(self.tr("(none)"), None)
        for step in checklist:
            self._step.addItem(step.title, step.key)
        self._step.setAccessibleName(self.tr("Checklist step"))
        self.text_edit.setAccessibleName(self.tr("Phrase text"))
        self.text_edit.setPlaceholderText(
            self.tr("Hi {{customer_name}}, … (blanks in double braces; {{days: 1-2 | 3-5}} offers a choice)")
        )
        self.text_edit.setTabChangesFocus(
            True
        )  # Tab leaves the text, as in every other field: keyboard first
        self._problems.setWordWrap(True)
        self._problems.setTextFormat(Qt.TextFormat.PlainText)
        self._problems.setAccessibleName(self.tr("Problems"))
        self._problems.setStyleSheet("color: #c0392b;")
        self._problems.hide()
        self._preview.setAccessibleName(self.tr("Preview with sample values"))
        self._preview.setMinimumHeight(90)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_PREVIEW_DELAY_MS)

        self.title_edit.textEdited.connect(self._on_edited)
        self._tags.textEdited.connect(self._on_edited)
        self._category.activated.connect(self._on_edited)
        self._step.activated.connect(self._on_edited)
        for box in self._channels.values():
            box.clicked.connect(self._on_edited)
        self.text_edit.textChanged.connect(self._on_text_changed)
        self._timer.timeout.connect(self._update_preview)

        channels = QHBoxLayout()
        channels.setContentsMargins(0, 0, 0, 0)
        for box in self._channels.values():
            channels.addWidget(box)
        channels.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("&Title:"), self.title_edit), self.title_edit)
        form.addRow(self._label(self.tr("C&ategory:"), self._category), self._category)
        form.addRow(self._label(self.tr("Ta&gs:"), self._tags), self._tags)
        form.addRow(self.tr("Channels:"), channels)
        form.addRow(self._label(self.tr("Checklist &step:"), self._step), self._step)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self._label(self.tr("Te&xt:"), self.text_edit))
        layout.addWidget(self.text_edit, 3)
        layout.addWidget(self._problems)
        layout.addWidget(QLabel(self.tr("Preview (sample values):"), self))
        layout.addWidget(self._preview, 2)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # -- the phrase in and out --------------------------------------------------------------------------

    def set_phrase(self, phrase: Phrase | None, *, editable: bool) -> None:
        """Show `phrase` (None: an empty form); read-only fields when it cannot be edited."""
        self._loading = True
        try:
            self.title_edit.setText(phrase.title if phrase else "")
            self._category.setCurrentIndex(max(0, self._category.findData(phrase.category if phrase else "")))
            self._tags.setText(", ".join(phrase.tags) if phrase else "")
            for name, box in self._channels.items():
                box.setChecked(phrase is None or name in phrase.channels)
            self._step.setCurrentIndex(max(0, self._step.findData(phrase.step if phrase else None)))
            self.text_edit.setPlainText(phrase.text if phrase else "")
        finally:
            self._loading = False
        for line in (self.title_edit, self._tags):
            line.setReadOnly(not editable)
        self.text_edit.setReadOnly(not editable)
        for widget in (self._category, self._step, *self._channels.values()):
            widget.setEnabled(editable)
        self._update_preview()

    def phrase(self, phrase_id: str, pack: str) -> Phrase:
        """The phrase as the fields say now (not checked: see `problems`)."""
        channels = tuple(name for name, box in self._channels.items() if box.isChecked())
        return Phrase(
            phrase_id,
            str(self._category.currentData() or ""),
            self.title_edit.text().strip(),
            self.text_edit.toPlainText().strip(),
            pack,
            parse_tags(self._tags.text()),
            channels,
            self._step.currentData(),
        )

    def problems(self) -> list[str]:
        channels = [name for name, box in self._channels.items() if box.isChecked()]
        return check_phrase(
            self.title_edit.text(),
            self.text_edit.toPlainText(),
            str(self._category.currentData() or ""),
            channels,
            self._step.currentData(),
            parse_tags(self._tags.text()),
        )

    def focus_title(self) -> None:
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()

    def problem_text(self) -> str:
        return "" if self._problems.isHidden() else self._problems.text()

    def preview_text(self) -> str:
        return self._preview.toPlainText()

    # -- live checks ------------------------------------------------------------------------------------

    def _on_edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_text_changed(self) -> None:
        self._timer.start()
        self._on_edited()

    def _update_preview(self) -> None:
        """Render with no values (blanks show their labels) and underline each malformed placeholder."""
        text = self.text_edit.toPlainText()
        spans = locate_problems(text)
        selections = []
        for start, end, _message in spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text_edit.document())
            cursor.setPosition(start)
            cursor.setPosition(min(end, len(text)), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#c0392b"))
            fmt.setBackground(QColor(231, 76, 60, 60))
            selection.format = fmt
            selections.append(selection)
        self.text_edit.setExtraSelections(selections)
        messages = [m for _s, _e, m in spans] or [
            p.removeprefix("Text: ") for p in self.problems() if p.startswith("Text: ")
        ]
        if messages and not self.text_edit.isReadOnly():
            self._problems.setText("\n".join(self.tr("⚠ %s") % m for m in messages[:5]))
            self._problems.show()
        else:
            self._problems.hide()
        if text.strip():
            self._preview.show_phrase(text, {})
        else:
            self._preview.show_message(self.tr("The preview shows here as you type."))
