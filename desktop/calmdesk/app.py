"""The GUI entry point: builds settings, library, store, search, picker, tray and hotkey, and wires them."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from calmdesk import __version__, guards
from calmdesk.complaint_control import ComplaintControl
from calmdesk.core.library import Library, load_configured
from calmdesk.core.model import Problem
from calmdesk.core.search import SearchIndex
from calmdesk.core.user_layer import with_user_phrases
from calmdesk.handover import hand_over
from calmdesk.hotkey_control import HotkeyControl
from calmdesk.pack_control import PackControl
from calmdesk.stats_control import StatsControl
from calmdesk.store import paths
from calmdesk.store.errors import StoreError
from calmdesk.store.settings import Settings, load_settings
from calmdesk.store.user_phrases import UserPhrases
from calmdesk.store.userstore import UserStore
from calmdesk.system import paste
from calmdesk.system.clipboard import ClipboardWriter
from calmdesk.system.display import missing_display
from calmdesk.system.instance_server import InstanceServer
from calmdesk.ui.icons import svg_icon
from calmdesk.ui.notices import Notices
from calmdesk.ui.picker import PickerWindow
from calmdesk.ui.tray import Tray

if TYPE_CHECKING:
    from calmdesk.ui.about_dialog import AboutDialog
    from calmdesk.ui.editor_window import EditorWindow
    from calmdesk.ui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)

BACKUP_CHECK_MS = 3600 * 1000  # how often a running app asks whether the daily backup is due

READY_LINE = "calmdesk: ready"
HEADLESS_HINT = "The commands work without a desktop: calmdesk search, list, checklist, render (see --help)."
HANDOVER_WAIT_S = 2.0


class CalmDesk(QObject):
    """Owns the long-lived objects and connects their signals; holds no rules of its own."""

    def __init__(self, server: InstanceServer, *, hotkey: str | None, pack_dirs: Sequence[Path]) -> None:
        super().__init__()
        self._server = server
        self._hotkey_override = hotkey
        self._pack_dirs = list(pack_dirs)
        self._notices = Notices(self)
        self._settings = self._load_settings()
        self._library = self._load_library(pack_dirs)
        self._store = self._open_store()
        self._base_library = self._library  # before the user's phrases: what the editor lays them over
        self._user_phrases = self._open_user_phrases()
        if self._user_phrases is not None:
            self._library = with_user_phrases(
                self._library, self._user_phrases.all(), self._user_phrases.hidden()
            )
        # Category labels and "when" texts are searchable too: "apology" finds the phrases filed under it.
        self._index = SearchIndex.for_library(self._library)
        self._tray = Tray(self._hotkey())
        clipboard = ClipboardWriter()
        self._complaints = ComplaintControl(
            self._library, self._settings, self._store, clipboard, self._tray, self._notices, self
        )
        self._picker = PickerWindow(
            self._index,
            self._library,
            self._settings,
            clipboard,
            self._store,
            paste,
            complaints=self._complaints.watch,
        )
        self._complaints.attach_picker(self._picker)
        self._picker.set_tone_dirs(self._pack_dirs)
        self._hotkeys = HotkeyControl(self._notices, self._tray, self)
        self._stats = StatsControl(lambda: self._library, self._store, self)
        self._settings_dialog: SettingsDialog | None = None
        self._about_dialog: AboutDialog | None = None
        self._editor: EditorWindow | None = None
        self._quitting = False
        self._packs = PackControl(self._reload_base, self._watched_folders(), self)
        self._packs.remember_shown(self._base_library.problems)

        self._server.commandReceived.connect(self._on_command)
        self._server.option_handler = self._apply_option
        self._tray.pickerRequested.connect(self._picker.summon)
        self._tray.settingsRequested.connect(self.open_settings)
        self._tray.aboutRequested.connect(self.open_about)
        self._tray.editorRequested.connect(self.open_editor)
        self._tray.statsRequested.connect(self._stats.open)
        self._picker.editorRequested.connect(self.open_editor)
        self._tray.quitRequested.connect(self.quit)
        self._notices.settingsRequested.connect(self.open_settings)
        self._picker.pasteFailed.connect(self._on_paste_failed)
        self._hotkeys.activated.connect(self._picker.toggle)
        self._packs.reloaded.connect(self._on_packs_reloaded)
        # The data file changed under us (`calmdesk import`, a second CalmDesk): the user's phrases may have.
        self._complaints.watch.changed.connect(self._on_store_changed)
        self._packs.problemsFound.connect(self._on_pack_problems)

        self._tray.show()
        self._hotkeys.start(self._hotkey())
        if not self._tray.available:
            self._notices.no_tray(self._hotkeys.active)  # None: no key works, so none is named

    # -- start-up pieces: each reports its problems once and never stops the app -------------------------

    def _load_settings(self) -> Settings:
        settings, problems = load_settings()
        if problems:
            self._notices.problems(self.tr("Some settings were not understood"), problems)
        return settings

    def _load_library(self, pack_dirs: Sequence[Path]) -> Library:
        library = load_configured(
            self._settings,
            pack_dirs,
            user_dir=paths.user_packs_dir(),
            cache_dir=paths.team_cache_dir(),
            library_cache=paths.cache_dir(),
        )
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
            self._notices.problems(self.tr("About your CalmDesk data"), store.notices)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self._daily_backup)
        self._backup_timer.start()
        self._daily_backup_of(store)
        return store

    def _daily_backup(self) -> None:
        if self._store is not None:
            self._daily_backup_of(self._store)

    def _daily_backup_of(self, store: UserStore) -> None:
        """A rotating backup once a day (the app may run for weeks); a failure is logged, never in the way."""
        try:
            store.daily_backup()
        except StoreError as exc:
            log.warning("daily backup failed: %s", exc)

    def _open_user_phrases(self) -> UserPhrases | None:
        if self._store is None:
            return None
        try:
            return UserPhrases(self._store)
        except StoreError as exc:  # the built-in and team phrases still work
            self._notices.problems(self.tr("Your own phrases could not be loaded"), [str(exc)])
            return None

    def _hotkey(self) -> str:
        return self._hotkey_override or self._settings.hotkey

    def show_notices(self) -> None:
        """Say what went wrong during start-up, once; called when the event loop runs."""
        self._notices.flush()
        self._complaints.start()  # reminders that fell due while CalmDesk was closed show now

    # -- actions ----------------------------------------------------------------------------------------

    def _on_command(self, command: str) -> None:
        actions = {
            "show": self._picker.summon,
            "toggle": self._picker.toggle,
            "hide": self._picker.hide,
            "quit": self.quit,
            "checklist": self._complaints.panel.summon,
            "edit": self.open_editor,
        }
        action = actions.get(command)
        if action is not None:
            action()

    def _apply_option(self, command: str, argument: str) -> tuple[bool, str]:
        """--packs DIR or --hotkey KEY from a second `calmdesk` start: apply it; say what was done."""
        if command == "hotkey":
            self._hotkeys.apply(argument)  # a key that is taken gets the usual notice and fallback
            if self._hotkeys.active == argument:
                self._hotkey_override = argument  # for this run, as if given at start
                return True, f"the running CalmDesk now listens for {argument} (for this run)."
            if self._hotkeys.backend is None:
                return False, "no global hotkey works on this desktop; bind `calmdesk show` to a key instead"
            return False, f"{argument} cannot be used (see the notice); the hotkey stays as it was"
        folder = Path(argument)
        if folder in self._pack_dirs:
            return True, f"the running CalmDesk already has the packs in {argument}."
        before = len(self._library.phrases)
        self._pack_dirs.append(folder)
        # The same path as a team pack changing on disk: the folder is watched from now on, the user's
        # phrases stay on top, the picker and editor get the result, and new problems get a notice.
        self._packs.set_folders(self._watched_folders())
        base = self._packs.reload()
        added = len(self._library.phrases) - before
        trouble = [str(p) for p in base.problems if p.file.startswith(argument)]
        said = f"the running CalmDesk loaded {added} phrase(s) from {argument}"
        return True, said + (f"; {len(trouble)} problem(s) there, shown in its notice." if trouble else ".")

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
        folders_changed = settings.pack_dirs != self._settings.pack_dirs
        self._settings = settings
        if folders_changed:
            self._packs.set_folders(self._watched_folders())
            self._packs.reload()
        self._picker.set_settings(settings)
        self._complaints.set_settings(settings)
        if self._hotkey_override is None:  # --hotkey wins for this run; the saved key applies next start
            self._hotkeys.apply(settings.hotkey)

    def open_editor(self, phrase_id: str = "") -> None:
        """The phrase editor, one window, not modal; at `phrase_id` when given (the picker's Ctrl+E)."""
        if self._user_phrases is None:
            self._notices.say(
                self.tr("The phrase editor is not available"),
                self.tr("CalmDesk's data file could not be opened, so your phrases cannot be saved."),
                warning=True,
            )
            return
        if self._editor is None:
            from calmdesk.ui.editor_window import EditorWindow  # only when asked: keeps start-up lean

            self._editor = EditorWindow(self._base_library, self._user_phrases, self._store)
            self._editor.setWindowIcon(svg_icon())
            self._editor.libraryChanged.connect(self._use_library)
        if phrase_id:
            self._editor.select(phrase_id)
        self._editor.show()
        self._editor.raise_()
        self._editor.activateWindow()

    # -- team packs: reloaded live when a pack file changes -------------------------------------------------

    def _watched_folders(self) -> list[Path]:
        dirs = [Path(d).expanduser() for d in self._settings.pack_dirs if d.strip()]
        return [paths.user_packs_dir(), *dirs, *self._pack_dirs]

    def _reload_base(self) -> Library:
        return load_configured(
            self._settings,
            self._pack_dirs,
            user_dir=paths.user_packs_dir(),
            cache_dir=paths.team_cache_dir(),
        )

    def _on_packs_reloaded(self, base: Library, seconds: float) -> None:
        """A pack file changed: the picker (keeping its query) and the editor search the new phrases."""
        self._base_library = base
        layered = base
        if self._user_phrases is not None:
            layered = with_user_phrases(base, self._user_phrases.all(), self._user_phrases.hidden())
        self._use_library(layered)
        if self._editor is not None:
            self._editor.set_base(base)
        log.info("team packs reloaded in %.3f s", seconds)

    def _on_store_changed(self) -> None:
        if self._user_phrases is None:
            return
        try:
            changed = self._user_phrases.refresh()
        except StoreError as exc:
            log.warning("could not read your phrases again: %s", exc)
            return
        if changed:
            self._on_packs_reloaded(self._base_library, 0.0)  # same packs, new phrases of the user's

    def _on_pack_problems(self, problems: list[Problem]) -> None:
        self._notices.problems(
            self.tr("A phrase pack has a problem; the others work as usual"), [str(p) for p in problems]
        )

    def _use_library(self, library: Library) -> None:
        """The editor saved: the picker searches the new phrases at once."""
        self._library = library
        # The same index as at start: labels, "when" texts, on-request categories and the agents' words.
        self._index = SearchIndex.for_library(library)
        self._picker.set_library(self._index, library)
        self._complaints.set_library(library)

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
        self._complaints.quit()
        self._tray.hide()
        self._hotkeys.release()
        if self._store is not None:
            self._store.close()
        self._server.close()
        QApplication.quit()


def _bring_up(dialog: QWidget) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a fresh one, with fresh values, next time
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


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
    server = InstanceServer.acquire(app)
    if server is None:  # lost a start-up race with another instance: let it show itself
        return _hand_over(hotkey, pack_dirs)
    guards.log_to_file()
    reporter = (
        guards.install_excepthook()
    )  # first: building CalmDesk starts the hotkey thread, which may fail
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
