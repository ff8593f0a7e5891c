"""The GUI entry point: builds settings, library, store, search, picker, tray and hotkey, and wires them."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from calmdesk import __version__
from calmdesk.core.library import Library, load_library
from calmdesk.core.search import SearchIndex
from calmdesk.store import paths
from calmdesk.store.errors import StoreError
from calmdesk.store.settings import Settings, load_settings
from calmdesk.store.userstore import UserStore
from calmdesk.system.clipboard import ClipboardWriter
from calmdesk.system.display import missing_display
from calmdesk.system.hotkey import HotkeyBackend, HotkeyError, create_hotkey_backend
from calmdesk.system.instance import send_command
from calmdesk.system.instance_server import InstanceServer
from calmdesk.ui.icons import svg_icon
from calmdesk.ui.notices import Notices
from calmdesk.ui.picker import Paster, PickerWindow
from calmdesk.ui.tray import Tray

log = logging.getLogger(__name__)

READY_LINE = "calmdesk: ready"
HEADLESS_HINT = "The commands work without a desktop: calmdesk search, list, checklist, render (see --help)."


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
        # Category labels are searchable words too: "apology" finds the phrases filed under it.
        labels = {key: category.label for key, category in self._library.categories.items()}
        self._index = SearchIndex(self._library.phrases, labels)
        self._tray = Tray(self._hotkey())
        self._picker = PickerWindow(
            self._index, self._library, self._settings, ClipboardWriter(), self._store, self._paster()
        )
        self._hotkey_backend: HotkeyBackend | None = None

        self._server.commandReceived.connect(self._on_command)
        self._tray.pickerRequested.connect(self._picker.summon)
        self._tray.settingsRequested.connect(self.open_settings)
        self._tray.aboutRequested.connect(self.open_about)
        self._tray.quitRequested.connect(self.quit)
        self._notices.settingsRequested.connect(self.open_settings)
        self._picker.pasteFailed.connect(
            lambda reason: self._tray.notify(self.tr("Copied, not pasted"), reason, warning=True)
        )

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
        extra = [*(Path(d).expanduser() for d in self._settings.pack_dirs), *pack_dirs]
        library = load_library(extra, user_dir=paths.user_packs_dir(), language=self._settings.language)
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

    def _paster(self) -> Paster | None:
        try:
            from calmdesk.system import paste
        except ImportError:  # auto-paste is optional; a platform without it still copies
            return None
        return paste

    def _hotkey(self) -> str:
        return self._hotkey_override or self._settings.hotkey

    def _register_hotkey(self) -> None:
        if self._hotkey_backend is None:
            self._hotkey_backend = create_hotkey_backend(self)
            if self._hotkey_backend is None:
                self._notices.no_hotkey_backend()
                return
            self._hotkey_backend.activated.connect(self._picker.toggle)
        try:
            self._hotkey_backend.register(self._hotkey())
        except HotkeyError as exc:
            self._notices.hotkey_failed(self._hotkey(), str(exc))

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

    def open_settings(self) -> None:
        from calmdesk.ui.settings_dialog import SettingsDialog  # only when asked: keeps start-up lean

        dialog = SettingsDialog(self._settings)
        dialog.setWindowIcon(svg_icon())
        dialog.settingsSaved.connect(self._apply_settings)
        dialog.exec()

    def _apply_settings(self, settings: Settings) -> None:
        old_hotkey = self._hotkey()
        self._settings = settings
        self._picker.set_settings(settings)
        if self._hotkey_override is None and settings.hotkey != old_hotkey:
            self._tray.set_hotkey(settings.hotkey)
            if self._hotkey_backend is not None:
                self._hotkey_backend.unregister()
            self._register_hotkey()

    def open_about(self) -> None:
        from calmdesk.ui.about_dialog import AboutDialog

        packs = len(self._library.packs)
        dialog = AboutDialog(
            [(self.tr("Phrases"), self.tr("%d in %d packs") % (len(self._library.phrases), packs))]
        )
        dialog.exec()

    def quit(self) -> None:
        self._picker.hide()
        self._tray.hide()
        if self._hotkey_backend is not None:
            self._hotkey_backend.unregister()
        if self._store is not None:
            self._store.close()
        self._server.close()
        QApplication.quit()


def _install_excepthook() -> None:
    """No traceback reaches the user: log it, and say in one short message that the app goes on."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        Notices.unexpected(str(value) or kind.__name__, _log_file())

    sys.excepthook = hook


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


def run(*, hotkey: str | None = None, pack_dirs: Sequence[Path] = ()) -> int:
    """Start the tray app, or hand over to the instance already running. Returns the exit status."""
    # Fast path: a second start only asks the first one to show the picker; no Qt start-up at all.
    if send_command("show"):
        print("calmdesk: already running; opened its phrase search.", file=sys.stderr)
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
        send_command("show")
        print("calmdesk: already running; opened its phrase search.", file=sys.stderr)
        return 0
    _log_to_file()
    _install_excepthook()
    calmdesk = CalmDesk(server, hotkey=hotkey, pack_dirs=pack_dirs)
    # Notices wait for the event loop, so a message box never delays the tray or the hotkey.
    QTimer.singleShot(0, calmdesk.show_notices)
    print(READY_LINE, file=sys.stderr, flush=True)
    return app.exec()
