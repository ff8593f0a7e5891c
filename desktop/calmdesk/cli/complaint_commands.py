"""The headless complaint and follow-up commands: `calmdesk complaint ...` and `calmdesk followups`."""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from calmdesk.cli.errors import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, CommandError, already_exists, cannot_write
from calmdesk.core.complaint import Complaint, next_step
from calmdesk.core.complaint_time import (
    AGENT,
    Reminder,
    due_first,
    duration,
    history_row,
    parse_in,
    reply_clock,
)
from calmdesk.core.content import load_checklist
from calmdesk.core.history_csv import write_history_csv
from calmdesk.core.human_time import when_words
from calmdesk.core.messages import gettext as _
from calmdesk.core.messages import ngettext
from calmdesk.core.model import STEP_KEYS
from calmdesk.core.printable import printable
from calmdesk.core.reminder_time import follow_up_time
from calmdesk.core.safefile import FileRefused, os_error_text
from calmdesk.core.step_names import SHOWN_STEP_KEYS, shown_key
from calmdesk.store.complaints import ComplaintBook
from calmdesk.store.errors import StoreError
from calmdesk.store.settings import Settings, load_settings


@contextmanager
def open_book() -> Iterator[ComplaintBook]:
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


def _settings() -> Settings:
    settings, _problems = load_settings()  # problems are reported by the commands that use the content
    return settings


def _now() -> datetime:
    return datetime.now(UTC)


def _local(moment: datetime | None) -> str:
    return when_words(moment, datetime.now().astimezone()) if moment else ""


def _minutes(span: timedelta) -> str:
    seconds = int(span.total_seconds())
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


def complaint_json(
    complaint: Complaint, now: datetime, settings: Settings, current_id: int | None
) -> dict[str, Any]:
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


def _summary(complaint: Complaint) -> str:
    parts = [complaint.label()]
    parts += [
        p for p in (complaint.channel, complaint.ticket if complaint.customer else "", complaint.topic) if p
    ]
    if complaint.anger:
        parts.append(_("anger {level}").format(level=complaint.anger))
    if complaint.lang:
        parts.append(complaint.lang)
    return " · ".join(parts)


def _say(line: str) -> None:
    """A line for a person: names and values typed by people never put control characters on a terminal."""
    print(printable(line))


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def new(
    *,
    customer: str,
    channel: str,
    ticket: str,
    topic: str,
    anger: int | None,
    as_json: bool,
    lang: str = "",
) -> int:
    with open_book() as book:
        complaint = book.new(
            customer=customer, channel=channel or "", ticket=ticket, topic=topic, anger=anger, lang=lang
        )
        if as_json:
            _print_json(complaint_json(complaint, _now(), _settings(), complaint.id))
        else:
            message = _("Started complaint #{id}: {summary} (now current)")
            _say(message.format(id=complaint.id, summary=_summary(complaint)))
    return EXIT_OK


def list_open(*, as_json: bool) -> int:
    now, settings = _now(), _settings()
    with open_book() as book:
        current, complaints = book.current_id(), book.open_complaints()
    if as_json:
        _print_json([complaint_json(c, now, settings, current) for c in complaints])
        return EXIT_OK
    if not complaints:
        print(_("No open complaints. Start one with `calmdesk complaint new`."), file=sys.stderr)
        return EXIT_OK
    for c in complaints:
        mark = "*" if c.id == current else " "
        clock = reply_clock(c, now, settings.reply_targets())
        how_long = _("{duration}, reply: {state}").format(
            duration=_minutes(duration(c, now)), state=clock.state
        )
        _say(f"{mark} #{c.id:<4} {_summary(c)}  ({how_long})")
    return EXIT_OK


def switch(complaint_id: int, *, as_json: bool) -> int:
    with open_book() as book:
        complaint = book.switch(complaint_id)
        if as_json:
            _print_json(complaint_json(complaint, _now(), _settings(), complaint.id))
        else:
            _say(_("Now current: #{id} {summary}").format(id=complaint.id, summary=_summary(complaint)))
    return EXIT_OK


def status(*, as_json: bool) -> int:
    now, settings = _now(), _settings()
    with open_book() as book:
        complaint = book.current()
    if complaint is None:
        if as_json:
            _print_json(None)
            return EXIT_OK
        raise CommandError(_("no complaint is open; start one with `calmdesk complaint new`"), EXIT_PROBLEM)
    if as_json:
        _print_json(complaint_json(complaint, now, settings, complaint.id))
        return EXIT_OK
    clock = reply_clock(complaint, now, settings.reply_targets())
    _say(f"#{complaint.id} {_summary(complaint)}")
    started = _("Started {when} ({duration} ago)")
    _say(started.format(when=_local(complaint.started), duration=_minutes(duration(complaint, now))))
    if clock.waiting == AGENT and clock.target is not None:
        waited = _("Waiting for the customer's answer: {duration} of {target} ({state})")
    elif clock.waiting == AGENT:
        waited = _("Waiting for the customer's answer: {duration}")
    elif clock.target is not None:
        waited = _("Waiting for a reply: {duration} of {target} ({state})")
    else:
        waited = _("Waiting for a reply: {duration}")
    target = _minutes(clock.target) if clock.target is not None else ""
    _say(waited.format(duration=_minutes(clock.waited), target=target, state=clock.state))
    for name, value in complaint.values.items():
        _say(f"  {name} = {value}")
    steps, _problems = load_checklist()
    titles = {step.key: step.title for step in steps}
    done = {mark.step: mark.at for mark in complaint.done}
    upcoming = next_step(complaint)
    for number, key in enumerate(STEP_KEYS, start=1):
        box = "[x]" if key in done else "[ ]"
        when = f"  {_local(done[key])}" if key in done else ("  " + _("<- next") if key == upcoming else "")
        _say(f"{box} {number:>2}. {titles.get(key, key)} ({shown_key(key)}){when}")
    return EXIT_OK


def step(step_key: str, *, undo: bool, as_json: bool) -> int:
    with open_book() as book:
        complaint = book.tick(step_key, undo=undo)
    if as_json:
        _print_json(complaint_json(complaint, _now(), _settings(), complaint.id))
    else:
        after = next_step(complaint)
        if undo:
            message = _("#{id}: {step} not done; next: {next}") if after else _("#{id}: {step} not done")
        else:
            message = (
                _("#{id}: {step} done; next: {next}") if after else _("#{id}: {step} done; every step done")
            )
        _say(
            message.format(id=complaint.id, step=shown_key(step_key), next=shown_key(after) if after else "")
        )
    return EXIT_OK


def replied(*, as_json: bool) -> int:
    """The customer wrote again: the reply clock of the current complaint restarts from now."""
    now = _now()
    with open_book() as book:
        if book.current_id() is None:
            raise CommandError(
                _("no complaint is open; start one with `calmdesk complaint new`"), EXIT_PROBLEM
            )
        complaint = book.customer_replied(at=now)
    if as_json:
        _print_json(complaint_json(complaint, now, _settings(), complaint.id))
    else:
        message = _("#{id} {summary}: the customer replied; the reply clock starts again")
        _say(message.format(id=complaint.id, summary=_summary(complaint)))
    return EXIT_OK


def close(*, follow_up: str | None, as_json: bool) -> int:
    now = _now()
    work = _settings().working_time()
    due = None
    if follow_up:
        try:
            due = follow_up_time(follow_up, now.astimezone(), work)
        except ValueError as error:  # checked before closing: a typo must not close it
            raise CommandError(str(error), EXIT_USAGE) from None
    with open_book() as book:
        try:
            # Which complaint is current is read inside the closing transaction (another close may be
            # running at this very moment), and the follow-up is written in the same one.
            closed, reminder = book.close_with_follow_up(at=now, follow_up=due)
        except ValueError:
            raise CommandError(_("no complaint is open; nothing to close"), EXIT_PROBLEM) from None
        following = book.current()
    if as_json:
        result = complaint_json(closed, now, _settings(), None)
        result["follow_up"] = _reminder_json(reminder) if reminder else None
        _print_json(result)
        return EXIT_OK
    message = _("Closed #{id} {summary} after {duration}")
    _say(message.format(id=closed.id, summary=_summary(closed), duration=_minutes(duration(closed, now))))
    if reminder is not None:
        _say(_("Follow-up #{id} due {when}").format(id=reminder.id, when=_local(reminder.due)))
    if following is not None:
        _say(_("Now current: #{id} {summary}").format(id=following.id, summary=_summary(following)))
    return EXIT_OK


def history_rows(complaints: list[Complaint], settings: Settings, now: datetime) -> list[dict[str, Any]]:
    return [history_row(c, settings.reply_targets(), now.astimezone()) for c in complaints]


def history(*, csv_file: Path | None, as_json: bool, force: bool = False) -> int:
    now, settings = _now(), _settings()
    with open_book() as book:
        rows = history_rows(book.history(), settings, now)
    if csv_file is not None:
        write_csv(rows, csv_file, force=force)
        wrote = ngettext("Wrote {count} complaint to {file}", "Wrote {count} complaints to {file}", len(rows))
        print(wrote.format(count=len(rows), file=csv_file), file=sys.stderr)
        return EXIT_OK
    if as_json:
        _print_json(rows)
        return EXIT_OK
    if not rows:
        print(_("No closed complaints yet."), file=sys.stderr)
    for row in rows:
        who = row["customer"] or row["ticket"] or f"#{row['id']}"
        met = {"yes": _("target met"), "no": _("target missed"), "": _("no target")}[row["reply_target_met"]]
        steps = _("{done}/{all} steps").format(done=row["steps_done"], all=len(STEP_KEYS))
        copied = row["phrases_copied"]
        phrases = ngettext("{count} phrase", "{count} phrases", copied).format(count=copied)
        _say(
            f"#{row['id']:<4} {row['closed'][:16].replace('T', ' ')}  {who}  {row['channel'] or '-'}  "
            f"{row['duration_minutes']} min  {steps}  {phrases}  {met}"
        )
    return EXIT_OK


def write_csv(rows: list[dict[str, Any]], path: Path, *, force: bool = False) -> None:
    try:
        write_history_csv(rows, path, overwrite=force)
    except FileExistsError:
        raise CommandError(already_exists(path), EXIT_PROBLEM) from None
    except FileRefused as refused:
        raise CommandError(cannot_write(refused), EXIT_PROBLEM) from None
    except OSError as error:
        raise CommandError(cannot_write(path, os_error_text(error)), EXIT_PROBLEM) from None


def _reminder_json(reminder: Reminder) -> dict[str, Any]:
    return {
        "id": reminder.id,
        "kind": reminder.kind,
        "due": reminder.due.isoformat(),
        "note": reminder.note,
        "complaint_id": reminder.complaint_id,
        "done": reminder.done.isoformat() if reminder.done else None,
    }


def followups(*, due_only: bool, done_id: int | None, snooze: tuple[int, str] | None, as_json: bool) -> int:
    now = _now()
    with open_book() as book:
        if done_id is not None:
            changed = book.finish_reminder(done_id)
        elif snooze is not None:
            span = parse_in(snooze[1])
            if span is None:
                message = _("cannot read {given!r} as a span: write it like 10m, 4h or 2d")
                raise CommandError(message.format(given=snooze[1]), EXIT_USAGE)
            changed = book.snooze_reminder(snooze[0], now + span)
        else:
            changed = None
        reminders = due_first(book.reminders(include_done=not due_only), now)
    if changed is not None:
        if as_json:
            _print_json(_reminder_json(changed))
        else:
            state = _("done") if changed.done else _("due {when}").format(when=_local(changed.due))
            _say(_("Reminder #{id}: {state}").format(id=changed.id, state=state))
        return EXIT_OK
    if due_only:
        reminders = [r for r in reminders if r.is_due(now)]
    if as_json:
        _print_json([{**_reminder_json(r), "is_due": r.is_due(now)} for r in reminders])
        return EXIT_OK
    if not reminders:
        print(_("No follow-ups.") if not due_only else _("Nothing due."), file=sys.stderr)
    for r in reminders:
        state = "DUE " if r.is_due(now) else ("done" if r.done else "    ")
        _say(f"{state} #{r.id:<4} {_local(r.due)}  {r.kind:<9} {r.note}")
    return EXIT_OK


# -- the commands, as the table in cli.table names them ----------------------------------------------------


def run_new(args: Namespace) -> int:
    return new(
        customer=args.customer,
        channel=args.channel or "",
        ticket=args.ticket,
        topic=args.topic,
        anger=args.anger,
        lang=args.lang,
        as_json=args.json,
    )


def run_list(args: Namespace) -> int:
    return list_open(as_json=args.json)


def run_switch(args: Namespace) -> int:
    return switch(args.complaint_id, as_json=args.json)


def run_status(args: Namespace) -> int:
    return status(as_json=args.json)


def run_step(args: Namespace) -> int:
    return step(_step_key(args.step), undo=args.undo, as_json=args.json)


def run_replied(args: Namespace) -> int:
    return replied(as_json=args.json)


def run_close(args: Namespace) -> int:
    return close(follow_up=args.follow_up, as_json=args.json)


def run_history(args: Namespace) -> int:
    return history(csv_file=args.csv, as_json=args.json, force=args.force)


def run_followups(args: Namespace) -> int:
    if args.window:
        from calmdesk.cli.window_commands import remote

        return remote("followups")
    snooze = None
    if args.snooze:
        try:
            snooze = (int(args.snooze[0]), args.snooze[1])
        except ValueError:
            message = _("--snooze takes ID IN, not {given!r}").format(given=" ".join(args.snooze))
            raise CommandError(message, EXIT_USAGE) from None
    return followups(due_only=args.due, done_id=args.done, snooze=snooze, as_json=args.json)


def _step_key(typed: str) -> str:
    """The step the agent named ("2", "Empathise", "take ownership", "listen"), or a clear usage error."""
    from calmdesk.core.step_names import step_key_for

    key = step_key_for(typed, load_checklist()[0])
    if key is None:
        message = _(
            "no checklist step {given!r}: give its number (1-12), its title as the panel shows it (Listen, "
            "Take ownership) or its key ({keys})"
        )
        raise CommandError(
            message.format(given=printable(typed), keys=", ".join(SHOWN_STEP_KEYS)), EXIT_USAGE
        )
    return key
