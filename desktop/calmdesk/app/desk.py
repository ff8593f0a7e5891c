"""CalmDesk's long-lived parts: settings, library, store, search, picker, tray and hotkey, built and wired."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRect
from PySide6.QtWidgets import QApplication

from calmdesk.app.complaint_control import ComplaintControl
from calmdesk.app.hotkey_control import HotkeyControl
from calmdesk.app.language_control import LanguageControl
from calmdesk.app.library_control import LibraryControl
from calmdesk.app.stats_control import StatsControl
from calmdesk.app.store_control import StoreControl
from calmdesk.app.window_control import WindowControl
from calmdesk.store.settings import Settings, load_settings
from calmdesk.system import paste
from calmdesk.system.clipboard import ClipboardWriter
from calmdesk.system.instance_server import InstanceServer
from calmdesk.system.popup_window import on_wayland
from calmdesk.ui.common import translation
from calmdesk.ui.common.accessible import AccessibleNames
from calmdesk.ui.common.notices import Notices
from calmdesk.ui.common.screen_fit import ScreenFit
from calmdesk.ui.common.tray import Tray
from calmdesk.ui.picker.picker_window import PickerWindow

if TYPE_CHECKING:
    from calmdesk.store.userstore import UserStore


class DeskParts(QObject):
    """Owns the long-lived objects and connects them to each other; holds no rules of its own.

    CalmDesk (app.main) adds what the running app does when asked: by the tray, the hotkey, a second
    `calmdesk` start or the settings window.
    """

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
        self._settings, problems = load_settings()
        # Before any window is built: every tr() after this speaks the agent's language.
        app = QCoreApplication.instance()
        if app is not None:
            translation.install(app, translation.interface_language(self._settings.interface_language))
        if problems:
            # Read again, now that the language is known: the first reading was worded before it was.
            _, problems = load_settings()
            self._notices.problems(self.tr("Some settings were not understood"), problems)
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

        self._tray.pickerRequested.connect(self._picker.summon)
        self._tray.settingsRequested.connect(self._windows.open_settings)
        self._tray.aboutRequested.connect(self._windows.open_about)
        self._tray.editorRequested.connect(self._windows.open_editor)
        self._tray.statsRequested.connect(self._stats.open)
        self._picker.editorRequested.connect(self._windows.open_editor)
        self._picker.set_keep_clear(self._keep_clear)
        self._picker.placed.connect(self._windows.make_way)
        self._tray.quitRequested.connect(self.quit)
        self._notices.settingsRequested.connect(self._windows.open_settings)
        self._windows.desktop_shortcuts = self._hotkeys.desktop_dialog
        self._windows.libraryEdited.connect(self._libraries.use)
        self._libraries.changed.connect(self._picker.set_library)
        self._libraries.changed.connect(lambda _index, library: self._complaints.set_library(library))
        self._libraries.baseChanged.connect(self._windows.set_base)
        # The data file changed under us (`calmdesk import`, a second CalmDesk): the user's phrases may have.
        self._complaints.watch.changed.connect(self._libraries.store_changed)
        self._connect_requests()
        # After the connections above: the complaint's language is applied to whatever library they showed.
        self._languages = LanguageControl(
            self._libraries, self._complaints.watch, self._picker, self._complaints
        )
        self._languages.follow()

        self._tray.show()
        self._hotkeys.start(self._hotkey())
        if not self._tray.available:
            self._notices.no_tray(self._hotkeys.active)  # None: no key works, so none is named

    def _connect_requests(self) -> None:
        """Connect the requests the running app answers (CalmDesk does), before the tray and hotkey start."""

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

    def _hotkey(self) -> str:
        return self._hotkey_override or self._settings.hotkey

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


def _desktop_notify_on_wayland() -> Callable[[str, str], bool] | None:
    """Wayland compositors give a new window the keyboard (sway every time): there a notice that needs no
    answer goes through the desktop's notifications, never over the agent's chat. X11 keeps its box."""
    if not on_wayland():
        return None
    from calmdesk.system.notify import freedesktop_notify

    return freedesktop_notify
