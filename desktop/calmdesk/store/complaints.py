"""Complaints in the user database: every change one committed transaction, read fresh (see FreshTable)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from calmdesk.core.complaint import Complaint, Copied, StepMark, check_fields
from calmdesk.core.complaint_time import ENDED_BY_CLOSING, Reminder
from calmdesk.core.messages import N_
from calmdesk.core.messages import gettext as _
from calmdesk.core.model import STEP_KEYS
from calmdesk.store.complaint_readings import ReadingRows
from calmdesk.store.errors import StoreError
from calmdesk.store.reminders import MAX_VALUE_CHARS, ReminderRows
from calmdesk.store.transactions import from_stamp, now, to_stamp

__all__ = ["HISTORY_LIMIT", "MAX_VALUE_CHARS", "ComplaintBook", "from_stamp", "to_stamp"]

HISTORY_LIMIT = 500
# The columns _build reads, in its order (lang last: added by migration 6).
_COLUMNS = "id, customer, channel, ticket, topic, anger, started_at, closed_at, lang"


class ComplaintBook(ReminderRows, ReadingRows):
    """The complaints (and, from ReminderRows, the reminders; from ReadingRows, the messages' readings) in one
    SQLite connection of a UserStore."""

    # -- complaints -------------------------------------------------------------------------------------

    def new(
        self,
        *,
        customer: str = "",
        channel: str = "",
        ticket: str = "",
        topic: str = "",
        anger: int | None = None,
        lang: str = "",
        at: datetime | None = None,
    ) -> Complaint:
        """Start a complaint and make it the current one. Raises ValueError on bad fields."""
        customer, ticket, topic = customer.strip(), ticket.strip(), topic.strip()
        problems = check_fields(
            customer=customer, channel=channel, ticket=ticket, topic=topic, anger=anger, lang=lang
        )
        if problems:
            raise ValueError("; ".join(problems))
        with self._write(N_("start the complaint")) as conn:
            cursor = conn.execute(
                "INSERT INTO complaints (customer, channel, ticket, topic, anger, started_at, lang) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (customer, channel, ticket, topic, anger, to_stamp(at or now()), lang),
            )
            complaint_id = int(cursor.lastrowid or 0)
            conn.execute("UPDATE current_complaint SET complaint_id = ? WHERE only = 1", (complaint_id,))
        found = self.get(complaint_id)
        assert found is not None
        return found

    def get(self, complaint_id: int) -> Complaint | None:
        row = self._read(
            f"SELECT {_COLUMNS} FROM complaints WHERE id = ?",
            (complaint_id,),
        )
        return self._build(row[0]) if row else None

    def current(self) -> Complaint | None:
        """The current complaint: the one chosen last, or (if that one was closed) the newest open one."""
        current_id = self.current_id()
        return self.get(current_id) if current_id is not None else None

    def current_id(self) -> int | None:
        rows = self._read(
            "SELECT c.id FROM current_complaint cc JOIN complaints c ON c.id = cc.complaint_id "
            "WHERE c.closed_at IS NULL"
        )
        if rows:
            return int(rows[0][0])
        rows = self._read(
            "SELECT id FROM complaints WHERE closed_at IS NULL ORDER BY started_at DESC LIMIT 1"
        )
        return int(rows[0][0]) if rows else None

    def open_complaints(self) -> list[Complaint]:
        """Every open complaint, oldest first (the order they came in)."""
        rows = self._read(
            f"SELECT {_COLUMNS} FROM complaints WHERE closed_at IS NULL ORDER BY started_at, id"
        )
        return [self._build(row) for row in rows]

    def history(self, limit: int = HISTORY_LIMIT) -> list[Complaint]:
        """Closed complaints, the latest closed first."""
        rows = self._read(
            f"SELECT {_COLUMNS} FROM complaints "
            "WHERE closed_at IS NOT NULL ORDER BY closed_at DESC, id DESC LIMIT ?",
            (max(0, limit),),
        )
        return [self._build(row) for row in rows]

    def switch(self, complaint_id: int) -> Complaint:
        """Make an open complaint the current one. Raises ValueError when there is no such open one."""
        complaint = self.get(complaint_id)
        if complaint is None or not complaint.is_open:
            words = _("no open complaint #{number}; `calmdesk complaint list` shows them")
            raise ValueError(words.format(number=complaint_id))
        with self._write(N_("switch complaints")) as conn:
            conn.execute("UPDATE current_complaint SET complaint_id = ? WHERE only = 1", (complaint_id,))
        return complaint

    def tick(
        self, step: str, *, undo: bool = False, complaint_id: int | None = None, at: datetime | None = None
    ) -> Complaint:
        """Tick (or undo) a step of a complaint (default: the current one); returns it as it now is."""
        if step not in STEP_KEYS:
            words = _("unknown step {step}; the steps are {steps}")
            raise ValueError(words.format(step=repr(step), steps=", ".join(STEP_KEYS)))
        target = self._target(complaint_id)
        with self._write(N_("save the step")) as conn:
            if undo:
                conn.execute(
                    "DELETE FROM complaint_steps WHERE complaint_id = ? AND step = ?", (target, step)
                )
            else:
                # A tick made twice (two windows) keeps its first time.
                conn.execute(
                    "INSERT INTO complaint_steps (complaint_id, step, done_at) VALUES (?, ?, ?) "
                    "ON CONFLICT DO NOTHING",
                    (target, step, to_stamp(at or now())),
                )
        return self._must_get(target)

    def remember(self, values: Mapping[str, str], *, complaint_id: int | None = None) -> None:
        """Keep blanks typed for this complaint (order number, ...); they fill its later phrases."""
        if not values:
            return
        for name, value in values.items():
            if not name or len(value) > MAX_VALUE_CHARS:
                words = (
                    _("the value of {name} is longer than {limit} characters")
                    if name
                    else _("the value of a blank is longer than {limit} characters")
                )
                raise ValueError(words.format(name=name, limit=MAX_VALUE_CHARS))
        target = self._target(complaint_id)
        with self._write(N_("remember the values")) as conn:
            conn.executemany(
                "INSERT INTO complaint_values (complaint_id, name, value) VALUES (?, ?, ?) "
                "ON CONFLICT (complaint_id, name) DO UPDATE SET value = excluded.value",
                [(target, name, value) for name, value in values.items()],
            )

    def record_copy(
        self,
        phrase_id: str,
        *,
        asks: bool = False,
        complaint_id: int | None = None,
        at: datetime | None = None,
    ) -> None:
        """A phrase went to the customer; `asks`: it asked them something (core.complaint.asks_customer)."""
        target = self._target(complaint_id)
        with self._write(N_("record the reply")) as conn:
            conn.execute(
                "INSERT INTO complaint_copies (complaint_id, phrase_id, copied_at, asks) VALUES (?, ?, ?, ?)",
                (target, phrase_id, to_stamp(at or now()), int(asks)),
            )

    def customer_replied(self, *, complaint_id: int | None = None, at: datetime | None = None) -> Complaint:
        """The customer wrote (or spoke) again: their wait for the agent starts now."""
        target = self._target(complaint_id)
        with self._write(N_("record the customer's reply")) as conn:
            conn.execute(
                "INSERT INTO complaint_replies (complaint_id, replied_at) VALUES (?, ?)",
                (target, to_stamp(at or now())),
            )
        return self._must_get(target)

    def close(self, *, complaint_id: int | None = None, at: datetime | None = None) -> Complaint:
        """Close a complaint (default: the current one); the newest other open one becomes current."""
        return self.close_with_follow_up(complaint_id=complaint_id, at=at)[0]

    def close_with_follow_up(
        self,
        *,
        complaint_id: int | None = None,
        at: datetime | None = None,
        follow_up: datetime | None = None,
        note: str | None = None,
    ) -> tuple[Complaint, Reminder | None]:
        """Close a complaint (default: the current one) and add its follow-up due at `follow_up`, at once.

        Its check-ins end with it (nobody is waiting any more); promises and follow-ups stay.
        The complaint is chosen inside the write transaction: two closes at the same moment (two
        terminals, the panel and the CLI) close two complaints, never one twice with two reminders.
        `note`: the follow-up's text (default "Follow up with <the complaint's label>").
        """
        reminder_id = 0
        stamp = to_stamp(at or now())
        with self._write(N_("close the complaint")) as conn:
            target = self._target(complaint_id)
            conn.execute(
                "UPDATE complaints SET closed_at = ? WHERE id = ? AND closed_at IS NULL", (stamp, target)
            )
            conn.executemany(
                "UPDATE reminders SET done_at = ? WHERE complaint_id = ? AND kind = ? AND done_at IS NULL",
                [(stamp, target, kind) for kind in ENDED_BY_CLOSING],
            )
            conn.execute(
                "UPDATE current_complaint SET complaint_id = (SELECT id FROM complaints "
                "WHERE closed_at IS NULL ORDER BY started_at DESC, id DESC LIMIT 1) WHERE only = 1 AND "
                "(complaint_id IS NULL OR complaint_id = ?)",
                (target,),
            )
            if follow_up is not None:
                if note is None:
                    note = _("Follow up with {complaint}").format(complaint=self._must_get(target).label())
                cursor = conn.execute(
                    "INSERT INTO reminders (complaint_id, kind, note, due_at) VALUES (?, 'follow_up', ?, ?)",
                    (target, note[:MAX_VALUE_CHARS], to_stamp(follow_up)),
                )
                reminder_id = int(cursor.lastrowid or 0)
        return self._must_get(target), self._must_reminder(reminder_id) if reminder_id else None

    def _target(self, complaint_id: int | None) -> int:
        if complaint_id is None:
            current = self.current_id()
            if current is None:
                raise ValueError(_("no complaint is open; start one with `calmdesk complaint new`"))
            return current
        complaint = self.get(complaint_id)
        if complaint is None or not complaint.is_open:
            raise ValueError(_("no open complaint #{number}").format(number=complaint_id))
        return complaint_id

    def _must_get(self, complaint_id: int) -> Complaint:
        found = self.get(complaint_id)
        if found is None:
            words = _("Complaint #{number} vanished from {path} while it was saved.")
            raise StoreError(words.format(number=complaint_id, path=self.path))
        return found

    def _build(self, row: tuple[Any, ...]) -> Complaint:
        cid = int(row[0])
        values = dict(
            self._read(
                "SELECT name, value FROM complaint_values WHERE complaint_id = ? ORDER BY name", (cid,)
            )
        )
        steps = self._read("SELECT step, done_at FROM complaint_steps WHERE complaint_id = ?", (cid,))
        order = {key: n for n, key in enumerate(STEP_KEYS)}
        marks = sorted(
            (StepMark(str(step), from_stamp(int(stamp))) for step, stamp in steps if step in order),
            key=lambda mark: order[mark.step],
        )
        copies = self._read(
            "SELECT phrase_id, copied_at, asks FROM complaint_copies WHERE complaint_id = ? "
            "ORDER BY copied_at, id",
            (cid,),
        )
        replies = self._read(
            "SELECT replied_at FROM complaint_replies WHERE complaint_id = ? ORDER BY replied_at, id", (cid,)
        )
        anger = row[5]
        return Complaint(
            id=cid,
            started=from_stamp(int(row[6])),
            customer=str(row[1]),
            channel=str(row[2]),
            ticket=str(row[3]),
            topic=str(row[4]),
            anger=int(anger) if isinstance(anger, int) else None,
            values={str(k): str(v) for k, v in values.items()},
            done=tuple(marks),
            copied=tuple(Copied(str(pid), from_stamp(int(stamp)), bool(asks)) for pid, stamp, asks in copies),
            customer_replies=tuple(from_stamp(int(stamp)) for (stamp,) in replies),
            closed=from_stamp(int(row[7])) if row[7] is not None else None,
            lang=str(row[8]),
        )
