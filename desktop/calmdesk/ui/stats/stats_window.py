"""The statistics window: the agent's own figures as simple bar charts drawn with QPainter (no QtCharts)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from calmdesk.core.stats import Stats

_ROW = 1.7  # a horizontal bar's row height, in lines of text: room for the bar and a little air
_LABEL_SHARE = 0.62  # of a chart's width, at most, for the labels of its bars
_GAP = 8  # between a label and its bar


class BarChart(QWidget):
    """One small chart: a title and one bar per (label, value), across (horizontal) or upright."""

    def __init__(self, title: str, *, horizontal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._horizontal = horizontal
        self._bars: list[tuple[str, float]] = []
        self._empty = ""
        self.setAccessibleName(title)
        self.setMinimumHeight(120)

    def set_bars(self, bars: Sequence[tuple[str, float]], *, empty: str = "") -> None:
        self._bars = list(bars)
        self._empty = empty
        # Screen readers get the figures the bars draw.
        self.setAccessibleDescription(
            "; ".join(f"{label}: {value:g}" for label, value in self._bars) or empty
        )
        self.setToolTip("\n".join(f"{label}: {value:g}" for label, value in self._bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, float]]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        if self._horizontal:
            return QSize(320, int(line * (2 + _ROW * max(1, len(self._bars)))))
        return QSize(320, line * 9)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        bar = palette.color(QPalette.ColorRole.Highlight)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft, self._title)
        painter.setFont(self.font())
        area = QRectF(0, line * 1.4, self.width(), self.height() - line * 1.4)
        if not self._bars or not any(value > 0 for _, value in self._bars):
            faint = QColor(text)
            faint.setAlpha(150)
            painter.setPen(faint)
            painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self._empty)
            return
        top = max(value for _, value in self._bars)
        if self._horizontal:
            self._paint_across(painter, area, metrics, top, text, bar)
        else:
            self._paint_upright(painter, area, metrics, top, text, bar)

    def _label_width(self, width: float, metrics: QFontMetrics) -> float:
        # Labels first: a step's or phrase's name cut short says less than a shorter bar.
        widest = max((metrics.horizontalAdvance(label) for label, _ in self._bars), default=0)
        return min(width * _LABEL_SHARE, widest + _GAP + 2)

    def cut_labels(self) -> list[str]:
        """The labels drawn cut short at the present width (the tooltip still has them whole)."""
        if not self._horizontal or not self._bars:
            return []
        metrics = QFontMetrics(self.font())
        room = self._label_room(self._label_width(self.width(), metrics))
        elide = Qt.TextElideMode.ElideRight
        return [label for label, _ in self._bars if metrics.elidedText(label, elide, room) != label]

    @staticmethod
    def _label_room(label_width: float) -> int:
        # The gap before the bar is outside the room, and the room is rounded up: text layout measures in
        # fractions, and a room rounded down cut "Act and keep informed" by its last letters.
        return int(label_width - _GAP + 0.999)

    def _paint_across(
        self, painter: QPainter, area: QRectF, metrics: QFontMetrics, top: float, text: QColor, bar: QColor
    ) -> None:
        line = metrics.height()
        label_width = self._label_width(area.width(), metrics)
        value_width = metrics.horizontalAdvance(f"{top:g}") + 8
        room = max(1.0, area.width() - label_width - value_width)
        for row, (label, value) in enumerate(self._bars):
            y = area.top() + row * line * _ROW
            label_room = self._label_room(label_width)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_room)
            painter.setPen(text)
            painter.drawText(QRectF(0, y, label_room, line), Qt.AlignmentFlag.AlignVCenter, shown)
            length = room * value / top
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar)
            if value > 0:  # nothing drawn for nothing: a stub of a bar reads as "a little"
                painter.drawRoundedRect(
                    QRectF(label_width, y + line * 0.15, max(2.0, length), line * 0.7), 3, 3
                )
            painter.setPen(text)
            painter.drawText(
                QRectF(label_width + length + 4, y, value_width, line),
                Qt.AlignmentFlag.AlignVCenter,
                f"{value:g}",
            )

    def _paint_upright(
        self, painter: QPainter, area: QRectF, metrics: QFontMetrics, top: float, text: QColor, bar: QColor
    ) -> None:
        line = metrics.height()
        count = len(self._bars)
        slot = area.width() / count
        height = area.height() - line * 2.4  # room for the value above and the label below
        for n, (label, value) in enumerate(self._bars):
            x = area.left() + n * slot
            length = height * value / top
            base = area.bottom() - line * 1.2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar)
            if value > 0:
                painter.drawRoundedRect(QRectF(x + slot * 0.18, base - length, slot * 0.64, length), 2, 2)
            painter.setPen(text)
            if value > 0:
                painter.drawText(
                    QRectF(x, base - length - line, slot, line), Qt.AlignmentFlag.AlignCenter, f"{value:g}"
                )
            painter.drawText(QRectF(x, base + 2, slot, line), Qt.AlignmentFlag.AlignCenter, label)


class StatsWindow(QWidget):
    """Personal statistics, local only: a summary line, four charts, and the phrases left unused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary = QLabel(self)
        self._per_day = BarChart(self.tr("Complaints per day (last 14 days)"), horizontal=False, parent=self)
        self._channels = BarChart(self.tr("By channel"), horizontal=True, parent=self)
        self._phrases = BarChart(self.tr("Phrases you use most"), horizontal=True, parent=self)
        self._skipped = BarChart(self.tr("Steps most often skipped"), horizontal=True, parent=self)
        self._unused = QLabel(self)
        self._note = QLabel(self)

        self.setWindowTitle(self.tr("Your statistics"))
        self.setAccessibleName(self.tr("Your statistics"))
        for label in (self._summary, self._unused, self._note):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self._summary.setAccessibleName(self.tr("Summary"))
        self._unused.setAccessibleName(self.tr("Phrases used least and never"))
        self._note.setText(self.tr("Only on this computer: these figures are never sent anywhere."))
        self._note.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(16)
        grid.addWidget(self._per_day, 0, 0)
        grid.addWidget(self._channels, 0, 1)
        grid.addWidget(self._phrases, 1, 0)
        grid.addWidget(self._skipped, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(self._summary)
        layout.addLayout(grid, 1)
        layout.addWidget(self._unused)
        layout.addWidget(self._note)
        self.resize(820, 600)

    def show_stats(self, stats: Stats, titles: Mapping[str, str], step_titles: Mapping[str, str]) -> None:
        """Show `stats`; `titles` name the phrases, `step_titles` the checklist steps."""
        median = stats.median_close_minutes
        parts = [
            self.tr("%n complaint(s) (%d closed)", "", stats.complaints) % stats.closed,
            self.tr("median time to close: %s")
            % (self.tr("none closed yet") if median is None else self.tr("%s min") % _number(median)),
            self.tr("reply targets: %d met, %d missed") % (stats.targets_met, stats.targets_missed),
        ]
        self._summary.setText(" · ".join(parts))
        self._per_day.set_bars([(f"{day.day}", count) for day, count in stats.per_day])
        self._channels.set_bars(
            [(self._channel_names().get(channel, channel), n) for channel, n in stats.per_channel.items()],
            empty=self.tr("No complaints yet."),
        )
        self._phrases.set_bars(
            [(titles.get(pid, pid), n) for pid, n in stats.most_used[:8]],
            empty=self.tr("No phrase copied yet."),
        )
        self._skipped.set_bars(
            [(step_titles.get(step, step), n) for step, n in stats.skipped_steps[:8]],
            empty=self.tr("No closed complaint yet."),
        )
        least = ", ".join(titles.get(pid, pid) for pid, _ in stats.least_used[:5])
        worked = ", ".join(
            titles.get(pid, pid) for pid, _ in sorted(stats.worked.items(), key=lambda i: -i[1])[:5]
        )
        never = self.tr("Never used: %d of %n phrase(s).", "", stats.phrases_total) % len(stats.never_used)
        lines = [never]
        if least:
            lines.append(self.tr("Used least: %s.") % least)
        if worked:
            lines.append(self.tr("Marked as having worked (Ctrl+G in the picker): %s.") % worked)
        self._unused.setText("\n".join(lines))

    def _channel_names(self) -> dict[str, str]:
        # As the complaint form names them.
        return {
            "chat": self.tr("Chat"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "social": self.tr("Social media"),
            "": self.tr("none given"),
        }

    def charts(self) -> dict[str, BarChart]:
        return {
            "per_day": self._per_day,
            "channels": self._channels,
            "phrases": self._phrases,
            "skipped": self._skipped,
        }


def _number(value: float) -> str:
    """A figure written the interface language's way: "11.5" in English, "11,5" in German."""
    return QLocale().toString(value, "g", 6)
