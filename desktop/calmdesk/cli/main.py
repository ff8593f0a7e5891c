"""Command line: `calmdesk` starts the tray app; the subcommands work headless and never import Qt."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from calmdesk import __version__
from calmdesk.cli.errors import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, CommandError
from calmdesk.core.languages import SUPPORTED
from calmdesk.core.model import CATEGORY_KEYS, CHANNELS, STEP_KEYS
from calmdesk.core.printable import printable, shorten
from calmdesk.core.shortcut import shortcut_problem

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="calmdesk",
        description="Calm, ready-made replies for difficult customer conversations. "
        "Without a command, starts the tray app.",
    )
    parser.add_argument("--version", action="version", version=f"calmdesk {__version__}")
    parser.add_argument(
        "--packs",
        action="append",
        default=[],
        metavar="DIR",
        type=Path,
        help="also load the phrase packs in DIR (repeatable)",
    )
    parser.add_argument(
        "--hotkey",
        metavar="SEQ",
        type=_shortcut,
        help='global shortcut for this run, e.g. "Ctrl+Alt+Space"',
    )
    parser.add_argument("--verbose", action="store_true", help="log details to stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    search = commands.add_parser("search", help="find phrases, best match first")
    search.add_argument("query", nargs="*", help="words to look for (typos are fine)")
    search.add_argument("--category", metavar="CATEGORY", help="only this category (key or label)")
    search.add_argument("--limit", type=_positive_int, default=10, help="at most N results (default 10)")
    search.add_argument("--json", action="store_true", help="print a JSON array")
    search.add_argument(
        "--stdin", action="store_true", help="read one query per line; print one result line per query"
    )
    _add_lang(search)

    listing = commands.add_parser("list", help="list every phrase")
    listing.add_argument("--category", metavar="CATEGORY", help="only this category (key or label)")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    _add_lang(listing)

    categories = commands.add_parser("categories", help="list the phrase categories")
    categories.add_argument("--json", action="store_true", help="print a JSON array")
    _add_lang(categories)

    checklist = commands.add_parser("checklist", help="print the complaint checklist with its tips")
    checklist.add_argument("--json", action="store_true", help="print a JSON array")
    _add_lang(checklist)

    for name, text in (("render", "print a phrase with its blanks filled"), ("copy", "copy a filled phrase")):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("phrase_id", metavar="ID")
        sub.add_argument(
            "--set",
            action="append",
            default=[],
            metavar="NAME=VALUE",
            dest="values",
            help="fill the blank NAME (repeatable)",
        )
        _add_lang(sub)

    tone = commands.add_parser(
        "check",
        help="check the tone of a draft reply (exit 1 with findings)",
        description="Point out the words that make an upset customer angrier, with what to say instead. "
        "Exit 0 when the draft reads well, 1 with findings, 2 when it cannot be read.",
    )
    tone.add_argument("target", nargs="?", metavar="FILE", help="the draft; - reads it from stdin")
    tone.add_argument("--json", action="store_true", help="print a JSON array of findings")
    _add_lang(tone)
    tone.add_argument(
        "--customer", metavar="NAME", help="the customer's name (default: the current complaint's)"
    )
    mood = tone.add_mutually_exclusive_group()
    mood.add_argument(
        "--angry",
        dest="angry",
        action="store_const",
        const=True,
        help="the customer is upset: an apology and a next step are expected (the default, unless "
        "the current complaint's anger is below 3)",
    )
    mood.add_argument(
        "--calm", dest="angry", action="store_const", const=False, help="the customer is not upset"
    )
    tone.add_argument(
        "--phrases",
        nargs="*",
        type=Path,
        metavar="PACK",
        help="check the phrases of these pack files or folders (none: every loaded phrase) instead",
    )

    reading = commands.add_parser(
        "read",
        help="read a customer's message: topic, anger, asks, threats, order number, name",
        description="Read a customer's message (offline): what it is about, how angry it is, what the "
        "customer asks for and threatens, their order number, name and e-mail, whether they need it by a "
        "time, and the phrases that answer it. Always exits 0 once the message could be read.",
    )
    reading.add_argument("target", metavar="FILE", help="the message; - reads it from stdin")
    reading.add_argument("--json", action="store_true", help="print one JSON object")

    stats = commands.add_parser("stats", help="your own statistics (local only, never sent anywhere)")
    stats.add_argument("--json", action="store_true", help="print a JSON object")

    pack = commands.add_parser("pack", help="work with phrase pack files")
    pack_commands = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    check = pack_commands.add_parser("check", help="validate pack files; exit 1 on any problem")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")

    history = commands.add_parser("history", help="your phrase use and search memory (local only)")
    history_actions = history.add_subparsers(dest="history_command", metavar="ACTION", required=True)
    history_actions.add_parser(
        "clear", help="forget which phrases you used and what you searched for (favourites stay)"
    )

    _add_import_export(commands)
    _add_complaint_parsers(commands)

    show = commands.add_parser("show", help="open the picker of the running app (starts it if needed)")
    show.add_argument("--checklist", action="store_true", help="open the checklist panel instead")
    commands.add_parser("toggle", help="open or close the picker of the running app")
    commands.add_parser("edit", help="open the phrase editor of the running app (starts it if needed)")
    commands.add_parser("doctor", help="report what works on this desktop")
    autostart = commands.add_parser("autostart", help="start CalmDesk when you log in: on, off or status")
    autostart.add_argument("action", choices=("on", "off", "status"), metavar="on|off|status")
    autostart.add_argument("--json", action="store_true", help="print a JSON object")
    return parser


def _add_lang(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--lang",
        choices=SUPPORTED,
        help="the phrases in this language, English where one has none (default: the settings' "
        "language, else the locale's)",
    )


# The same as calmdesk.core.importers' (a test keeps them equal); spelt here so that parsing the command line
# does not import the YAML library for every command.
IMPORT_FORMATS = ("calmdesk", "csv", "espanso", "beeftext")
EXPORT_FORMATS = ("calmdesk", "csv")


def _add_import_export(commands: Any) -> None:
    importer = commands.add_parser(
        "import", help="add phrases from Espanso, Beeftext, CSV or a CalmDesk pack"
    )
    importer.add_argument("format", choices=IMPORT_FORMATS, metavar="FORMAT", help=", ".join(IMPORT_FORMATS))
    importer.add_argument("path", type=Path, metavar="PATH", help="the file (or Espanso folder) to read")
    importer.add_argument("--dry-run", action="store_true", help="show what would be added; write nothing")
    importer.add_argument("--json", action="store_true", help="print the preview as JSON")
    importer.add_argument(
        "--category",
        choices=CATEGORY_KEYS,
        default="solution",
        help="category for phrases whose words do not suggest one (default: solution)",
    )
    importer.add_argument(
        "--replace", action="store_true", help="overwrite your phrases that have the same id"
    )
    exporter = commands.add_parser("export", help="write your phrases as a CalmDesk pack or CSV")
    exporter.add_argument("format", choices=EXPORT_FORMATS, metavar="FORMAT", help=", ".join(EXPORT_FORMATS))
    exporter.add_argument("path", type=Path, metavar="PATH")
    exporter.add_argument("--all", action="store_true", help="every loaded phrase, not only your own")
    exporter.add_argument("--force", action="store_true", help="overwrite PATH if it exists")
    commands.add_parser("backup", help="back up your CalmDesk data now (the newest backups are kept)")
    restore = commands.add_parser(
        "restore", help="go back to a backup (your current data is backed up first)"
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="a backup, e.g. from `calmdesk backup`")


def _add_complaint_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    complaint = commands.add_parser("complaint", help="the current complaint: start, switch, tick, close")
    actions = complaint.add_subparsers(dest="complaint_command", metavar="ACTION", required=True)
    new = actions.add_parser("new", help="start a complaint (every field optional); it becomes current")
    new.add_argument("--customer", default="", metavar="NAME", help="the customer's name")
    new.add_argument("--channel", choices=CHANNELS, help="where the conversation happens")
    new.add_argument("--ticket", default="", metavar="REF", help="ticket or order reference")
    new.add_argument("--topic", default="", metavar="TEXT", help="what it is about, in a few words")
    new.add_argument("--anger", type=_anger, metavar="1-5", help="how angry the customer is, 1 to 5")
    new.add_argument(
        "--lang",
        choices=SUPPORTED,
        default="",
        help="the customer's language: its phrases are offered and copied (default: your content language)",
    )
    listing = actions.add_parser("list", help="list the open complaints (* = current)")
    switch = actions.add_parser("switch", help="make another open complaint the current one")
    switch.add_argument("complaint_id", type=_positive_int, metavar="ID")
    status = actions.add_parser("status", help="the current complaint: fields, values and every step")
    step = actions.add_parser("step", help="tick a checklist step of the current complaint")
    step.add_argument(
        "step",
        metavar="STEP",
        help="its number (1-12), its title as the panel shows it, or its key: " + ", ".join(STEP_KEYS),
    )
    step.add_argument("--undo", action="store_true", help="mark it not done again")
    close = actions.add_parser("close", help="close the current complaint")
    close.add_argument(
        "--follow-up", metavar="WHEN", help="remind me to follow up: 4h, 2d, friday 15:00, 2026-12-24 09:00"
    )
    history = actions.add_parser("history", help="closed complaints, latest first")
    history.add_argument("--csv", type=Path, metavar="FILE", help="write them to a CSV file")
    for sub in (new, listing, switch, status, step, close, history):
        sub.add_argument("--json", action="store_true", help="print JSON")

    followups = commands.add_parser("followups", help="reminders: follow-ups, check-ins and promises")
    followups.add_argument("--due", action="store_true", help="only the ones due now")
    followups.add_argument("--done", type=_positive_int, metavar="ID", help="mark reminder ID done")
    followups.add_argument(
        "--snooze", nargs=2, metavar=("ID", "IN"), help="remind again IN from now (10m, 4h, 2d)"
    )
    followups.add_argument("--json", action="store_true", help="print JSON")


def _anger(text: str) -> int:
    value = _positive_int(text)
    if value > 5:
        raise argparse.ArgumentTypeError("must be 1 to 5")
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _shortcut(text: str) -> str:
    problem = shortcut_problem(text)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return text.strip()


def main(argv: Sequence[str] | None = None) -> int:
    _never_fail_on_encoding()
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="calmdesk: %(levelname)s: %(message)s",
    )
    try:
        return _dispatch(args)
    except CommandError as error:
        print(f"calmdesk: {printable(str(error), multiline=True)}", file=sys.stderr)
        return error.status
    except BrokenPipeError:
        # `calmdesk list | head`: the reader left; that is not an error. Point stdout at devnull so the
        # interpreter's final flush does not complain a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the last guard: no traceback reaches the user, the log keeps it
        log.debug("unexpected failure", exc_info=True)
        message = printable(shorten(str(error), 300))
        print(f"calmdesk: unexpected error: {message} (run with --verbose for details)", file=sys.stderr)
        return EXIT_PROBLEM


def _never_fail_on_encoding() -> None:
    """A console that cannot show a character (PYTHONIOENCODING=ascii, an old Windows code page) gets an
    escape such as \\xe9 in its place instead of an "unexpected error" after half the output."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # a closed or unusual stream: leave it as it is
                log.debug("could not reconfigure %r", stream)


def _dispatch(args: argparse.Namespace) -> int:
    # Imports stay inside the branches: each command pays only for what it uses, and the headless ones
    # never load Qt.
    from calmdesk.cli import phrase_commands as commands

    if args.command is None:
        from calmdesk.app.main import run

        return run(hotkey=args.hotkey, pack_dirs=tuple(args.packs))
    if args.command == "show" and args.checklist:
        return commands.remote("checklist")
    if args.command in ("show", "toggle", "edit"):
        return commands.remote(args.command)
    if args.command in ("complaint", "followups"):
        return _complaint(args)
    if args.command == "doctor":
        return commands.doctor(args.packs)
    if args.command == "autostart":
        from calmdesk.cli.autostart_commands import autostart

        return autostart(args.action, as_json=args.json)
    if args.command == "history":
        return commands.clear_history()
    if args.command == "stats":
        from calmdesk.cli import stats_commands

        return stats_commands.stats(commands.Session.load(args.packs), as_json=args.json)
    if args.command == "check":
        from calmdesk.cli import check_commands

        return check_commands.check(
            commands.Session.load(args.packs, args.lang),
            args.target,
            args.phrases or (),
            extra_dirs=tuple(args.packs),
            customer=args.customer,
            angry=args.angry,
            phrases=args.phrases is not None,
            as_json=args.json,
        )
    if args.command == "read":
        from calmdesk.cli import read_commands

        return read_commands.read(args.target, extra_dirs=tuple(args.packs), as_json=args.json)
    if args.command == "pack":
        return commands.pack_check(args.files, args.packs)
    if args.command in ("import", "export", "backup", "restore"):
        from calmdesk.cli import import_commands as commands_import

        if args.command == "backup":
            return commands_import.backup_now()
        if args.command == "restore":
            return commands_import.restore_from(args.file)
        if args.command == "import":
            return commands_import.import_phrases(
                args.format,
                args.path,
                extra_dirs=list(args.packs),
                dry_run=args.dry_run,
                as_json=args.json,
                category=args.category,
                replace=args.replace,
            )
        return commands_import.export_phrases(
            args.format, args.path, extra_dirs=list(args.packs), everything=args.all, force=args.force
        )
    session = commands.Session.load(args.packs, getattr(args, "lang", None))
    if args.command == "search":
        if args.stdin:
            return session.search_stdin(category=args.category, limit=args.limit)
        return session.search(
            " ".join(args.query), category=args.category, limit=args.limit, as_json=args.json
        )
    if args.command == "list":
        return session.list_phrases(category=args.category, as_json=args.json)
    if args.command == "categories":
        return session.categories(as_json=args.json)
    if args.command == "checklist":
        return session.checklist(as_json=args.json)
    if args.command in ("render", "copy"):
        return session.render(args.phrase_id, args.values, copy=args.command == "copy")
    raise CommandError(f"unknown command {args.command!r}", EXIT_USAGE)


def _complaint(args: argparse.Namespace) -> int:
    from calmdesk.cli import complaint_commands as cc

    if args.command == "followups":
        snooze = None
        if args.snooze:
            try:
                snooze = (int(args.snooze[0]), args.snooze[1])
            except ValueError:
                raise CommandError(
                    f"--snooze takes ID IN, not {' '.join(args.snooze)!r}", EXIT_USAGE
                ) from None
        return cc.followups(due_only=args.due, done_id=args.done, snooze=snooze, as_json=args.json)
    action, as_json = args.complaint_command, args.json
    if action == "new":
        return cc.new(
            customer=args.customer,
            channel=args.channel or "",
            ticket=args.ticket,
            topic=args.topic,
            anger=args.anger,
            lang=args.lang,
            as_json=as_json,
        )
    if action == "list":
        return cc.list_open(as_json=as_json)
    if action == "switch":
        return cc.switch(args.complaint_id, as_json=as_json)
    if action == "status":
        return cc.status(as_json=as_json)
    if action == "step":
        return cc.step(_step_key(args.step), undo=args.undo, as_json=as_json)
    if action == "close":
        return cc.close(follow_up=args.follow_up, as_json=as_json)
    return cc.history(csv_file=args.csv, as_json=as_json)


def _step_key(typed: str) -> str:
    """The step the agent named ("2", "Empathise", "take ownership", "listen"), or a clear usage error."""
    from calmdesk.core.content import load_checklist
    from calmdesk.core.step_names import step_key_for

    key = step_key_for(typed, load_checklist()[0])
    if key is None:
        raise CommandError(
            f"no checklist step {printable(typed)!r}: give its number (1-12), its title as the panel "
            f"shows it (Listen, Take ownership) or its key ({', '.join(STEP_KEYS)})",
            EXIT_USAGE,
        )
    return key
