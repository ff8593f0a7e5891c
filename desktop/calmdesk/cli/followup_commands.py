"""Closed complaints and reminders: `calmdesk complaint history` (also as CSV) and `calmdesk followups`."""

from __future__ import annotations

import sys
from argparse import Namespace
from datetime import datetime
from pathlib import Path
from typing import Any

from calmdesk.cli.complaint_book import (
    local_words,
    open_book,
    print_json,
    reminder_json,
    saved_settings,
    say,
    utc_now,
)
from calmdesk.cli.errors import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, CommandError, already_exists, cannot_write
from calmdesk.core.complaint import Complaint
from calmdesk.core.complaint_time import due_first, history_row, parse_in
from calmdesk.core.history_csv import write_history_csv
from calmdesk.core.messages import gettext as _
from calmdesk.core.messages import ngettext
from calmdesk.core.model import STEP_KEYS
from calmdesk.core.safefile import FileRefused, os_error_text
from calmdesk.store.settings import Settings


def history_rows(complaints: list[Complaint], settings: Settings, now: datetime) -> list[dict[str, Any]]:
    return [history_row(c, settings.reply_targets(), now.astimezone()) for c in complaints]


def history(*, csv_file: Path | None, as_json: bool, force: bool = False) -> int:
    now, settings = utc_now(), saved_settings()
    with open_book() as book:
        rows = history_rows(book.history(), settings, now)
    if csv_file is not None:
        write_csv(rows, csv_file, force=force)
        wrote = ngettext("Wrote {count} complaint to {file}", "Wrote {count} complaints to {file}", len(rows))
        print(wrote.format(count=len(rows), file=csv_file), file=sys.stderr)
        return EXIT_OK
    if as_json:
        print_json(rows)
        return EXIT_OK
    if not rows:
        print(_("No closed complaints yet."), file=sys.stderr)
    for row in rows:
        who = row["customer"] or row["ticket"] or f"#{row['id']}"
        met = {"yes": _("target met"), "no": _("target missed"), "": _("no target")}[row["reply_target_met"]]
        steps = _("{done}/{all} steps").format(done=row["steps_done"], all=len(STEP_KEYS))
        copied = row["phrases_copied"]
        phrases = ngettext("{count} phrase", "{count} phrases", copied).format(count=copied)
        say(
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


def followups(*, due_only: bool, done_id: int | None, snooze: tuple[int, str] | None, as_json: bool) -> int:
    now = utc_now()
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
            print_json(reminder_json(changed))
        else:
            state = _("done") if changed.done else _("due {when}").format(when=local_words(changed.due))
            say(_("Reminder #{id}: {state}").format(id=changed.id, state=state))
        return EXIT_OK
    if due_only:
        reminders = [r for r in reminders if r.is_due(now)]
    if as_json:
        print_json([{**reminder_json(r), "is_due": r.is_due(now)} for r in reminders])
        return EXIT_OK
    if not reminders:
        print(_("No follow-ups.") if not due_only else _("Nothing due."), file=sys.stderr)
    for r in reminders:
        state = "DUE " if r.is_due(now) else ("done" if r.done else "    ")
        say(f"{state} #{r.id:<4} {local_words(r.due)}  {r.kind:<9} {r.note}")
    return EXIT_OK


# -- the commands, as the table in cli.table names them ----------------------------------------------------


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
