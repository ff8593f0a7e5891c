"""How a popup of ours floats and takes the keyboard on every desktop; Wayland needs its own means for both.

Wayland lets no client place or focus its windows. Tiling compositors (sway, Hyprland, i3-like) float a
toplevel whose size is fixed (minimum = maximum), and GNOME and KDE centre such a window too; a window only
takes focus with an xdg-activation token the compositor handed out (see docs/decisions/wayland-popup.md).
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

_TOKEN_VARIABLE = "XDG_ACTIVATION_TOKEN"  # Qt's Wayland plugin reads it once, at the next activation


def on_wayland() -> bool:
    return QGuiApplication.platformName().startswith("wayland")


def keep_floating(window: QWidget, size: QSize) -> None:
    """Give the popup `size`; on Wayland fix it there (minimum = maximum): what makes tiling compositors
    float it.

    The popup's size is ours anyway (it never follows its layout), and it is frameless, so nobody resizes
    it by hand. Elsewhere only the size is set: the window manager honours our position and flags.
    """
    if on_wayland():
        window.setFixedSize(size)
    else:
        window.resize(size)


def bring_to_front(window: QWidget, token: str = "") -> None:
    """Raise and activate a shown window, with the activation token its launcher gave (may be "").

    On Wayland the token is what lets the compositor hand this window the keyboard; Qt takes it from the
    environment at activation and removes it there, so a stale token is never used twice.
    """
    if token and on_wayland():
        os.environ[_TOKEN_VARIABLE] = token
    window.raise_()
    window.activateWindow()
    # Qt unset it in the C environment when it used it; os.environ's copy must not outlive that either.
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
