"""The GUI entry point: builds settings, library, store, search, picker, tray and hotkey, and wires them."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRect, QTimer
from PySide6.QtWidgets import QApplication, QStyleFactory

from calmdesk import __version__
from calmdesk.app import guards
from calmdesk.app.complaint_control import ComplaintControl
from calmdesk.app.handover import hand_over
from calmdesk.app.hotkey_control import HotkeyControl
from calmdesk.app.language_control import LanguageControl
from calmdesk.app.library_control import LibraryControl
from calmdesk.app.stats_control import StatsControl
from calmdesk.app.store_control import StoreControl
from calmdesk.app.welcome import welcome
from calmdesk.app.window_control import WindowControl
from calmdesk.store.settings import Settings, load_settings
from calmdesk.system import paste
from calmdesk.system.clipboard import ClipboardWriter
from calmdesk.system.display import missing_display
from calmdesk.system.instance_server import InstanceServer
from calmdesk.system.popup_window import activation, log_keyboard_focus, on_wayland
from calmdesk.ui.common import translation
from calmdesk.ui.common.accessible import AccessibleNames
from calmdesk.ui.common.icons import svg_icon
from calmdesk.ui.common.notices import Notices
from calmdesk.ui.common.screen_fit import ScreenFit
from calmdesk.ui.common.tray import Tray
from calmdesk.ui.picker.picker_window import PickerWindow

if TYPE_CHECKING:
    from calmdesk.store.userstore import UserStore

log = logging.getLogger(__name__)

READY_LINE = "calmdesk: ready"
HEADLESS_HINT = "The commands work without a desktop: calmdesk search, list, checklist, render (see --help)."
HANDOVER_WAIT_S = 2.0


class CalmDesk(QObject):
    """Owns the long-lived objects and connects their signals; holds no rules of its own."""

    def __init__(self, server: InstanceServer, *, hotkey: str | None, pack_dirs: Sequence[Path]) -> None:
        super().__init__()
        self._server = server
        self._hotkey_override = hotkey
        # Every window is fitted inside its screen as it opens (200% scaling, small laptop screens).
        self._screen_fit = ScreenFit(lambda: self._complaints.panel if self._ready else None, self)
        self._ready = False  # the panel exists once the complaint control is built
        # ... and the parts Qt builds inside widgets get names a screen reader can say.
        self._accessible_names = AccessibleNames(self)
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self._screen_fit)
            application.installEventFilter(self._accessible_names)
        self._notices = Notices(self, desktop_notify=_desktop_notify_on_wayland())
        self._settings = self._load_settings()
        # Before any window is built: every tr() after this speaks the agent's language.
        app = QCoreApplication.instance()
        if app is not None:
            translation.install(app, translation.interface_language(self._settings.interface_language))
        self._libraries = LibraryControl(self._settings, pack_dirs, self._notices, self)
        self._stores = StoreControl(self._notices, self)
        self._store = self._stores.store
        index = self._libraries.lay_over(self._stores.user_phrases)
        library = self._libraries.library
        self._tray = Tray(self._hotkey())
        clipboard = ClipboardWriter()
        self._complaints = ComplaintControl(
            library, self._settings, self._store, clipboard, self._tray, self._notices, self
        )
        self._picker = PickerWindow(
            index, library, self._settings, clipboard, self._store, paste, complaints=self._complaints.watch
        )
        self._complaints.attach_picker(self._picker)
        self._picker.set_tone_dirs(self._libraries.pack_dirs)
        self._hotkeys = HotkeyControl(self._notices, self._tray, self)
        self._stats = StatsControl(lambda: self._libraries.library, self._store, self)
        self._windows = WindowControl(
            lambda: self._settings,
            lambda: self._libraries.library,
            lambda: self._libraries.base,
            self._stores.user_phrases,
            self._store,
            self._notices,
            self,
        )
        self._quitting = False
        self._ready = True

        self._server.commandReceived.connect(self._on_command)
        self._server.option_handler = self._apply_option
        self._tray.pickerRequested.connect(self._picker.summon)
        self._tray.settingsRequested.connect(self._windows.open_settings)
        self._tray.aboutRequested.connect(self._windows.open_about)
        self._tray.editorRequested.connect(self._windows.open_editor)
        self._tray.statsRequested.connect(self._stats.open)
        self._picker.editorRequested.connect(self._windows.open_editor)
        self._picker.windowRequested.connect(self._on_command)  # settings, followups, stats, about
        self._picker.set_keep_clear(self._keep_clear)
        self._picker.placed.connect(self._windows.make_way)
        self._tray.quitRequested.connect(self.quit)
        self._notices.settingsRequested.connect(self._windows.open_settings)
        self._picker.pasteFailed.connect(self._on_paste_failed)
        self._hotkeys.activated.connect(self._on_hotkey)
        self._windows.desktop_shortcuts = self._hotkeys.desktop_dialog
        self._windows.settingsSaved.connect(self._apply_settings)
        self._windows.libraryEdited.connect(self._libraries.use)
        self._libraries.changed.connect(self._picker.set_library)
        self._libraries.changed.connect(lambda _index, library: self._complaints.set_library(library))
        self._libraries.baseChanged.connect(self._windows.set_base)
        # The data file changed under us (`calmdesk import`, a second CalmDesk): the user's phrases may have.
        self._complaints.watch.changed.connect(self._libraries.store_changed)
        # After the connections above: the complaint's language is applied to whatever library they showed.
        self._languages = LanguageControl(
            self._libraries, self._complaints.watch, self._picker, self._complaints
        )
        self._languages.follow()

        self._tray.show()
        self._hotkeys.start(self._hotkey())
        if not self._tray.available:
            self._notices.no_tray(self._hotkeys.active)  # None: no key works, so none is named

    def _keep_clear(self, want: QRect) -> tuple[list[QRect], list[QRect]]:
        """What the picker about to open at `want` must not cover (the panel's step) and had rather not (the
        panel, the first start's question, which first steps aside from `want` where the screen has room)."""
        avoid, rather_avoid = self._complaints.keep_clear()
        greeting = self._windows.make_way(want)
        return avoid, [*rather_avoid, *([greeting] if greeting is not None else [])]

    # -- its parts, by name: for tests and tools that look inside a running CalmDesk -----------------------

    @property
    def picker(self) -> PickerWindow:
        return self._picker

    @property
    def notices(self) -> Notices:
        return self._notices

    @property
    def tray(self) -> Tray:
        return self._tray

    @property
    def windows(self) -> WindowControl:
        return self._windows

    @property
    def libraries(self) -> LibraryControl:
        return self._libraries

    @property
    def complaints(self) -> ComplaintControl:
        return self._complaints

    @property
    def hotkeys(self) -> HotkeyControl:
        return self._hotkeys

    @property
    def server(self) -> InstanceServer:
        return self._server

    @property
    def store(self) -> UserStore | None:
        """The user store; None when the data file could not be opened (said once at start)."""
        return self._store

    @property
    def settings(self) -> Settings:
        return self._settings

    def apply_settings(self, settings: Settings) -> None:
        """What saving the settings dialog does: every part takes the new settings."""
        self._apply_settings(settings)

    def apply_option(self, command: str, argument: str) -> tuple[bool, str]:
        """What a second `calmdesk --packs DIR` or `--hotkey SEQ` asks of this one: (done, what to say)."""
        return self._apply_option(command, argument)

    def _load_settings(self) -> Settings:
        settings, problems = load_settings()
        if problems:
            self._notices.problems(self.tr("Some settings were not understood"), problems)
        return settings

    def _hotkey(self) -> str:
        return self._hotkey_override or self._settings.hotkey

    def show_notices(self) -> None:
        """Say what went wrong during start-up, once; called when the event loop runs. The team folders are
        read on a thread meanwhile: their problems are waited for a little, to be told in the same notice."""
        self._libraries.after_teams_read(self._show_notices_now)

    def _show_notices_now(self) -> None:
        self._notices.flush()
        self._complaints.start()  # reminders that fell due while CalmDesk was closed show now
        welcome(self._hotkeys.active, self._tray.available)  # the very first start: where CalmDesk went
        self._windows.introduce()  # ... and who is signing the replies

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

    def quit(self) -> None:
        """Release the hotkey, the store and the instance lock, then end the event loop.

        Safe to call more than once: the tray's Quit ends the loop, and aboutToQuit calls it again.
        """
        if self._quitting:
            return
        self._quitting = True
        application = QApplication.instance()
        if application is not None:
            application.removeEventFilter(self._screen_fit)
            application.removeEventFilter(self._accessible_names)
        self._picker.hide()
        self._complaints.quit()
        self._tray.hide()
        self._hotkeys.release()
        self._stores.close()
        self._server.close()
        QApplication.quit()


def make_legible(app: QApplication) -> None:
    """The desktop's style and palette, with visible unticked boxes and faint disabled buttons (dark
    palettes lacked both)."""
    from calmdesk.ui.common.legible_style import LegibleStyle, legible_palette

    base = QStyleFactory.create(app.style().name())
    if base is not None:
        app.setStyle(LegibleStyle(base))
    app.setPalette(legible_palette(app.palette()))


def _desktop_notify_on_wayland() -> Callable[[str, str], bool] | None:
    """Wayland compositors give a new window the keyboard (sway every time): there a notice that needs no
    answer goes through the desktop's notifications, never over the agent's chat. X11 keeps its box."""
    if not on_wayland():
        return None
    from calmdesk.system.notify import freedesktop_notify

    return freedesktop_notify


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
