"""One minute to breathe after a hard complaint: a tip from the unwind step and a paced countdown."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

BREATH_IN_S, BREATH_OUT_S = 4, 6  # a longer out-breath is what slows the heart; ten seconds a round
MINUTE_S = 60


class UnwindDialog(QDialog):
    """Non-modal and dismissable at any moment; the countdown says when to breathe in and out."""

    def __init__(self, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tip = QLabel(self)
        self._pace = QLabel(self)
        self._left = QLabel(self)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._timer = QTimer(self)
        self._elapsed = 0

        self.setWindowTitle(self.tr("One minute for you"))
        self.setAccessibleName(self.tr("Unwind"))
        self._tip.setText(tip)
        self._tip.setWordWrap(True)
        self._tip.setTextFormat(Qt.TextFormat.PlainText)
        font = self._pace.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self._pace.setFont(font)
        self._pace.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pace.setAccessibleName(self.tr("Breathing pace"))
        self._left.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._timer.setInterval(1000)

        self._timer.timeout.connect(self._tick)
        self._buttons.rejected.connect(self.reject)
        self.finished.connect(self._timer.stop)

        layout = QVBoxLayout(self)
        layout.addWidget(self._tip)
        layout.addWidget(self._pace)
        layout.addWidget(self._left)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(340)
        self._show_pace()
        self._timer.start()

    def seconds_left(self) -> int:
        return max(0, MINUTE_S - self._elapsed)

    def _tick(self) -> None:
        self._elapsed += 1
        if self._elapsed >= MINUTE_S:
            self._timer.stop()
        self._show_pace()

    def _show_pace(self) -> None:
        if self.seconds_left() == 0:
            self._pace.setText(self.tr("Done. Well handled."))
            self._left.setText("")
            return
        in_round = self._elapsed % (BREATH_IN_S + BREATH_OUT_S)
        self._pace.setText(self.tr("Breathe in…") if in_round < BREATH_IN_S else self.tr("…and out, slowly"))
        self._left.setText(self.tr("%d s left") % self.seconds_left())
