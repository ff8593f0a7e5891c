"""How a popup of ours floats and takes the keyboard on every desktop; Wayland needs its own means for both.

Wayland lets no client place or focus its windows. Tiling compositors (sway, Hyprland, i3-like) float a
toplevel whose size is fixed (minimum = maximum), and GNOME and KDE centre such a window too; a window only
takes focus with an xdg-activation token the compositor handed out (see docs/decisions/wayland-popup.md).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

_TOKEN_VARIABLE = "XDG_ACTIVATION_TOKEN"  # Qt's Wayland plugin reads it once, at the next activation


def on_wayland() -> bool:
    return QGuiApplication.platformName().startswith("wayland")


def keep_floating(window: QWidget) -> None:
    """On Wayland, fix the window at its size (minimum = maximum): what makes tiling compositors float it.

    Call it before the native window is shown (from showEvent): the compositor reads the size hints when
    the toplevel is first committed. The popup's size is ours anyway (it never follows its layout), and it
    is frameless, so nobody loses a resize handle. Elsewhere nothing changes.
    """
    if on_wayland():
        window.setFixedSize(window.size())


def float_if_tiling(window: QWidget) -> None:
    """On a tiling Wayland compositor (sway, Hyprland, river, niri), make `window` float at the size it
    opens with instead of taking a tile: a dialog or the checklist panel should sit over the chat, not halve
    it. Stacking desktops (GNOME, KDE, labwc, X11) float it anyway and keep it resizable: nothing changes.

    Call it before the window is shown; its size is fixed at each show, when the compositor reads it.
    """
    if on_wayland() and _tiling():
        window.installEventFilter(_fix_size_at_show)


_TILING = ("sway", "hyprland", "river", "niri")


@cache
def _tiling() -> bool:
    from calmdesk.system.session_report import compositor

    name = compositor().lower()
    return any(family in name for family in _TILING)


class _FixSizeAtShow(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            watched.setFixedSize(watched.size())
        return False


_fix_size_at_show = _FixSizeAtShow()


def map_quietly(window: QWidget) -> bool:
    """Tell the compositor, before `window` is first shown, to map it without the keyboard: a notice or
    the first start's question must not take the keys the agent is typing into a chat. True when told.

    Only sway takes such a word from a client, as a `no_focus` rule on its IPC socket, matched by app id
    and the window's full title (so give the window a title of its own first); mutter focuses every new
    window and KDE decides by its own focus-stealing level (docs/decisions/wayland-focus.md). A rule is
    given once per title in a run, and lasts until sway reloads its configuration.
    """
    from calmdesk.system import sway_ipc

    if not (on_wayland() and sway_ipc.available()):
        return False
    title = full_title(window.windowTitle())
    if title in _quiet_titles:
        return True
    app_id = QGuiApplication.desktopFileName() or QGuiApplication.applicationName()
    try:
        sway_ipc.command(f"no_focus [app_id={sway_ipc.quoted(app_id)} title={sway_ipc.quoted(title)}]")
    except sway_ipc.SwayIpcError as exc:
        log.info("the window %r may take the keyboard: %s", title, exc)
        return False
    _quiet_titles.add(title)
    return True


_quiet_titles: set[str] = set()


def full_title(title: str) -> str:
    """The title the compositor sees: Qt appends " — " and the display name unless the title ends with it."""
    name = QGuiApplication.applicationDisplayName()
    if not name or title.endswith(name):
        return title or name
    return f"{title} \u2014 {name}" if title else name


@contextmanager
def activation(token: str) -> Iterator[None]:
    """Raise or show windows inside this block with the activation token their launcher gave (may be "").

    On Wayland the token is what lets the compositor hand a window the keyboard; Qt's Wayland plugin takes
    it from the environment at the next activateWindow() and removes it there. It is removed here too, so a
    stale token is never used twice nor handed to a program we start.
    """
    if token and on_wayland():
        os.environ[_TOKEN_VARIABLE] = token
    try:
        yield
    finally:
        os.environ.pop(_TOKEN_VARIABLE, None)


def log_keyboard_focus() -> None:
    """With --verbose, log which of our windows is active each time that changes, and the first key press
    each one receives after that.

    On Wayland a window can be marked active before the keyboard reaches it, and a compositor may refuse it
    focus (GNOME without an activation token): this is how a person sending a log, or a test under a
    compositor with no window list, sees which. Nothing is connected without --verbose.
    """
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication) and log.isEnabledFor(logging.DEBUG):
        app.focusWindowChanged.connect(_log_focus)
        app.installEventFilter(_first_key_log)


class _FirstKeyLog(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.logged: QObject | None = None  # the window whose first key was logged

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QWindow)
            and watched is not self.logged
        ):
            self.logged = watched
            widget = QApplication.activeWindow()
            log.debug("keys reach: %s", type(widget).__name__ if widget else "none of ours")
        return False


_first_key_log = _FirstKeyLog()


def _log_focus(_window: QWindow | None) -> None:
    _first_key_log.logged = None
    widget = QApplication.activeWindow()
    log.debug("keyboard focus: %s", type(widget).__name__ if widget else "none of ours")
