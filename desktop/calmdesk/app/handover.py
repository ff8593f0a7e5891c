"""A second `calmdesk` start hands its options (--packs, --hotkey) to the one already running.

They used to be dropped without a word ("already running; opened its phrase search", exit 0). Now each is
sent over the IPC protocol and the running app says what it did with it; what it could not apply is said
plainly, and the exit status is 1. Stdlib only: this runs before (and instead of) any Qt start-up.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from calmdesk.core.printable import printable
from calmdesk.system.instance import send_request
from calmdesk.system.ipc_protocol import REPLY_OK

HANDED_OVER = "calmdesk: already running; opened its phrase search."


def hand_over(hotkey: str | None, pack_dirs: Sequence[Path], *, timeout: float = 5.0) -> int | None:
    """Give the running instance the options, then show its picker; the exit status, or None if none runs.

    A folder is sent as an absolute path: the running app started somewhere else.
    """
    options = [("packs", str(Path(folder).absolute())) for folder in pack_dirs]
    if hotkey is not None:
        options.append(("hotkey", hotkey))
    status = 0
    for number, (command, argument) in enumerate(options):
        # Loading a big team folder can take a moment; the first request also tells whether one runs.
        reply = send_request(command, argument, timeout=timeout if number else 1.0)
        if reply is None and number == 0:
            return None
        shown = printable(argument)
        if reply is None:
            _say(f"--{command} {shown} was not applied: the running CalmDesk did not answer.")
            status = 1
            continue
        verdict, message = reply
        if verdict == REPLY_OK:
            _say(message or f"--{command} {shown} was applied to the running CalmDesk.")
        else:
            reason = message or "this CalmDesk is too old to take it while it runs"
            _say(f"--{command} {shown} was not applied: {reason}. Quit CalmDesk and start it with it.")
            status = 1
    shown_ok = send_request("show") is not None
    if not shown_ok and not options:
        return None
    print(HANDED_OVER, file=sys.stderr)
    return status


def _say(text: str) -> None:
    print(f"calmdesk: {printable(text)}", file=sys.stderr)
