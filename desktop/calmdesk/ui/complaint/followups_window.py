"""Reminders (due, upcoming, done; done and snooze) and the history of closed complaints, with CSV export."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from calmdesk.core.complaint_time import due_first, history_row
from calmdesk.core.history_csv import write_history_csv
from calmdesk.core.safefile import FileRefused, os_error_text
from calmdesk.ui.complaint.complaint_watch import now
from calmdesk.ui.complaint.followup_models import HistoryModel, RemindersModel

if TYPE_CHECKING:
    from calmdesk.store.settings import Settings
    from calmdesk.ui.complaint.complaint_watch import ComplaintWatch


class FollowupsWindow(QWidget):
    """Two tabs: the reminders with Done and Snooze, and the closed complaints with an export."""

    def __init__(self, complaints: ComplaintWatch, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._complaints = complaints
        self._settings = settings
        self._tabs = QTabWidget(self)
        self._reminders = RemindersModel(self)
        self._history = HistoryModel(self)
        self._reminder_view = QTableView(self)
        self._history_view = QTableView(self)
        self._done = QPushButton(self.tr("&Done"), self)
        self._snooze_short = QPushButton(self.tr("Snooze 10 &min"), self)
        self._snooze_long = QPushButton(self.tr("Snooze 1 h&our"), self)
        self._export = QPushButton(self.tr("&Export CSV…"), self)
        self._status = QLabel(self)

        self.setWindowTitle(self.tr("Follow-ups and history"))
        self.setAccessibleName(self.tr("Follow-ups and history"))
        for view, model, name in (
            (self._reminder_view, self._reminders, self.tr("Reminders")),
            (self._history_view, self._history, self.tr("Closed complaints")),
        ):
            view.setModel(model)
            view.setAccessibleName(name)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
            view.setAlternatingRowColors(True)
        self._status.setTextFormat(Qt.TextFormat.PlainText)

        self._done.clicked.connect(self._finish)
        self._snooze_short.clicked.connect(lambda: self._snooze(timedelta(minutes=10)))
        self._snooze_long.clicked.connect(lambda: self._snooze(timedelta(hours=1)))
        self._export.clicked.connect(self._ask_export)
        complaints.changed.connect(self.refresh)

        reminders_tab = QWidget(self)
        buttons = QHBoxLayout()
        for button in (self._done, self._snooze_short, self._snooze_long):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(reminders_tab)
        box.addWidget(self._reminder_view)
        box.addLayout(buttons)
        history_tab = QWidget(self)
        box = QVBoxLayout(history_tab)
        box.addWidget(self._history_view)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._export)
        box.addLayout(row)
        self._tabs.addTab(reminders_tab, self.tr("&Reminders"))
        self._tabs.addTab(history_tab, self.tr("&History"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._tabs)
        layout.addWidget(self._status)
        self.resize(720, 420)
        self.refresh()

    def show_tab(self, history: bool) -> None:
        self._tabs.setCurrentIndex(1 if history else 0)

    def refresh(self) -> None:
        book = self._complaints.book
        if book is None:
            return
        moment = now()
        try:
            self._reminders.set_reminders(due_first(book.reminders(), moment), moment)
            local = moment.astimezone()
            targets = self._settings.reply_targets()
            self._history.set_rows([history_row(c, targets, local) for c in book.history()])
        except Exception as exc:  # a store error: say it here, keep what is shown
            self._status.setText(str(exc))

    def export(self, path: Path) -> bool:
        try:
            write_history_csv(self._history.rows(), path)  # the file dialog asked before overwriting
        except FileRefused as refused:
            self._status.setText(self.tr("Could not write %s") % refused)
            return False
        except OSError as exc:
            self._status.setText(self.tr("Could not write %s: %s") % (path, os_error_text(exc)))
            return False
        self._status.setText(self.tr("Wrote %n complaint(s) to %s", "", len(self._history.rows())) % path)
        return True

    def _ask_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export history"), str(Path.home() / "calmdesk-history.csv"), "CSV (*.csv)"
        )
        if name:
            self.export(Path(name))

    def _selected(self) -> int | None:
        reminder = self._reminders.reminder(self._reminder_view.currentIndex().row())
        return reminder.id if reminder else None

    def _finish(self) -> None:
        rid = self._selected()
        if rid is not None and self._complaints.book is not None:
            self._complaints.book.finish_reminder(rid)
            self.refresh()

    def _snooze(self, span: timedelta) -> None:
        rid = self._selected()
        if rid is not None and self._complaints.book is not None:
            self._complaints.book.snooze_reminder(rid, now() + span)
            self.refresh()
