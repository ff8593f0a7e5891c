"""Said once, at the very first start, where CalmDesk went: a new tray icon is easy to miss."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from calmdesk.core.messages import gettext as _

if TYPE_CHECKING:
    from calmdesk.system.autostart import Autostart

log = logging.getLogger(__name__)

MARKER = "welcomed"
INTRODUCED = "introduced"  # the first-start question for the agent's name and company was asked
# Long enough to read twice; it must not sit over the checklist panel (top right) until clicked away.
WELCOME_MS = 20_000


def welcome_once(state_dir: Path, show: Callable[[], bool]) -> bool:
    """Call `show` unless this profile was welcomed before, and remember it once `show` says it showed.

    True when the welcome was shown now. A welcome nobody could see (no notification server yet) is tried
    again at the next start; a state folder that cannot be written only means another welcome, never a
    failed start.
    """
    marker = state_dir / MARKER
    if marker.exists() or not show():
        return False
    try:
        state_dir.mkdir(parents=True, exist_ok=True)
        from calmdesk.core.safefile import write_atomically  # only on the first start

        write_atomically(marker, "CalmDesk showed its first-start welcome here.\n")
    except OSError as exc:
        log.warning(_("could not remember the first-start welcome: %(reason)s"), {"reason": exc})
    return True


def introduce_once(state_dir: Path, signed: bool, show: Callable[[], None]) -> bool:
    """Ask once per profile for the agent's name and company (`show`), unless both are set (`signed`).

    Asked once, whatever the answer: "Later" means not now, and Settings holds the same fields. Without
    the answer, phrases stop at "Your name: required" or go out reading "[Agent name] from [Company]".
    """
    marker = state_dir / INTRODUCED
    if signed or marker.exists():
        return False
    show()
    try:
        state_dir.mkdir(parents=True, exist_ok=True)
        marker.write_text("CalmDesk asked for the agent's name and company here.\n", encoding="utf-8")
    except OSError as exc:
        log.warning(_("could not remember the first-start question: %(reason)s"), {"reason": exc})
    return True


def welcome(hotkey: str | None, tray: bool, *, offer_autostart: bool = True) -> bool:
    """The first start's notification: the key that opens the picker and, with a tray, what its menu holds.

    Where CalmDesk does not start with the session yet, it offers that once, as a button ("Start with my
    session") where the notification server has buttons, else in words; not with `offer_autostart` False
    (the first start's question window offers it then). Only through the desktop's notification server:
    a window or a balloon at every first start would be in the way, and where no server runs the start-up
    notices already say how to reach CalmDesk. Without a working key nothing is
    said here; the hotkey notice tells what to do instead.
    """
    if not hotkey:
        return False
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QKeySequence

    from calmdesk.store import paths
    from calmdesk.system.autostart import for_this_system
    from calmdesk.system.notify import freedesktop_notify

    key = QKeySequence(hotkey).toString(QKeySequence.SequenceFormat.NativeText)
    body = QCoreApplication.translate("Welcome", "Press %s beside your chat to find a phrase.") % key
    if tray:
        body += " " + QCoreApplication.translate(
            "Welcome", "The tray icon's menu has the complaint checklist, your phrases and the settings."
        )
    title = QCoreApplication.translate("Welcome", "CalmDesk is running")
    login = for_this_system()
    if not (offer_autostart and login.supported and not login.status().enabled):
        return welcome_once(paths.state_dir(), lambda: freedesktop_notify(title, body, expire_ms=WELCOME_MS))

    def offer() -> bool:
        # Offered once, with the welcome: the agent decides; nothing is written to the session unasked.
        from calmdesk.system.notify_action import notify_with_button

        button = QCoreApplication.translate("Welcome", "Start with my session")
        listener = notify_with_button(
            title, body, button, expire_ms=WELCOME_MS, parent=QCoreApplication.instance()
        )
        if listener is not None:
            listener.pressed.connect(lambda: start_with_session(login, freedesktop_notify))
            return True
        in_words = QCoreApplication.translate(
            "Welcome",
            "To have it ready at every login, tick “Start CalmDesk when you log in” in the settings "
            "(or run: calmdesk autostart on).",
        )
        return freedesktop_notify(title, f"{body} {in_words}", expire_ms=WELCOME_MS)

    return welcome_once(paths.state_dir(), offer)


def start_with_session(login: Autostart, notify: Callable[..., bool]) -> bool:
    """The welcome's button was pressed: write the autostart entry, and say how it went."""
    from PySide6.QtCore import QCoreApplication

    from calmdesk.system.autostart import AutostartError

    try:
        login.enable()
    except AutostartError as error:
        title = QCoreApplication.translate("Welcome", "CalmDesk cannot start with your session")
        notify(title, str(error), urgent=True)
        return False
    notify(
        QCoreApplication.translate("Welcome", "CalmDesk will start with your session"),
        QCoreApplication.translate(
            "Welcome", "It will be ready at every login. The settings can turn this off."
        ),
        expire_ms=WELCOME_MS,
    )
    return True
