"""The GUI entry point: run() starts CalmDesk, the running app that answers what the agent asks of it."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QStyleFactory

from calmdesk import __version__
from calmdesk.app import guards
from calmdesk.app.desk import DeskParts
from calmdesk.app.handover import hand_over
from calmdesk.app.welcome import welcome
from calmdesk.store.settings import Settings
from calmdesk.system.display import missing_display
from calmdesk.system.instance_server import InstanceServer
from calmdesk.system.popup_window import activation, log_keyboard_focus
from calmdesk.ui.common.icons import svg_icon

log = logging.getLogger(__name__)

READY_LINE = "calmdesk: ready"
HEADLESS_HINT = "The commands work without a desktop: calmdesk search, list, checklist, render (see --help)."
HANDOVER_WAIT_S = 2.0


class CalmDesk(DeskParts):
    """The running app: answers the tray, the hotkey, `calmdesk <command>`, a second start's options and the
    settings window; says at start what went wrong and greets a first start."""

    def _connect_requests(self) -> None:
        self._server.commandReceived.connect(self._on_command)
        self._server.option_handler = self._apply_option
        self._picker.windowRequested.connect(self._on_command)  # settings, followups, stats, about
        self._picker.pasteFailed.connect(self._on_paste_failed)
        self._hotkeys.activated.connect(self._on_hotkey)
        self._windows.settingsSaved.connect(self._apply_settings)

    def apply_settings(self, settings: Settings) -> None:
        """What saving the settings dialog does: every part takes the new settings."""
        self._apply_settings(settings)

    def apply_option(self, command: str, argument: str) -> tuple[bool, str]:
        """What a second `calmdesk --packs DIR` or `--hotkey SEQ` asks of this one: (done, what to say)."""
        return self._apply_option(command, argument)

    def show_notices(self) -> None:
        """Say what went wrong during start-up, once; called when the event loop runs. The team folders are
        read on a thread meanwhile: their problems are waited for a little, to be told in the same notice."""
        self._libraries.after_teams_read(self._show_notices_now)

    def _show_notices_now(self) -> None:
        self._complaints.start()  # reminders that fell due while CalmDesk was closed show now
        asked = self._windows.introduce()  # the very first start: who is signing the replies (and login)
        # ... and where CalmDesk went; the question's window already offers to start with the session
        welcome(self._hotkeys.active, self._tray.available, offer_autostart=not asked)
        # Then what went wrong (no tray, a broken pack): after the question, not centred over it.
        self._windows.after_introduction(self._notices.flush)

    def _on_command(self, command: str, activation_token: str = "") -> None:
        """A command from `calmdesk <command>`; show and toggle may bring the launcher's activation token."""
        actions = {
            "show": self._picker.summon,
            "toggle": self._picker.toggle,
            "hide": self._picker.hide,
            "quit": self.quit,
            "checklist": self._complaints.panel.summon,
            "edit": self._windows.open_editor,
            "settings": self._windows.open_settings,
            "about": self._windows.open_about,
            "stats": self._stats.open,
            "followups": self._complaints.open_followups,
            "replied": self._complaints.customer_replied,
        }
        action = actions.get(command)
        if action is not None:
            with activation(activation_token):  # on Wayland: what lets the picker take the keyboard
                action()

    def _on_hotkey(self, activation_token: str) -> None:
        with activation(activation_token):  # the shortcut portal's, on Wayland
            self._picker.toggle()

    def _apply_option(self, command: str, argument: str) -> tuple[bool, str]:
        """--packs DIR or --hotkey KEY from a second `calmdesk` start: apply it; say what was done."""
        if command != "hotkey":
            return self._libraries.add_folder(argument)
        self._hotkeys.apply(argument)  # a key that is taken gets the usual notice and fallback
        if self._hotkeys.active == argument:
            self._hotkey_override = argument  # for this run, as if given at start
            return True, f"the running CalmDesk now listens for {argument} (for this run)."
        if self._hotkeys.backend is None:
            return False, "no global hotkey works on this desktop; bind `calmdesk show` to a key instead"
        return False, f"{argument} cannot be used (see the notice); the hotkey stays as it was"

    def _on_paste_failed(self, reason: str) -> None:
        title = self.tr("Copied, not pasted")
        if not self._tray.notify(title, reason, warning=True):
            self._notices.say(title, reason, warning=True)  # no tray balloons here: a small box instead

    def _apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        self._libraries.set_settings(settings)
        self._picker.set_settings(settings)
        self._complaints.set_settings(settings)
        if self._hotkey_override is None:  # --hotkey wins for this run; the saved key applies next start
            self._hotkeys.apply(settings.hotkey)


def make_legible(app: QApplication) -> None:
    """The desktop's style and palette, with visible unticked boxes and faint disabled buttons (dark
    palettes lacked both)."""
    from calmdesk.ui.common.legible_style import LegibleStyle, legible_palette

    base = QStyleFactory.create(app.style().name())
    if base is not None:
        app.setStyle(LegibleStyle(base))
    app.setPalette(legible_palette(app.palette()))


def _hand_over(hotkey: str | None, pack_dirs: Sequence[Path]) -> int:
    """The instance holding the lock may not be listening yet: give it a moment, then hand over."""
    deadline = time.monotonic() + HANDOVER_WAIT_S
    while (status := hand_over(hotkey, pack_dirs)) is None:
        if time.monotonic() >= deadline:
            print(
                "calmdesk: another CalmDesk holds the lock but did not answer; try again in a moment.",
                file=sys.stderr,
            )
            return 1
        time.sleep(0.1)
    return status


def run(*, hotkey: str | None = None, pack_dirs: Sequence[Path] = ()) -> int:
    """Start the tray app, or hand over to the instance already running. Returns the exit status."""
    # Fast path: a second start hands its options to the first one and shows its picker; no Qt at all.
    status = hand_over(hotkey, pack_dirs)
    if status is not None:
        return status
    problem = missing_display()
    if problem:
        print(f"calmdesk: cannot start the tray app: {problem}.\n{HEADLESS_HINT}", file=sys.stderr)
        return 1
    # Qt takes the X11 WM_CLASS instance from argv[0]; under `python -m calmdesk` that is "__main__.py".
    app = QApplication.instance() or QApplication(["calmdesk"])
    assert isinstance(app, QApplication)
    app.setApplicationName("calmdesk")  # also the X11 WM_CLASS, which window rules and tests match on
    app.setApplicationDisplayName("CalmDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("calmdesk")
    app.setQuitOnLastWindowClosed(False)  # a tray app: closing a dialog must not end it
    app.setWindowIcon(svg_icon())
    make_legible(app)
    log_keyboard_focus()  # --verbose only
    server = InstanceServer.acquire(app)
    if server is None:  # lost a start-up race with another instance: let it show itself
        return _hand_over(hotkey, pack_dirs)
    guards.log_to_file()
    # First: building CalmDesk starts the hotkey thread, which may fail.
    reporter = guards.install_excepthook()
    calmdesk = CalmDesk(server, hotkey=hotkey, pack_dirs=pack_dirs)
    # However the loop ends (tray Quit, `calmdesk quit`, Ctrl+C, the session closing), the hotkey thread,
    # the store and the lock are released before Qt tears down.
    app.aboutToQuit.connect(calmdesk.quit)
    # Notices wait for the event loop, so a message box never delays the tray or the hotkey.
    QTimer.singleShot(0, calmdesk.show_notices)
    QTimer.singleShot(0, reporter.start)
    with guards.quit_on_signals(calmdesk.quit):
        print(READY_LINE, file=sys.stderr, flush=True)
        status = app.exec()
    if guards.LEAKED_THREADS:
        guards.exit_before_shutdown(status)
    return status
