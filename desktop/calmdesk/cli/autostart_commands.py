"""`calmdesk autostart on|off|status`: start CalmDesk with the desktop session, or stop doing so."""

from __future__ import annotations

import json
from argparse import Namespace

from calmdesk.cli.errors import EXIT_OK, EXIT_PROBLEM, CommandError
from calmdesk.core.messages import gettext as _
from calmdesk.core.printable import printable
from calmdesk.system.autostart import AutostartError, AutostartStatus, for_this_system

ACTIONS = ("on", "off", "status")


def autostart(action: str, *, as_json: bool = False) -> int:
    place = for_this_system()
    try:
        if action == "on":
            state = place.enable()
        elif action == "off":
            state = place.disable()
        else:
            state = place.status()
    except AutostartError as error:
        raise CommandError(str(error), EXIT_PROBLEM) from error
    if as_json:
        print(
            json.dumps(
                {
                    "enabled": state.enabled,
                    "where": state.where,
                    "command": state.command,
                    "problem": state.problem,
                }
            )
        )
    else:
        print(_describe(state))
    return EXIT_OK if not state.problem or action == "status" else EXIT_PROBLEM


def _describe(state: AutostartStatus) -> str:
    where = printable(state.where)
    if state.problem:
        message = _("CalmDesk does not start with your session: {file} {problem}.")
        return message.format(file=where, problem=printable(state.problem))
    if state.enabled:
        message = _("CalmDesk starts with your session ({file}: {command}).")
        return message.format(file=where, command=printable(state.command))
    return _("CalmDesk does not start with your session ({file} is absent or switched off).").format(
        file=where
    )


def run_autostart(args: Namespace) -> int:
    """`calmdesk autostart`, as cli.table names it."""
    return autostart(args.action, as_json=args.json)
