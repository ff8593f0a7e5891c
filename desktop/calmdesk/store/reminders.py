"""Reminders in the user database: follow-ups and check-ins, due at a time, announced once, then done."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from calmdesk.core.complaint_time import REMINDER_KINDS, Reminder
from calmdesk.core.messages import N_
from calmdesk.core.messages import gettext as _
from calmdesk.store.transactions import FreshTable, from_stamp, now, to_stamp

MAX_VALUE_CHARS = 500  # a note or a blank's value; longer is a paste accident


class ReminderRows(FreshTable):
    """The reminders table; `ComplaintBook` carries these methods: a reminder is kept beside its complaint."""

    def add_reminder(
        self, kind: str, due: datetime, *, note: str = "", complaint_id: int | None = None
    ) -> Reminder:
        if kind not in REMINDER_KINDS:
            raise ValueError(_("unknown reminder kind {kind}").format(kind=repr(kind)))
        with self._write(N_("save the reminder")) as conn:
            cursor = conn.execute(
                "INSERT INTO reminders (complaint_id, kind, note, due_at) VALUES (?, ?, ?, ?)",
                (complaint_id, kind, note[:MAX_VALUE_CHARS], to_stamp(due)),
            )
        return self._must_reminder(int(cursor.lastrowid or 0))

    def reminders(self, *, include_done: bool = True) -> list[Reminder]:
        where = "" if include_done else " WHERE done_at IS NULL"
        rows = self._read(
            "SELECT id, kind, due_at, note, complaint_id, done_at FROM reminders"
            + where
            + " ORDER BY due_at, id"
        )
        return [_reminder(row) for row in rows]

    def reminder(self, reminder_id: int) -> Reminder | None:
        rows = self._read(
            "SELECT id, kind, due_at, note, complaint_id, done_at FROM reminders WHERE id = ?", (reminder_id,)
        )
        return _reminder(rows[0]) if rows else None

    def due_unnotified(self, now: datetime) -> list[Reminder]:
        """Due, not done, and not yet announced: what a notification should say now."""
        rows = self._read(
            "SELECT id, kind, due_at, note, complaint_id, done_at FROM reminders "
            "WHERE done_at IS NULL AND notified_at IS NULL AND due_at <= ? ORDER BY due_at, id",
            (to_stamp(now),),
        )
        return [_reminder(row) for row in rows]

    def mark_notified(self, reminder_ids: list[int], at: datetime | None = None) -> None:
        with self._write(N_("save the reminder")) as conn:
            conn.executemany(
                "UPDATE reminders SET notified_at = ? WHERE id = ?",
                [(to_stamp(at or now()), rid) for rid in reminder_ids],
            )

    def finish_reminder(self, reminder_id: int, at: datetime | None = None) -> Reminder:
        with self._write(N_("mark the reminder done")) as conn:
            conn.execute(
                "UPDATE reminders SET done_at = ? WHERE id = ? AND done_at IS NULL",
                (to_stamp(at or now()), reminder_id),
            )
        return self._must_reminder(reminder_id)

    def snooze_reminder(self, reminder_id: int, due: datetime) -> Reminder:
        """Due again at `due`, announced again then."""
        with self._write(N_("snooze the reminder")) as conn:
            conn.execute(
                "UPDATE reminders SET due_at = ?, done_at = NULL, notified_at = NULL WHERE id = ?",
                (to_stamp(due), reminder_id),
            )
        return self._must_reminder(reminder_id)

    def _must_reminder(self, reminder_id: int) -> Reminder:
        found = self.reminder(reminder_id)
        if found is None:
            words = _("no reminder #{number}; `calmdesk followups` lists them")
            raise ValueError(words.format(number=reminder_id))
        return found


def _reminder(row: tuple[Any, ...]) -> Reminder:
    return Reminder(
        id=int(row[0]),
        kind=str(row[1]),
        due=from_stamp(int(row[2])),
        note=str(row[3]),
        complaint_id=int(row[4]) if row[4] is not None else None,
        done=from_stamp(int(row[5])) if row[5] is not None else None,
    )
