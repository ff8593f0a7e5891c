"""How a popup of ours floats and takes the keyboard on every desktop; Wayland needs its own means for both.

Wayland lets no client place or focus its windows. Tiling compositors (sway, Hyprland, i3-like) float a
toplevel whose size is fixed (minimum = maximum), and GNOME and KDE centre such a window too; a window only
takes focus with an xdg-activation token the compositor handed out (see docs/decisions/wayland-popup.md).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

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
