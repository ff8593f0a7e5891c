"""Auto-paste on Wayland: after the picker hides, a virtual keyboard (wtype) types the paste key.

Wayland gives no program a way to type into another's window except through the compositor: wlroots
compositors (sway, Hyprland, river, ...) offer a virtual-keyboard protocol, which wtype speaks. GNOME and KDE
do not; there the RemoteDesktop portal types the key once the agent has allowed it in the desktop's dialog
(paste_portal). Where neither exists, or the agent said no, the picker says "press Ctrl+V to paste".
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import time

from calmdesk.system import sway_ipc
from calmdesk.system.paste_keys import CTRL_V, paste_key_for
from calmdesk.system.paste_portal import PortalKeyboard, PortalPasteError
from calmdesk.system.session_report import compositor, is_gnome, is_wlroots

log = logging.getLogger(__name__)

_WTYPE_TIMEOUT_S = 2.0
_FOCUS_WAIT_S = 0.5
_NO_VIRTUAL_KEYBOARD = "virtual keyboard protocol"
# After the grant dialog closes, the compositor gives the chat the keyboard back: the key waits for that.
_AFTER_DIALOG_MS = 400  # wtype's words on a compositor without it


class WaylandPasteError(Exception):
    """Auto-paste cannot be done here; the message is for the status line."""


def unavailable_reason() -> str | None:
    """Why auto-paste cannot work in this session (None: wtype on a wlroots compositor can, or the
    RemoteDesktop portal elsewhere, once the agent grants it)."""
    name = compositor()
    if not is_wlroots(name):
        # The portal's paste is tried on GNOME only, where it is tested against the real portal; KDE's
        # asks through a dialog no test here can answer (docs/decisions/wayland-paste-portal.md).
        keyboard = portal_keyboard()
        if is_gnome(name) and keyboard.refusal:
            return "the desktop did not let CalmDesk type the paste key; press Ctrl+V to paste"
        if is_gnome(name) and keyboard.available():
            return None
        return "this desktop lets no program type into another window; press Ctrl+V to paste"
    if not shutil.which("wtype"):
        return "install wtype for auto-paste on this desktop; press Ctrl+V to paste"
    return None


def paste(wait_for_focus_to_leave: object = None, serve_events: object = None) -> None:
    """Type the paste key into whatever window has the keyboard once our picker is gone.

    `wait_for_focus_to_leave` is a callable returning True once none of our windows has the keyboard (the
    compositor moves it back to the agent's window when the picker hides); it is polled briefly.
    `serve_events` runs our event loop for a moment: while the key is typed, that window reads the
    clipboard from us, and a GUI thread blocked on wtype would keep it waiting.
    """
    reason = unavailable_reason()
    if reason:
        raise WaylandPasteError(reason)
    if not is_wlroots(compositor()):
        _paste_through_portal(wait_for_focus_to_leave)
        return
    if callable(wait_for_focus_to_leave):
        deadline = time.monotonic() + _FOCUS_WAIT_S
        while not wait_for_focus_to_leave() and time.monotonic() < deadline:
            time.sleep(0.01)
    key = paste_key_for(_focused_app_id())
    modifiers = key.split("+")[:-1]
    argv = ["wtype", "-k", "Shift_L"]  # a new virtual keyboard may drop its first key: a harmless one
    argv += [arg for mod in modifiers for arg in ("-M", mod)]
    argv += ["-k", key.split("+")[-1]]
    argv += [arg for mod in reversed(modifiers) for arg in ("-m", mod)]
    env = {k: v for k, v in os.environ.items() if k != "XDG_ACTIVATION_TOKEN"}
    try:
        proc = subprocess.Popen(
            argv,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
    except OSError as exc:
        raise WaylandPasteError(f"wtype could not paste ({exc}); press Ctrl+V to paste") from None
    # The window being pasted into now asks us for the clipboard's text: keep answering while wtype runs.
    deadline = time.monotonic() + _WTYPE_TIMEOUT_S
    while proc.poll() is None:
        if time.monotonic() > deadline:
            proc.kill()
            proc.wait()
            raise WaylandPasteError("wtype did not finish; press Ctrl+V to paste")
        if callable(serve_events):
            serve_events()
        time.sleep(0.005)
    stderr = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        if _NO_VIRTUAL_KEYBOARD in stderr:
            raise WaylandPasteError("this desktop lets no program type into another window; press Ctrl+V")
        raise WaylandPasteError(f"wtype could not paste ({stderr.strip()}); press Ctrl+V to paste")


_keyboard: PortalKeyboard | None = None


def portal_keyboard() -> PortalKeyboard:
    """The RemoteDesktop portal's keyboard, one for the run: its grant is asked once and kept."""
    global _keyboard
    if _keyboard is None:
        _keyboard = PortalKeyboard()
    return _keyboard


def _paste_through_portal(wait_for_focus_to_leave: object) -> None:
    """GNOME and KDE: the paste key through the RemoteDesktop portal. The first time in a run the desktop
    asks the agent (its dialog); the key goes out once they allow it and the dialog has closed."""
    keyboard = portal_keyboard()
    if keyboard.is_granted and callable(wait_for_focus_to_leave):
        deadline = time.monotonic() + _FOCUS_WAIT_S
        while not wait_for_focus_to_leave() and time.monotonic() < deadline:
            time.sleep(0.01)
    try:
        keyboard.press_when_granted(CTRL_V, _AFTER_DIALOG_MS)
    except PortalPasteError as exc:
        raise WaylandPasteError(f"{exc}; press Ctrl+V to paste") from None


def _focused_app_id() -> str:
    """The app id of the focused window under sway (its IPC socket), "" elsewhere or on any trouble."""
    if not sway_ipc.available():
        return ""
    try:
        node = sway_ipc.focused_window()
    except sway_ipc.SwayIpcError as exc:
        log.debug("no focused window from sway: %s", exc)
        return ""
    if node is None:
        return ""
    return str(node.get("app_id") or (node.get("window_properties") or {}).get("class") or "")


__all__ = ["CTRL_V", "WaylandPasteError", "paste", "unavailable_reason"]
