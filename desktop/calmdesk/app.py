"""The GUI entry point: builds settings, library, store, search, picker, tray and hotkey, and wires them."""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from calmdesk import __version__
from calmdesk.core.library import Library, load_configured
from calmdesk.core.search import SearchIndex
from calmdesk.store import paths
from calmdesk.store.errors import StoreError
from calmdesk.store.settings import Settings, load_settings
from calmdesk.store.userstore import UserStore
from calmdesk.system import paste
from calmdesk.system.clipboard import ClipboardWriter
from calmdesk.system.display import missing_display
from calmdesk.system.hotkey import HotkeyBackend, HotkeyError, create_hotkey_backend
from calmdesk.system.instance import send_command
from calmdesk.system.instance_server import InstanceServer
from calmdesk.ui.icons import svg_icon
from calmdesk.ui.notices import Notices
from calmdesk.ui.picker import PickerWindow
from calmdesk.ui.tray import Tray

if TYPE_CHECKING:
    from calmdesk.ui.about_dialog import AboutDialog
    from calmdesk.ui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)

READY_LINE = "calmdesk: ready"
HEADLESS_HINT = "The commands work without a desktop: calmdesk search, list, checklist, render (see --help)."
HANDED_OVER = "calmdesk: already running; opened its phrase search."
HANDOVER_WAIT_S = 2.0

# Hotkey reader threads still running when the app quit: leaked on purpose so Qt never destroys a running
# thread (QThread's destructor aborts the whole process then). The process is ending; the OS reclaims them.
# run() then ends the process before interpreter shutdown, which would destroy them anyway.
_LEAKED_THREADS: list[QThread] = []


class CalmDesk(QObject):
    """Owns the long-lived objects and connects their signals; holds no rules of its own."""

    def __init__(self, server: InstanceServer, *, hotkey: str | None, pack_dirs: Sequence[Path]) -> None:
        super().__init__()
        self._server = server
        self._hotkey_override = hotkey
        self._notices = Notices(self)
        self._settings = self._load_settings()
        self._library = self._load_library(pack_dirs)
        self._store = self._open_store()
        # Category labels and "when" texts are searchable too: "apology" finds the phrases filed under it.
        self._index = SearchIndex.for_library(self._library)
        self._tray = Tray(self._hotkey())
        self._picker = PickerWindow(
            self._index, self._library, self._settings, ClipboardWriter(), self._store, paste
        )
        self._hotkey_backend: HotkeyBackend | None = None
        self._active_hotkey: str | None = None  # what the backend listens for now; None: no key works
        # The key that worked before the active one replaced it: the portal may refuse the new key only later.
        self._previous_hotkey: str | None = None
        self._settings_dialog: SettingsDialog | None = None
        self._about_dialog: AboutDialog | None = None
        self._quitting = False

        self._server.commandReceived.connect(self._on_command)
        self._tray.pickerRequested.connect(self._picker.summon)
        self._tray.settingsRequested.connect(self.open_settings)
        self._tray.aboutRequested.connect(self.open_about)
        self._tray.quitRequested.connect(self.quit)
        self._notices.settingsRequested.connect(self.open_settings)
        self._picker.pasteFailed.connect(self._on_paste_failed)

        self._tray.show()
        self._register_hotkey()
        if not self._tray.available:
            self._notices.no_tray(self._hotkey())

    # -- start-up pieces: each reports its problems once and never stops the app -------------------------

    def _load_settings(self) -> Settings:
        settings, problems = load_settings()
        if problems:
            self._notices.problems(self.tr("Some settings were not understood"), problems)
        return settings

    def _load_library(self, pack_dirs: Sequence[Path]) -> Library:
        library = load_configured(self._settings, pack_dirs, user_dir=paths.user_packs_dir())
        if library.problems:
            self._notices.problems(
                self.tr("Some phrase packs could not be loaded; the others work as usual"),
                [str(p) for p in library.problems],
            )
        return library

    def _open_store(self) -> UserStore | None:
        try:
            store = UserStore.open()
        except StoreError as exc:
            # Phrases still work without it: only favourites and recent use are lost for this run.
            self._notices.problems(self.tr("Favourites and recent phrases are off for now"), [str(exc)])
            return None
        if store.notices:
            self._notices.problems(self.tr("Your CalmDesk data needed a repair"), store.notices)
        return store

    def _hotkey(self) -> str:
        return self._hotkey_override or self._settings.hotkey

    def _register_hotkey(self) -> None:
        backend = create_hotkey_backend(self)
        if backend is None:
            self._notices.no_hotkey_backend()
            return
        backend.activated.connect(self._picker.toggle)
        backend.failed.connect(self._on_hotkey_lost)
        self._hotkey_backend = backend
        self._try_hotkey(self._hotkey())

    def _try_hotkey(self, hotkey: str, *, fallback: str | None = None) -> None:
        """Listen for `hotkey`; if it is taken, say so and go back to `fallback` (the key that worked)."""
        assert self._hotkey_backend is not None
        try:
            self._hotkey_backend.register(hotkey)
            self._active_hotkey = hotkey
            self._previous_hotkey = fallback if fallback != hotkey else None
        except HotkeyError as exc:
            self._active_hotkey = None
            self._notices.hotkey_failed(hotkey, str(exc))
            self._fall_back(fallback)
        # The tray names only a key that works, so it never promises one that does nothing.
        self._tray.set_hotkey(self._active_hotkey or "")

    def _fall_back(self, fallback: str | None) -> None:
        """Listen for `fallback` (the key that worked before) again, if there is one."""
        assert self._hotkey_backend is not None
        self._previous_hotkey = None
        if not fallback:
            return
        try:
            self._hotkey_backend.register(fallback)
            self._active_hotkey = fallback
        except HotkeyError as again:  # taken meanwhile: the notice already shown points to Settings
            log.warning("could not return to the hotkey %s: %s", fallback, again)

    def _on_hotkey_lost(self, reason: str) -> None:
        """A key register() accepted stopped working (the portal refuses only after asking the person)."""
        hotkey = self._active_hotkey or self._hotkey()
        self._active_hotkey = None  # so that saving the same key in Settings tries again
        self._notices.hotkey_failed(hotkey, reason)
        # The same as a key taken at once on X11: the one that worked before it comes back.
        self._fall_back(self._previous_hotkey)
        self._tray.set_hotkey(self._active_hotkey or "")

    def show_notices(self) -> None:
        """Say what went wrong during start-up, once; called when the event loop runs."""
        self._notices.flush()

    # -- actions ----------------------------------------------------------------------------------------

    def _on_command(self, command: str) -> None:
        actions = {
            "show": self._picker.summon,
            "toggle": self._picker.toggle,
            "hide": self._picker.hide,
            "quit": self.quit,
        }
        action = actions.get(command)
        if action is not None:
            action()

    def _on_paste_failed(self, reason: str) -> None:
        title = self.tr("Copied, not pasted")
        if not self._tray.notify(title, reason, warning=True):
            self._notices.say(title, reason, warning=True)  # no tray balloons here: a small box instead

    # Settings and About are never modal: a modal window blocks the picker's keyboard while the hotkey
    # still opens it. One window of each kind; asking again brings the open one to the front.

    def open_settings(self) -> None:
        if self._settings_dialog is None:
            from calmdesk.ui.settings_dialog import SettingsDialog  # only when asked: keeps start-up lean

            dialog = SettingsDialog(self._settings)
            dialog.setWindowIcon(svg_icon())
            dialog.settingsSaved.connect(self._apply_settings)
            dialog.finished.connect(self._forget_settings_dialog)
            self._settings_dialog = dialog
        _bring_up(self._settings_dialog)

    def _forget_settings_dialog(self) -> None:
        self._settings_dialog = None

    def _apply_settings(self, settings: Settings) -> None:
        self._settings = settings
        self._picker.set_settings(settings)
        if self._hotkey_override is not None:
            return  # --hotkey wins for this run; the saved key applies from the next start
        if self._hotkey_backend is None:
            self._tray.set_hotkey(settings.hotkey)  # the key to bind to `calmdesk show` in the desktop
        elif settings.hotkey != self._active_hotkey:  # also when the last try failed: saving again retries
            self._try_hotkey(settings.hotkey, fallback=self._active_hotkey)

    def open_about(self) -> None:
        if self._about_dialog is None:
            from calmdesk.ui.about_dialog import AboutDialog

            packs = len(self._library.packs)
            dialog = AboutDialog(
                [(self.tr("Phrases"), self.tr("%d in %d packs") % (len(self._library.phrases), packs))]
            )
            dialog.finished.connect(self._forget_about_dialog)
            self._about_dialog = dialog
        _bring_up(self._about_dialog)

    def _forget_about_dialog(self) -> None:
        self._about_dialog = None

    def quit(self) -> None:
        """Release the hotkey, the store and the instance lock, then end the event loop.

        Safe to call more than once: the tray's Quit ends the loop, and aboutToQuit calls it again.
        """
        if self._quitting:
            return
        self._quitting = True
        self._picker.hide()
        self._tray.hide()
        if self._hotkey_backend is not None:
            self._hotkey_backend.unregister()
            _keep_if_running(self._hotkey_backend.running_thread())
        if self._store is not None:
            self._store.close()
        self._server.close()
        QApplication.quit()


def _keep_if_running(thread: QThread | None) -> None:
    """Keep a reader thread that would not stop beyond CalmDesk's life: see _LEAKED_THREADS."""
    if thread is None:
        return
    _LEAKED_THREADS.append(thread)
    log.warning("the hotkey thread %s is still running at exit: leaked on purpose", thread.objectName())


def _bring_up(dialog: QWidget) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a fresh one, with fresh values, next time
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


class _ErrorReporter(QObject):
    """Logs an uncaught exception from any thread and has the GUI thread say so in one short message.

    Signals:
        raised(str): the message; bound to a method of this object (which lives in the GUI thread), so an
            emit from a worker thread is queued to the GUI thread. PySide calls sys.excepthook in the thread
            whose QThread.run() raised, and a widget made there would take the process down.
    """

    raised = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._notices = Notices(self)
        self._notices.flush()  # Notices' own start-up queue is not used: `_held` waits for the loop instead
        self._held: list[str] | None = []  # messages raised before start(); None once the loop runs
        self.raised.connect(self._show)

    def start(self) -> None:
        """The event loop runs: show what start-up raised, and from now on each message at once."""
        held, self._held = self._held or [], None
        for message in held:
            self._show(message)

    def report(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        self.raised.emit(str(value) or kind.__name__)

    def report_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:  # a thread ending itself, as threading's own hook treats it
            return
        self.report(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def _show(self, message: str) -> None:
        if self._held is not None:  # a message box before the loop runs would delay the tray and hotkey
            self._held.append(message)
            return
        self._notices.unexpected(message, _log_file())


def _install_excepthook() -> _ErrorReporter:
    """No traceback reaches the user: log it, and say in one short message that the app goes on.

    Installed before anything is built, so start-up errors take this path too; they are shown once the
    caller calls `start()` on the reporter returned (kept alive by the hooks that refer to it).
    """
    reporter = _ErrorReporter()
    sys.excepthook = reporter.report
    threading.excepthook = reporter.report_thread
    return reporter


@contextmanager
def _quit_on_signals(quit_app: Callable[[], None]) -> Iterator[None]:
    """Ctrl+C and SIGTERM call `quit_app` promptly, even while the event loop sleeps in C++.

    Python runs its signal handlers only between bytecodes, and an idle Qt loop runs none: the signal
    would wait for the next event and then swallow it. The C-level handler also writes the signal number
    to a socket Qt watches, which wakes the loop and runs Python at once. Restored when the loop ends.
    """
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def on_wake_up() -> None:
        try:
            if reader.recv(64):
                quit_app()
        except OSError:  # nothing left to read: a spurious wake-up
            pass

    notifier.activated.connect(on_wake_up)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    # The Python-level handler only has to exist (the default one raises KeyboardInterrupt); the notifier
    # does the work, so the quit never runs at an arbitrary point inside other Python code.
    previous = {
        signum: signal.signal(signum, lambda *_args: None) for signum in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        reader.close()
        writer.close()


def _log_file() -> Path:
    return paths.state_dir() / "calmdesk.log"


def _log_to_file() -> None:
    try:
        paths.ensure_dir(paths.state_dir())
        handler = logging.FileHandler(_log_file(), encoding="utf-8")
    except OSError:
        return  # the stderr log from the CLI still works
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s: %(message)s"))
    logging.getLogger().addHandler(handler)


def _hand_over() -> int:
    """The instance holding the lock may not be listening yet: ask it to show itself for a moment."""
    deadline = time.monotonic() + HANDOVER_WAIT_S
    while not send_command("show"):
        if time.monotonic() >= deadline:
            print(
                "calmdesk: another CalmDesk holds the lock but did not answer; try again in a moment.",
                file=sys.stderr,
            )
            return 1
        time.sleep(0.1)
    print(HANDED_OVER, file=sys.stderr)
    return 0


def run(*, hotkey: str | None = None, pack_dirs: Sequence[Path] = ()) -> int:
    """Start the tray app, or hand over to the instance already running. Returns the exit status."""
    # Fast path: a second start only asks the first one to show the picker; no Qt start-up at all.
    if send_command("show"):
        print(HANDED_OVER, file=sys.stderr)
        return 0
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
    server = InstanceServer.acquire(app)
    if server is None:  # lost a start-up race with another instance: let it show itself
        return _hand_over()
    _log_to_file()
    reporter = _install_excepthook()  # first: building CalmDesk starts the hotkey thread, which may fail
    calmdesk = CalmDesk(server, hotkey=hotkey, pack_dirs=pack_dirs)
    # However the loop ends (tray Quit, `calmdesk quit`, Ctrl+C, the session closing), the hotkey thread,
    # the store and the lock are released before Qt tears down.
    app.aboutToQuit.connect(calmdesk.quit)
    # Notices wait for the event loop, so a message box never delays the tray or the hotkey.
    QTimer.singleShot(0, calmdesk.show_notices)
    QTimer.singleShot(0, reporter.start)
    with _quit_on_signals(calmdesk.quit):
        print(READY_LINE, file=sys.stderr, flush=True)
        status = app.exec()
    if _LEAKED_THREADS:
        _exit_before_shutdown(status)
    return status


def _exit_before_shutdown(status: int) -> None:
    """End the process now, keeping the leaked threads: interpreter shutdown would destroy them.

    At shutdown PySide deletes every Qt object Python owns, a module-level reference or not, and a running
    QThread among them aborts the process (checked with PySide6 6.x). The hotkey, store and lock are
    already released by CalmDesk.quit(); only the output buffers and the log remain to be written.
    """
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
