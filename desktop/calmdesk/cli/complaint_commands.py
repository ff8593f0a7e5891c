"""The headless complaint and follow-up commands: `calmdesk complaint ...` and `calmdesk followups`."""

from __future__ import annotations

import sys
from argparse import Namespace
from datetime import timedelta

from calmdesk.cli.complaint_book import (
    complaint_json,
    local_words,
    open_book,
    print_json,
    reminder_json,
    saved_settings,
    say,
    utc_now,
)
from calmdesk.cli.errors import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, CommandError
from calmdesk.core.complaint import Complaint, next_step
from calmdesk.core.complaint_time import (
    AGENT,
    duration,
    reply_clock,
)
from calmdesk.core.content import load_checklist
from calmdesk.core.messages import gettext as _
from calmdesk.core.model import STEP_KEYS
from calmdesk.core.printable import printable
from calmdesk.core.reminder_time import follow_up_time
from calmdesk.core.step_names import SHOWN_STEP_KEYS, shown_key


def _minutes(span: timedelta) -> str:
    seconds = int(span.total_seconds())
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


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
            print_json(complaint_json(complaint, utc_now(), saved_settings(), complaint.id))
        else:
            message = _("Started complaint #{id}: {summary} (now current)")
            say(message.format(id=complaint.id, summary=_summary(complaint)))
    return EXIT_OK


def list_open(*, as_json: bool) -> int:
    now, settings = utc_now(), saved_settings()
    with open_book() as book:
        current, complaints = book.current_id(), book.open_complaints()
    if as_json:
        print_json([complaint_json(c, now, settings, current) for c in complaints])
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
        say(f"{mark} #{c.id:<4} {_summary(c)}  ({how_long})")
    return EXIT_OK


def switch(complaint_id: int, *, as_json: bool) -> int:
    with open_book() as book:
        complaint = book.switch(complaint_id)
        if as_json:
            print_json(complaint_json(complaint, utc_now(), saved_settings(), complaint.id))
        else:
            say(_("Now current: #{id} {summary}").format(id=complaint.id, summary=_summary(complaint)))
    return EXIT_OK


def status(*, as_json: bool) -> int:
    now, settings = utc_now(), saved_settings()
    with open_book() as book:
        complaint = book.current()
    if complaint is None:
        if as_json:
            print_json(None)
            return EXIT_OK
        raise CommandError(_("no complaint is open; start one with `calmdesk complaint new`"), EXIT_PROBLEM)
    if as_json:
        print_json(complaint_json(complaint, now, settings, complaint.id))
        return EXIT_OK
    clock = reply_clock(complaint, now, settings.reply_targets())
    say(f"#{complaint.id} {_summary(complaint)}")
    started = _("Started {when} ({duration} ago)")
    say(started.format(when=local_words(complaint.started), duration=_minutes(duration(complaint, now))))
    if clock.waiting == AGENT and clock.target is not None:
        waited = _("Waiting for the customer's answer: {duration} of {target} ({state})")
    elif clock.waiting == AGENT:
        waited = _("Waiting for the customer's answer: {duration}")
    elif clock.target is not None:
        waited = _("Waiting for a reply: {duration} of {target} ({state})")
    else:
        waited = _("Waiting for a reply: {duration}")
    target = _minutes(clock.target) if clock.target is not None else ""
    say(waited.format(duration=_minutes(clock.waited), target=target, state=clock.state))
    for name, value in complaint.values.items():
        say(f"  {name} = {value}")
    steps, _problems = load_checklist()
    titles = {step.key: step.title for step in steps}
    done = {mark.step: mark.at for mark in complaint.done}
    upcoming = next_step(complaint)
    for number, key in enumerate(STEP_KEYS, start=1):
        box = "[x]" if key in done else "[ ]"
        when = (
            f"  {local_words(done[key])}" if key in done else ("  " + _("<- next") if key == upcoming else "")
        )
        say(f"{box} {number:>2}. {titles.get(key, key)} ({shown_key(key)}){when}")
    return EXIT_OK


def step(step_key: str, *, undo: bool, as_json: bool) -> int:
    with open_book() as book:
        complaint = book.tick(step_key, undo=undo)
    if as_json:
        print_json(complaint_json(complaint, utc_now(), saved_settings(), complaint.id))
    else:
        after = next_step(complaint)
        if undo:
            message = _("#{id}: {step} not done; next: {next}") if after else _("#{id}: {step} not done")
        else:
            message = (
                _("#{id}: {step} done; next: {next}") if after else _("#{id}: {step} done; every step done")
            )
        say(message.format(id=complaint.id, step=shown_key(step_key), next=shown_key(after) if after else ""))
    return EXIT_OK


def replied(*, as_json: bool) -> int:
    """The customer wrote again: the reply clock of the current complaint restarts from now."""
    now = utc_now()
    with open_book() as book:
        if book.current_id() is None:
            raise CommandError(
                _("no complaint is open; start one with `calmdesk complaint new`"), EXIT_PROBLEM
            )
        complaint = book.customer_replied(at=now)
    if as_json:
        print_json(complaint_json(complaint, now, saved_settings(), complaint.id))
    else:
        message = _("#{id} {summary}: the customer replied; the reply clock starts again")
        say(message.format(id=complaint.id, summary=_summary(complaint)))
    return EXIT_OK


def close(*, follow_up: str | None, as_json: bool) -> int:
    now = utc_now()
    work = saved_settings().working_time()
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
        result = complaint_json(closed, now, saved_settings(), None)
        result["follow_up"] = reminder_json(reminder) if reminder else None
        print_json(result)
        return EXIT_OK
    message = _("Closed #{id} {summary} after {duration}")
    say(message.format(id=closed.id, summary=_summary(closed), duration=_minutes(duration(closed, now))))
    if reminder is not None:
        say(_("Follow-up #{id} due {when}").format(id=reminder.id, when=local_words(reminder.due)))
    if following is not None:
        say(_("Now current: #{id} {summary}").format(id=following.id, summary=_summary(following)))
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
