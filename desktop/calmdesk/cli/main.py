"""Command line: `calmdesk` starts the tray app; the subcommands work headless and never import Qt."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from calmdesk import __version__
from calmdesk.cli.arguments import shortcut
from calmdesk.cli.errors import EXIT_OK, EXIT_PROBLEM, CommandError
from calmdesk.cli.table import COMMANDS, Command
from calmdesk.core import messages
from calmdesk.core.messages import gettext as _
from calmdesk.core.printable import printable, shorten

if TYPE_CHECKING:
    from typing import Any, NoReturn

__all__ = ["build_parser", "main"]

log = logging.getLogger(__name__)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for `argv`, built no further than `argv` needs; with argv None, every command whole.

    A command line that names a command gets that command's parser alone: every command's arguments cost
    more to build than `calmdesk --version` takes in all. One that names none (the tray app, --help, a
    mistyped command) gets every command by name and help, for the list in --help and the error that names
    the choices.
    """
    chosen = None if argv is None else _command_named(argv)
    parser = _top_parser(argparse.ArgumentParser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    if argv is None:
        _add_commands(subparsers, COMMANDS)
    elif chosen is not None:
        _add_commands(subparsers, [command for command in COMMANDS if command.name == chosen])
    else:
        for command in COMMANDS:
            subparsers.add_parser(command.name, help=_(command.help), description=_description(command))
    return parser


def _top_parser(
    kind: type[argparse.ArgumentParser], *, checked: bool = True, **options: Any
) -> argparse.ArgumentParser:
    """The options before the command; unchecked, their values are only skipped (the scout's)."""
    parser = kind(
        prog="calmdesk",
        description=_(
            "Calm, ready-made replies for difficult customer conversations. Without a command, starts the "
            "tray app."
        ),
        **options,
    )
    if checked:  # the scout must not print it: the real parser does
        version = f"calmdesk {__version__}"
        parser.add_argument(
            "--version", action="version", version=version, help=_("show the version and exit")
        )
    parser.add_argument(
        "--packs",
        action="append",
        default=[],
        metavar="DIR",
        type=Path if checked else str,
        help=_("also load the phrase packs in DIR (repeatable)"),
    )
    parser.add_argument(
        "--hotkey",
        metavar="SEQ",
        type=shortcut if checked else str,
        help=_('global shortcut for this run, e.g. "Ctrl+Alt+Space"'),
    )
    parser.add_argument("--verbose", action="store_true", help=_("log details to stderr"))
    return parser


class _NoCommand(Exception):
    """The command line names no command the scout could see."""


class _Scout(argparse.ArgumentParser):
    """Reads the top-level options and the first word after them; says nothing itself, exits never."""

    def error(self, message: str) -> NoReturn:
        raise _NoCommand(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        raise _NoCommand(message or "")


def _command_named(argv: Sequence[str]) -> str | None:
    """The command `argv` names, if it names one of the table's; the real parser then says what is wrong.

    Read by the top-level options themselves, so that `--packs search list` runs `list`."""
    scout = _top_parser(_Scout, checked=False, add_help=False)
    scout.add_argument("words", nargs=argparse.REMAINDER)
    try:
        known, _unknown = scout.parse_known_args(argv)
    except _NoCommand:
        return None
    names = {command.name for command in COMMANDS}
    first = next(iter(known.words), None)
    return first if first in names else None


def _add_commands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], commands: Sequence[Command]
) -> None:
    for command in commands:
        sub = subparsers.add_parser(command.name, help=_(command.help), description=_description(command))
        command.arguments(sub)
        if command.actions:
            actions = sub.add_subparsers(dest=f"{command.name}_command", metavar="ACTION", required=True)
            _add_commands(actions, command.actions)
        else:
            sub.set_defaults(run=command.run)


def _description(command: Command) -> str | None:
    # The table marks its texts with N_(); they are translated here, once the language is known.
    return _(command.description) if command.description else None


def main(argv: Sequence[str] | None = None) -> int:
    _never_fail_on_encoding()
    messages.install(os.environ)
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv).parse_args(argv)
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
        text = _("unexpected error: {message} (run with --verbose for details)").format(message=message)
        print(f"calmdesk: {text}", file=sys.stderr)
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
    if args.command is None:
        from calmdesk.app.main import run

        return run(hotkey=args.hotkey, pack_dirs=tuple(args.packs))
    # Imported only now: each command pays only for what it uses, and the headless ones never load Qt.
    module, function = args.run.split(":")
    result: int = getattr(importlib.import_module(module), function)(args)
    return result
