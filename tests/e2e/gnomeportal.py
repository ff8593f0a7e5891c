"""GNOME's real portal on a headless mutter session's bus: xdg-desktop-portal with xdg-desktop-portal-gnome,
whose RemoteDesktop backend drives mutter's own RemoteDesktop service (as on a GNOME desktop).

Both are started by the test, with the session's Wayland display, before any client calls: the backend's
dialogs are GTK windows in mutter, answered with keys typed through mutter's RemoteDesktop.
"""

from __future__ import annotations

import contextlib
import subprocess
import time
from pathlib import Path

from muttersession import MutterSession
from procs import end_process
from waylandsession import WaylandSessionError, wait_until

PORTAL = "/usr/libexec/xdg-desktop-portal"
BACKEND = "/usr/libexec/xdg-desktop-portal-gnome"
# The GNOME backend's dialog logs this as it opens for a program with no parent window (ours).
DIALOG_OPENS = "Failed to associate portal window with parent window"


class GnomePortal:
    """Both started on the session's bus as this process's user, the app's: the portal knows a caller by
    its /proc entry, which it may open only for its own user (as on a desktop, where both are the agent's).
    `backend_log` is where the backend's dialogs show up."""

    def __init__(self, mutter: MutterSession) -> None:
        env = {
            **mutter.env,
            "XDG_CURRENT_DESKTOP": "GNOME",
            "GDK_BACKEND": "wayland",
            "GSETTINGS_BACKEND": "memory",  # no dconf service on this bus
            "WAYLAND_DEBUG": "client",  # its keyboard events in the log: what the test waits on
        }
        self.backend_log = mutter.log_dir / "xdg-desktop-portal-gnome.log"
        self._procs: list[subprocess.Popen[bytes]] = []
        try:
            self._spawn([BACKEND, "--replace"], env, self.backend_log)
            gnome = "org.freedesktop.impl.portal.desktop.gnome"
            wait_until(lambda: _owned(mutter, gnome), 30, "the GNOME backend")
            self._spawn([PORTAL, "--replace"], env, mutter.log_dir / "xdg-desktop-portal.log")
            wait_until(lambda: _owned(mutter, "org.freedesktop.portal.Desktop"), 30, "xdg-desktop-portal")
        except BaseException:
            self.stop()
            raise

    def _spawn(self, argv: list[str], env: dict[str, str], log: Path) -> None:
        with log.open("wb") as out:
            self._procs.append(subprocess.Popen(argv, env=env, stdout=out, stderr=subprocess.STDOUT))

    def allow(self, mutter: MutterSession) -> None:
        """Answer the open RemoteDesktop dialog as a person would: the "Allow remote interaction" switch
        on (Space: it has the keyboard as the dialog opens), then Share (Alt+S). Each key waits until the
        dialog has drawn a frame after the one before (read from its Wayland log)."""
        opened = self._dialog_has_the_keyboard()
        mutter.tap(" ")
        wait_until(lambda: _frame_after(self._log(), f"{_SPACE_KEYCODE}, 0)", opened), 10, "the switch on")
        # The switch turns on at the end of its slide, and only then is Share enabled: Alt+S until the
        # dialog closes (its keyboard leaves), never after.
        deadline = time.monotonic() + 10
        while ".leave(" not in self._log()[opened:]:
            if time.monotonic() > deadline:
                raise AssertionError("GNOME's dialog did not close on Alt+S")
            mutter.chord_syms(_ALT, ord("s"))
            with contextlib.suppress(WaylandSessionError):
                wait_until(lambda: ".leave(" in self._log()[opened:], 0.5, "the dialog to close")

    def refuse(self, mutter: MutterSession) -> None:
        """Answer the open dialog with Esc (Cancel), as an agent who does not want it."""
        opened = self._dialog_has_the_keyboard()
        mutter.tap("Escape")
        wait_until(lambda: ".leave(" in self._log()[opened:], 10, "the dialog to close on Esc")

    def dialogs(self) -> int:
        """How many dialogs the backend has opened."""
        return self._log().count(DIALOG_OPENS)

    def _dialog_has_the_keyboard(self) -> int:
        wait_until(lambda: DIALOG_OPENS in self._log(), 10, "GNOME's dialog")
        opened = self._log().rindex(DIALOG_OPENS)
        wait_until(
            lambda: _frame_after(self._log(), ".enter(", opened), 10, "the dialog to have the keyboard"
        )
        return opened

    def _log(self) -> str:
        return self.backend_log.read_text(errors="replace")

    def stop(self) -> None:
        for proc in reversed(self._procs):
            end_process(proc)
        self._procs.clear()


_ALT = 0xFFE9
_SPACE_KEYCODE = 57  # evdev's, as wl_keyboard.key reports it


def _frame_after(log: str, event: str, start: int) -> bool:
    """The client dispatched the wl_keyboard `event` (after `start`) and has committed a frame since."""
    lines = log[start:].splitlines()
    at = next((i for i, line in enumerate(lines) if "wl_keyboard@" in line and event in line), None)
    return at is not None and any("commit()" in line for line in lines[at + 1 :])


def _owned(mutter: MutterSession, name: str) -> bool:
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(bus=mutter.bus_address) as conn:
        reply = conn.send_and_get_reply(message_bus.NameHasOwner(name), timeout=5)
    return bool(reply.body[0])
