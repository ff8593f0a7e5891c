"""`calmdesk stats`: the agent's own statistics from the local store (never sent anywhere)."""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from datetime import datetime

from calmdesk.cli.errors import EXIT_OK, EXIT_PROBLEM, CommandError
from calmdesk.cli.session import Session, ascii_only
from calmdesk.core.messages import gettext as _
from calmdesk.core.printable import printable
from calmdesk.core.stats import Stats, compute
from calmdesk.store.errors import StoreError

# Every closed complaint counts, up to this many: years of work for one agent, read in well under a second.
HISTORY_READ = 100_000


def load_stats(session: Session, now: datetime | None = None) -> Stats:
    from calmdesk.store.userstore import UserStore

    try:
        with UserStore.open() as store:
            usage = store.usage_counts()
            complaints = [*store.complaints.open_complaints(), *store.complaints.history(HISTORY_READ)]
            worked = store.worked_counts()
    except StoreError as error:
        raise CommandError(str(error), EXIT_PROBLEM) from None
    moment = now or datetime.now().astimezone()
    return compute(usage, [p.id for p in session.library.phrases], complaints, moment, worked=worked)


def stats(session: Session, *, as_json: bool) -> int:
    result = load_stats(session)
    print(_("Local only: these figures never leave this computer."), file=sys.stderr)
    if as_json:
        print(json.dumps(result.to_json(), ensure_ascii=ascii_only(), indent=2))
        return EXIT_OK
    title = {p.id: p.title for p in session.library.phrases}
    lines = [f"Phrases: {result.phrases_used} of {result.phrases_total} used"]
    lines += [f"  {n:>4}  {title.get(pid, pid)}  [{pid}]" for pid, n in result.most_used]
    if result.least_used:
        lines.append("Least used (at least once):")
        lines += [f"  {n:>4}  {title.get(pid, pid)}  [{pid}]" for pid, n in result.least_used]
    lines.append(f"Never used: {len(result.never_used)}")
    lines.append(f"Complaints: {result.complaints} ({result.closed} closed)")
    lines.append("  per day: " + "  ".join(f"{d:%d %b} {n}" for d, n in result.per_day))
    lines.append("  per channel: " + "  ".join(f"{c or 'none'} {n}" for c, n in result.per_channel.items()))
    median = result.median_close_minutes
    lines.append(f"  median time to close: {'-' if median is None else f'{median:g} min'}")
    lines.append(f"  reply targets: {result.targets_met} met, {result.targets_missed} missed")
    if result.skipped_steps:
        lines.append("  steps most often skipped: " + ", ".join(f"{s} {n}" for s, n in result.skipped_steps))
    for line in lines:
        print(printable(line))
    return EXIT_OK


def run_stats(args: Namespace) -> int:
    """`calmdesk stats`, as cli.table names it; `--window` opens the running app's Statistics instead."""
    if args.window:
        from calmdesk.cli.window_commands import remote

        return remote("stats")
    return stats(Session.load(args.packs), as_json=args.json)
