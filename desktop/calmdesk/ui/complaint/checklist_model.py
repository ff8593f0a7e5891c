"""The checklist's steps as a Qt list model: a thin adapter over the core steps and the current complaint."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QObject, QPersistentModelIndex, Qt

from calmdesk.core.complaint import Complaint, next_step, skipped_steps
from calmdesk.core.model import ChecklistStep

Index = QModelIndex | QPersistentModelIndex


class StepRole(IntEnum):
    Key = Qt.ItemDataRole.UserRole + 1
    Done = Qt.ItemDataRole.UserRole + 2
    IsNext = Qt.ItemDataRole.UserRole + 3
    Skipped = Qt.ItemDataRole.UserRole + 4


class StepsModel(QAbstractListModel):
    """One row per checklist step, ticked when the complaint has it done; the step to work on is bold, and
    a step passed over (a later one is done) says "skipped", so going back to it is a choice, not a surprise.

    The rows never change (the 12 steps); a new complaint or a tick only changes their data.
    """

    def __init__(self, steps: tuple[ChecklistStep, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps = steps
        self._done: frozenset[str] = frozenset()
        self._skipped: frozenset[str] = frozenset()
        self._next: str | None = steps[0].key if steps else None

    def set_complaint(self, complaint: Complaint | None) -> None:
        self._done = complaint.done_steps() if complaint else frozenset()
        self._skipped = frozenset(skipped_steps(complaint)) if complaint else frozenset()
        self._next = next_step(complaint) if complaint else (self._steps[0].key if self._steps else None)
        if self._steps:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._steps) - 1, 0))

    def step(self, row: int) -> ChecklistStep | None:
        return self._steps[row] if 0 <= row < len(self._steps) else None

    def row_of(self, key: str | None) -> int:
        return next((row for row, step in enumerate(self._steps) if step.key == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._steps)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        step = self.step(index.row())
        if step is None:
            return None
        done = step.key in self._done
        skipped = step.key in self._skipped
        if role == Qt.ItemDataRole.DisplayRole:
            title = f"{index.row() + 1}. {step.title}"
            return self.tr("%s (skipped)") % title if skipped else title
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return step.goal
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("done") if done else (self.tr("skipped") if skipped else self.tr("not done"))
            return f"{index.row() + 1}. {step.title}, {state}"
        if role == Qt.ItemDataRole.FontRole and step.key == self._next:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == StepRole.Key:
            return step.key
        if role == StepRole.Done:
            return done
        if role == StepRole.IsNext:
            return step.key == self._next
        if role == StepRole.Skipped:
            return skipped
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update({int(role): QByteArray(role.name.lower().encode()) for role in StepRole})
        return names
