"""Command line: `calmdesk` starts the tray app; the subcommands work headless and never import Qt."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from calmdesk import __version__
from calmdesk.cli.errors import EXIT_OK, EXIT_PROBLEM, CommandError
from calmdesk.cli.table import COMMANDS, Command, shortcut
from calmdesk.core import messages
from calmdesk.core.messages import gettext as _
from calmdesk.core.printable import printable, shorten

__all__ = ["build_parser", "main"]

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="calmdesk",
        description=_(
            "Calm, ready-made replies for difficult customer conversations. Without a command, starts the "
            "tray app."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"calmdesk {__version__}", help=_("show the version and exit")
    )
    parser.add_argument(
        "--packs",
        action="append",
        default=[],
        metavar="DIR",
        type=Path,
        help=_("also load the phrase packs in DIR (repeatable)"),
    )
    parser.add_argument(
        "--hotkey",
        metavar="SEQ",
        type=shortcut,
        help=_('global shortcut for this run, e.g. "Ctrl+Alt+Space"'),
    )
    parser.add_argument("--verbose", action="store_true", help=_("log details to stderr"))
    _add_commands(parser.add_subparsers(dest="command", metavar="COMMAND"), COMMANDS)
    return parser


def _add_commands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], commands: Sequence[Command]
) -> None:
    for command in commands:
        # The table marks its texts with N_(); they are translated here, once the language is known.
        description = _(command.description) if command.description else None
        sub = subparsers.add_parser(command.name, help=_(command.help), description=description)
        command.arguments(sub)
        if command.actions:
            actions = sub.add_subparsers(dest=f"{command.name}_command", metavar="ACTION", required=True)
            _add_commands(actions, command.actions)
        else:
            sub.set_defaults(run=command.run)


def main(argv: Sequence[str] | None = None) -> int:
    _never_fail_on_encoding()
    messages.install(os.environ)
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
