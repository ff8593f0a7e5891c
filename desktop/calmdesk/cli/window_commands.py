"""Window commands (show, toggle, edit, settings, about) sent to the running app, started if none runs."""

from __future__ import annotations

import sys
import time
from argparse import Namespace

from calmdesk.cli.errors import EXIT_OK, EXIT_PROBLEM, CommandError
from calmdesk.core.messages import gettext as _

# How long `calmdesk show` waits for an app it had to start before giving up on it.
START_TIMEOUT_S = 10.0


def remote(command: str) -> int:
    """Pass a window command (`show`, `toggle`, `checklist`, `edit`, `settings`, ...) to the running app;
    start one (then that window shown) when none runs."""
    import subprocess

    from calmdesk.system.display import missing_display
    from calmdesk.system.instance import send_command, send_summon

    def send(command: str) -> bool:
        # show and toggle carry the launcher's activation token: on Wayland it lets the picker take focus.
        return send_summon(command) if command in ("show", "toggle") else send_command(command)

    if send(command):
        return EXIT_OK
    problem = missing_display()
    if problem:
        message = _("CalmDesk is not running and cannot start: {reason}")
        raise CommandError(message.format(reason=problem), EXIT_PROBLEM)
    # Detached, with its own session, so the app outlives this short command and the terminal it came from.
    app = subprocess.Popen(
        [sys.executable, "-m", "calmdesk"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    first = "show" if command == "toggle" else command  # a fresh app has nothing to toggle
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        time.sleep(0.05)
        if send(first):
            return EXIT_OK
        if app.poll() is not None:
            break  # it ended at start (it failed, or handed over to an instance that won the race)
    if send(first):
        return EXIT_OK
    raise CommandError(_("started CalmDesk, but it did not answer; run `calmdesk` to see why"), EXIT_PROBLEM)


def run_show(args: Namespace) -> int:
    return remote("checklist" if args.checklist else "show")


def run_remote(args: Namespace) -> int:
    """`toggle`, `edit`, `settings`, `about`: the running app does it (started first when none runs)."""
    return remote(args.command)
