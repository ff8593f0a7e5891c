"""Table models for reminders and the complaint history: thin adapters over core rows, no rules inside."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from calmdesk.core.complaint_time import HISTORY_COLUMNS, Reminder
from calmdesk.core.human_time import when_words

Index = QModelIndex | QPersistentModelIndex


def _local(moment: datetime | None) -> str:
    return when_words(moment, datetime.now().astimezone()) if moment else ""


class _RowsTableModel(QAbstractTableModel):
    """Shared shape of the two tables: a flat list of rows under a row of translated column headers."""

    # Both set by each subclass's __init__, once tr() can run.
    _rows: Sequence[Any]
    _headers: list[str]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None


class RemindersModel(_RowsTableModel):
    """Rows: reminders in the order given (due, upcoming, done); columns: state, when, kind, note."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Reminder] = []
        self._now: datetime | None = None
        self._headers = [self.tr("State"), self.tr("When"), self.tr("Kind"), self.tr("Note")]
        self._kinds = {
            "follow_up": self.tr("Follow-up"),
            "check_in": self.tr("Check in"),
            "promise": self.tr("Promise"),
        }

    def set_reminders(self, reminders: Sequence[Reminder], now: datetime) -> None:
        self.beginResetModel()
        self._rows, self._now = list(reminders), now
        self.endResetModel()

    def reminder(self, row: int) -> Reminder | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        reminder = self.reminder(index.row())
        if reminder is None or not 0 <= index.column() < len(self._headers):
            return None
        due = self._now is not None and reminder.is_due(self._now)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0:
                return self.tr("Done") if reminder.done else (self.tr("Due") if due else self.tr("Upcoming"))
            if index.column() == 1:
                return _local(reminder.due)
            if index.column() == 2:
                return self._kinds.get(reminder.kind, reminder.kind)
            return reminder.note
        if role == Qt.ItemDataRole.FontRole and due:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None


class HistoryModel(_RowsTableModel):
    """Rows: closed complaints as core history rows; columns: the readable subset of HISTORY_COLUMNS."""

    COLUMNS = ("closed", "customer", "channel", "anger", "duration_minutes", "steps_done", "phrases_copied",
               "reply_target_met")  # fmt: skip

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Mapping[str, Any]] = []
        titles = {
            "closed": self.tr("Closed"),
            "customer": self.tr("Customer"),
            "channel": self.tr("Channel"),
            "anger": self.tr("How angry"),
            "duration_minutes": self.tr("Minutes"),
            "steps_done": self.tr("Steps"),
            "phrases_copied": self.tr("Phrases"),
            "reply_target_met": self.tr("Target met"),
        }
        assert set(titles) <= set(HISTORY_COLUMNS)
        self._headers = [titles[c] for c in self.COLUMNS]

    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Mapping[str, Any]]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not (0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self.COLUMNS)):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        value = row.get(column, "")
        if column == "closed":
            return str(value)[:16].replace("T", " ")
        if column == "customer":
            return value or row.get("ticket") or f"#{row.get('id')}"
        if column == "reply_target_met":  # "": no target (no channel) or nothing sent yet
            return {"yes": self.tr("Yes"), "no": self.tr("Missed")}.get(str(value), "—")
        return str(value)
