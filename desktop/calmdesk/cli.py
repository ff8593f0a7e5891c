"""Command line: `calmdesk` starts the tray app; the subcommands work headless and never import Qt."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from calmdesk import __version__
from calmdesk.core.model import CATEGORY_KEYS
from calmdesk.core.printable import printable, shorten
from calmdesk.core.shortcut import shortcut_problem
from calmdesk.errors import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, CommandError

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
    search.add_argument("--category", choices=CATEGORY_KEYS, help="only this category")
    search.add_argument("--limit", type=_positive_int, default=10, help="at most N results (default 10)")
    search.add_argument("--json", action="store_true", help="print a JSON array")
    search.add_argument(
        "--stdin", action="store_true", help="read one query per line; print one result line per query"
    )

    listing = commands.add_parser("list", help="list every phrase")
    listing.add_argument("--category", choices=CATEGORY_KEYS, help="only this category")
    listing.add_argument("--json", action="store_true", help="print a JSON array")

    categories = commands.add_parser("categories", help="list the phrase categories")
    categories.add_argument("--json", action="store_true", help="print a JSON array")

    checklist = commands.add_parser("checklist", help="print the complaint checklist with its tips")
    checklist.add_argument("--json", action="store_true", help="print a JSON array")

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

    pack = commands.add_parser("pack", help="work with phrase pack files")
    pack_commands = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    check = pack_commands.add_parser("check", help="validate pack files; exit 1 on any problem")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")

    commands.add_parser("show", help="open the picker of the running app (starts it if needed)")
    commands.add_parser("toggle", help="open or close the picker of the running app")
    commands.add_parser("doctor", help="report what works on this desktop")
    return parser


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
    from calmdesk import commands

    if args.command is None:
        from calmdesk.app import run

        return run(hotkey=args.hotkey, pack_dirs=tuple(args.packs))
    if args.command in ("show", "toggle"):
        return commands.remote(args.command)
    if args.command == "doctor":
        return commands.doctor()
    if args.command == "pack":
        return commands.pack_check(args.files)
    session = commands.Session.load(args.packs)
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
