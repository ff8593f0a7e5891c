"""The picker's check mode: the agent's draft, its tone findings underlined as they type, one-key fixes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from calmdesk.core.library import Library
from calmdesk.core.placeholders import MissingValues, render
from calmdesk.core.tone import Finding, ToneChecker, ToneContext, changed_span, fixes_for
from calmdesk.core.tone.fixes import INSERT, LEAVE_OUT, REPLACE_DRAFT, SAY_INSTEAD

# Wavy underlines in colours that read on light and dark backgrounds alike: red for what hurts, amber for
# what is missing or left over (a gap to fill rather than a word to change).
_HURTS = QColor("#e5484d")
_GAP = QColor("#e8a33d")
_GAP_GROUPS = frozenset({"missing", "leftover"})
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
_ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


@dataclass(frozen=True)
class Fix:
    """One way to mend a finding as the pane offers it: the label beside its key, the draft once applied."""

    label: str
    result: str


class CheckPane(QWidget):
    """Draft editor + findings list + the selected finding's fixes (Alt+1-9).

    Signals:
        copyRequested(str): Ctrl+Enter, the draft as it stands should go on the clipboard.
        findingsChanged(int): the number of findings after each check.
    """

    copyRequested = Signal(str)
    findingsChanged = Signal(int)

    def __init__(
        self,
        checker: Callable[[], ToneChecker],
        library: Library,
        context: Callable[[], ToneContext],
        values: Callable[[], Mapping[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._checker, self._library, self._context, self._values = checker, library, context, values
        self._findings: list[Finding] = []
        self._incomplete = False
        self._heading = QLabel(self)
        self._draft = QPlainTextEdit(self)
        self._list = QListWidget(self)
        self._fixes = QLabel(self)

        self.setAccessibleName(self.tr("Tone check"))
        self._heading.setAccessibleName(self.tr("Tone check summary"))
        self._heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self._heading.font()
        font.setBold(True)
        self._heading.setFont(font)
        self._draft.setPlaceholderText(
            self.tr("Type or paste your reply here: words that could make things worse are underlined.")
        )
        self._draft.setAccessibleName(self.tr("Draft reply"))
        self._draft.setTabChangesFocus(True)
        self._list.setAccessibleName(self.tr("Tone findings"))
        self._list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._list.setWordWrap(True)
        self._list.setUniformItemSizes(False)
        self._fixes.setAccessibleName(self.tr("Fixes for the selected finding"))
        self._fixes.setTextFormat(Qt.TextFormat.PlainText)
        self._fixes.setWordWrap(True)

        self._draft.textChanged.connect(self.recheck)
        self._draft.installEventFilter(self)
        self._list.currentRowChanged.connect(self._on_row_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._heading)
        layout.addWidget(self._draft, 1)
        layout.addWidget(self._list, 1)
        layout.addWidget(self._fixes)
        self.recheck()

    # -- what the picker uses -------------------------------------------------------------------------

    @property
    def editor(self) -> QPlainTextEdit:
        """The draft as the agent types it: keys go here, and the findings are underlined in it."""
        return self._draft

    @property
    def findings_list(self) -> QListWidget:
        """One row per finding; the current row is the finding Alt+1-9 fixes."""
        return self._list

    def heading(self) -> str:
        """How the draft reads, in words ("3 things to look at", "reads calmly")."""
        return self._heading.text()

    def fixes_line(self) -> str:
        """The fixes offered for the current finding, with their keys."""
        return self._fixes.text()

    def focus_draft(self) -> None:
        self._draft.setFocus(Qt.FocusReason.OtherFocusReason)

    def draft(self) -> str:
        return self._draft.toPlainText()

    def set_draft(self, text: str) -> None:
        self._draft.setPlainText(text)
        self._draft.moveCursor(QTextCursor.MoveOperation.End)

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def fixes(self) -> list[Fix]:
        """The fixes of the selected finding, in the order of their keys (Alt+1, Alt+2, ...)."""
        row = self._list.currentRow()
        if not 0 <= row < len(self._findings):
            return []
        finding, text = self._findings[row], self.draft()
        phrases = [
            (phrase.title, self._phrase_text(phrase.text))
            for phrase in map(self._library.get, finding.phrases)
            if phrase is not None
        ]
        labels = {
            SAY_INSTEAD: self.tr("Say instead: “%s”"),
            LEAVE_OUT: self.tr("Leave out “%s”"),
            INSERT: self.tr("Insert the phrase “%s”"),
            REPLACE_DRAFT: self.tr("Replace the draft with “%s”"),
        }
        found = fixes_for(self._checker(), text, finding, self._context(), phrases)
        return [Fix(labels[fix.kind] % fix.wording, fix.result) for fix in found][:9]

    def apply_fix(self, number: int) -> bool:
        """Apply the selected finding's fix `number` (1-based); False when there is no such fix."""
        fixes = self.fixes()
        if not 1 <= number <= len(fixes):
            return False
        row = self._list.currentRow()
        text = self.draft()
        start, end, wording = changed_span(text, fixes[number - 1].result)
        # Only the stretch that changes, through a cursor: the rest of the draft stays as typed, and Ctrl+Z
        # in the draft takes the fix back.
        cursor = QTextCursor(self._draft.document())
        cursor.setPosition(_utf16(text, start))
        cursor.setPosition(_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(wording)
        self._draft.setTextCursor(cursor)
        if self._findings:
            self._list.setCurrentRow(min(row, len(self._findings) - 1))
        return True

    def step(self, delta: int) -> None:
        if self._findings:
            self._list.setCurrentRow((self._list.currentRow() + delta) % len(self._findings))

    def recheck(self) -> None:
        """Check the draft again (each keystroke: a 2,000-character draft takes a few milliseconds)."""
        text = self.draft()
        previous = self._list.currentRow()
        checker = self._checker()
        self._findings = checker.check(text, self._context()) if text.strip() else []
        self._incomplete = bool(text.strip()) and checker.incomplete  # its work budget ran out (team rules)
        self._list.blockSignals(True)
        self._list.clear()
        for finding in self._findings:
            item = QListWidgetItem(self._describe(finding))
            item.setToolTip(finding.why)
            item.setForeground(_GAP if finding.group in _GAP_GROUPS else _HURTS)
            self._list.addItem(item)
        self._list.blockSignals(False)
        if self._findings:
            self._list.setCurrentRow(max(0, min(previous, len(self._findings) - 1)))
        self._on_row_changed(self._list.currentRow())
        self._heading.setText(self._summary(text))
        self.findingsChanged.emit(len(self._findings))

    # -- inside ---------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._draft and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._handle_key(event)
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.AltModifier and key in _DIGITS:
            return self.apply_fix(_DIGITS[key]) or True
        if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if mods == Qt.KeyboardModifier.ControlModifier and key in _ENTER_KEYS:
            if self.draft().strip():
                self.copyRequested.emit(self.draft())
            return True
        return False

    def _summary(self, text: str) -> str:
        if self._incomplete:  # said plainly: "reads calmly" must not stand for a part never read
            partly = self.tr("Only the start of the reply was checked: the tone rules took too long.")
            return self._count_line(text) + "\n" + partly
        return self._count_line(text)

    def _count_line(self, text: str) -> str:
        if not text.strip():
            return self.tr("Tone check: write or paste your reply below")
        count = len(self._findings)
        if count == 0:
            return self.tr("Tone check: reads calmly")
        return self.tr("Tone check: %n thing(s) to look at", "", count)

    def _describe(self, finding: Finding) -> str:
        if finding.start == finding.end:
            # "missing.next-step" -> "No next step": the rule's id names what is missing.
            title = self.tr("No %s") % finding.rule.split(".", 1)[-1].replace("-", " ")
        else:
            shown = " ".join(finding.text.split())
            title = "“" + (shown if len(shown) <= 40 else shown[:39] + "…") + "”"
        return f"{title} — {finding.why}"

    def _on_row_changed(self, row: int) -> None:
        self._underline(row)
        fixes = self.fixes()
        if not self._findings:
            self._fixes.setText(
                self.tr("Nothing to change: the draft reads calmly.") if self.draft().strip() else ""
            )
        elif not fixes:
            self._fixes.setText(self.tr("Rewrite this part in your own words (Alt+↑/↓ next finding)."))
        else:
            offers = "   ".join(f"Alt+{n} {fix.label}" for n, fix in enumerate(fixes, start=1))
            self._fixes.setText(offers + "   " + self.tr("(Ctrl+Z takes a fix back)"))

    def _underline(self, selected: int) -> None:
        text = self.draft()
        selections = []
        for row, finding in enumerate(self._findings):
            if finding.start == finding.end:
                continue
            selection = QTextEdit.ExtraSelection()
            char = QTextCharFormat()
            char.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            colour = _GAP if finding.group in _GAP_GROUPS else _HURTS
            char.setUnderlineColor(colour)
            if row == selected:
                soft = QColor(colour)
                soft.setAlpha(60)
                char.setBackground(soft)
            selection.format = char
            cursor = QTextCursor(self._draft.document())
            cursor.setPosition(_utf16(text, finding.start))
            cursor.setPosition(_utf16(text, finding.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self._draft.setExtraSelections(selections)

    def _phrase_text(self, text: str) -> str:
        """The phrase with the blanks the complaint and settings answer; the others stay to be seen."""
        try:
            return render(text, self._values())
        except MissingValues:
            return text


def _utf16(text: str, index: int) -> int:
    """A Python index as Qt counts it (UTF-16 units): an emoji before a finding must not shift its line."""
    if text.isascii():
        return index
    return len(text[:index].encode("utf-16-le")) // 2
