"""The global hotkey's policy: listen for the configured key; when it is taken, keep the one that worked."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from calmdesk.app.guards import keep_if_running
from calmdesk.core.messages import gettext as _
from calmdesk.system.hotkey import HotkeyBackend, HotkeyError, create_hotkey_backend
from calmdesk.ui.common.notices import Notices
from calmdesk.ui.common.tray import Tray

log = logging.getLogger(__name__)


class HotkeyControl(QObject):
    """Owns the hotkey backend: registers the key, falls back to the previous one and keeps the tray honest.

    Signals:
        activated(str): the hotkey was pressed (in the GUI thread); the activation token the desktop sent
            with it ("" when none), which lets the picker take the keyboard on Wayland.
    """

    activated = Signal(str)

    def __init__(self, notices: Notices, tray: Tray, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notices = notices
        self._tray = tray
        self.backend: HotkeyBackend | None = None
        self.active: str | None = None  # what the backend listens for now; None: no key works
        # The key that worked before the active one replaced it: the portal may refuse the new key only later.
        self._previous: str | None = None
        self._wanted = ""  # the key last asked for: named when the backend drops it with none active
        self.desktop_key = ""  # the key as the desktop named it when it bound it (the portal may choose)

    def start(self, hotkey: str) -> None:
        backend = create_hotkey_backend(self)
        if backend is None:
            self._notices.no_hotkey_backend()
            return
        backend.activated.connect(self._on_activated)
        backend.failed.connect(self._on_lost)
        backend.bound.connect(self._on_bound)
        self.backend = backend
        self._try(hotkey)

    def apply(self, hotkey: str) -> None:
        """Settings named `hotkey`: listen for it unless it already works (a failed key is tried again)."""
        if self.backend is None:
            self._tray.set_hotkey(hotkey)  # the key to bind to `calmdesk show` in the desktop
        elif hotkey != self.active:
            self._try(hotkey, fallback=self.active)

    def desktop_dialog(self) -> Callable[[], None] | None:
        """What opens the desktop's own dialog to change the key, where the desktop offers one, else None."""
        backend = self.backend
        return backend.configure if backend is not None and backend.can_configure() else None

    def release(self) -> None:
        if self.backend is not None:
            self.backend.unregister()
            keep_if_running(self.backend.running_thread())

    def _try(self, hotkey: str, *, fallback: str | None = None) -> None:
        """Listen for `hotkey`; if it is taken, say so and go back to `fallback` (the key that worked)."""
        assert self.backend is not None
        self._wanted = hotkey
        try:
            self.backend.register(hotkey)
            self.active = hotkey
            self._previous = fallback if fallback != hotkey else None
        except HotkeyError as exc:
            self.active = None
            self._notices.hotkey_failed(hotkey, str(exc))
            self._fall_back(fallback)
        # The tray names only a key that works, so it never promises one that does nothing.
        self._tray.set_hotkey(self.active or "")

    def _fall_back(self, fallback: str | None) -> None:
        """Listen for `fallback` (the key that worked before) again, if there is one."""
        assert self.backend is not None
        self._previous = None
        if not fallback:
            return
        try:
            self.backend.register(fallback)
            self.active = fallback
        except HotkeyError as again:  # taken meanwhile: the notice already shown points to Settings
            log.warning(
                _("could not return to the hotkey %(hotkey)s: %(reason)s"),
                {"hotkey": fallback, "reason": again},
            )

    def _on_activated(self) -> None:
        assert self.backend is not None
        self.activated.emit(self.backend.take_activation_token())

    def _on_bound(self, desktop_key: str) -> None:
        """The desktop bound the shortcut (the portal), maybe to another key than asked: name its choice."""
        self.desktop_key = desktop_key
        log.info("the desktop bound the global shortcut to %s", desktop_key or "(a key it did not name)")
        if desktop_key:
            self._tray.set_hotkey(desktop_key)

    def _on_lost(self, reason: str) -> None:
        """A key register() accepted stopped working (the portal refuses only after asking the person)."""
        hotkey = self.active or self._wanted
        self.active = None  # so that saving the same key in Settings tries again
        self.desktop_key = ""
        self._notices.hotkey_failed(hotkey, reason)
        # The same as a key taken at once on X11: the one that worked before it comes back.
        self._fall_back(self._previous)
        self._tray.set_hotkey(self.active or "")
