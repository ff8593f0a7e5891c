"""What the complaint commands share: the complaint book opened for one command, the time, text and JSON."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from calmdesk.cli.errors import EXIT_PROBLEM, EXIT_USAGE, CommandError
from calmdesk.core.complaint import Complaint, next_step
from calmdesk.core.complaint_time import Reminder, reply_clock
from calmdesk.core.human_time import when_words
from calmdesk.core.model import STEP_KEYS
from calmdesk.core.printable import printable
from calmdesk.core.step_names import shown_key
from calmdesk.store.complaints import ComplaintBook
from calmdesk.store.errors import StoreError
from calmdesk.store.settings import Settings, load_settings


@contextmanager
def open_book() -> Iterator[ComplaintBook]:
    """The data file's complaints, for one command; its errors become CommandError with the right exit."""
    from calmdesk.store.userstore import UserStore

    try:
        store = UserStore.open()
    except StoreError as error:
        raise CommandError(str(error), EXIT_PROBLEM) from None
    with store:
        try:
            yield store.complaints
        except ValueError as error:  # a bad id, step or field: the message says which
            raise CommandError(str(error), EXIT_USAGE) from None
        except StoreError as error:
            raise CommandError(str(error), EXIT_PROBLEM) from None


def saved_settings() -> Settings:
    """The saved settings; their problems are reported by the commands that use the content."""
    settings, _problems = load_settings()
    return settings


def utc_now() -> datetime:
    """Now, as the store keeps times."""
    return datetime.now(UTC)


def local_words(moment: datetime | None) -> str:
    """`moment` in words for the agent's clock ("today 14:30"); "" for none."""
    return when_words(moment, datetime.now().astimezone()) if moment else ""


def say(line: str) -> None:
    """A line for a person: names and values typed by people never put control characters on a terminal."""
    print(printable(line))


def print_json(value: object) -> None:
    """JSON for scripts, its text as typed (not escaped to ASCII)."""
    print(json.dumps(value, ensure_ascii=False, indent=2))


def reminder_json(reminder: Reminder) -> dict[str, Any]:
    """A reminder as `--json` prints it."""
    return {
        "id": reminder.id,
        "kind": reminder.kind,
        "due": reminder.due.isoformat(),
        "note": reminder.note,
        "complaint_id": reminder.complaint_id,
        "done": reminder.done.isoformat() if reminder.done else None,
    }


def complaint_json(
    complaint: Complaint, now: datetime, settings: Settings, current_id: int | None
) -> dict[str, Any]:
    """A complaint as `--json` prints it: its fields, steps, copies and reply clock."""
    clock = reply_clock(complaint, now, settings.reply_targets())
    done = {mark.step: mark.at for mark in complaint.done}
    return {
        "id": complaint.id,
        "current": complaint.id == current_id,
        "customer": complaint.customer,
        "channel": complaint.channel,
        "ticket": complaint.ticket,
        "topic": complaint.topic,
        "anger": complaint.anger,
        "lang": complaint.lang,
        "started": complaint.started.isoformat(),
        "closed": complaint.closed.isoformat() if complaint.closed else None,
        "values": dict(complaint.values),
        "steps": [
            {
                "key": shown_key(key),
                "done": key in done,
                "done_at": done[key].isoformat() if key in done else None,
            }
            for key in STEP_KEYS
        ],
        "next_step": shown_key(upcoming) if (upcoming := next_step(complaint)) else None,
        "copied": [{"phrase_id": c.phrase_id, "at": c.at.isoformat()} for c in complaint.copied],
        "reply": {
            "waited_seconds": int(clock.waited.total_seconds()),
            "target_seconds": int(clock.target.total_seconds()) if clock.target else None,
            "state": clock.state,
            "waiting": clock.waiting,
        },
    }
