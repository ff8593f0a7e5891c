"""A one-line offer with a yes and a no ("Remind me to check in at 15:05?"), shown inside a window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class OfferBar(QFrame):
    """Never a modal box: the agent is typing in the chat tool; the offer waits beside it until answered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = QLabel(self)
        self._yes = QPushButton(self.tr("Yes"), self)  # each offer names its own yes
        self._no = QPushButton(self.tr("No, thanks"), self)
        self._accept: Callable[[], None] | None = None

        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Offer"))
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)

        self._yes.clicked.connect(self._on_yes)
        self._no.clicked.connect(self.dismiss)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._yes)
        layout.addWidget(self._no)
        self.hide()

    def offer(self, text: str, yes: str, accept: Callable[[], None]) -> None:
        self._text.setText(text)
        self._yes.setText(yes)
        self._yes.setAccessibleName(yes)
        self._accept = accept
        self.show()

    def text(self) -> str:
        return self._text.text() if self.isVisible() else ""

    def accept(self) -> None:
        self._on_yes()

    def dismiss(self) -> None:
        self._accept = None
        self.hide()

    def _on_yes(self) -> None:
        accept, self._accept = self._accept, None
        self.hide()
        if accept is not None:
            accept()
