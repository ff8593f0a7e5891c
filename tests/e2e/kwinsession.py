"""Headless KDE kwin for the e2e tests, on a session bus where the real portals and kglobalaccel start on
demand (their D-Bus service files), as in a Plasma session.

Debian's kwin_wayland carries a file capability (cap_sys_resource) that this kind of sandbox refuses to
exec ("Operation not permitted"): the session runs a plain copy of the binary, kept under the same name
(under another name its Qt platform plugin refuses to load).
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping

from waylandsession import WaylandSession, WaylandSessionError

OUTPUT_SIZE = (1280, 800)


class KwinSession(WaylandSession):
    name = "kwin"
    desktop = "KDE"
    needs_bus = True
    required_tools: Mapping[str, str] = {
        **WaylandSession.required_tools,
        "kwin_wayland": "kwin-wayland",
        "dbus-daemon": "dbus",
    }

    def command(self) -> list[str]:
        found = shutil.which("kwin_wayland")
        if found is None:
            raise WaylandSessionError("kwin_wayland is missing (apt package kwin-wayland)")
        folder = self.runtime / "bin"
        folder.mkdir(exist_ok=True)
        copy = folder / "kwin_wayland"
        shutil.copyfile(found, copy)  # copyfile: the bits only, not the file capability
        copy.chmod(0o755)
        folder.chmod(0o755)
        width, height = OUTPUT_SIZE
        return [str(copy), "--virtual", "--width", str(width), "--height", str(height), "--no-lockscreen"]

    def compositor_env(self) -> dict[str, str]:
        return {"KWIN_COMPOSE": "Q", "XDG_CURRENT_DESKTOP": "KDE", "QT_QPA_PLATFORM": "offscreen"}

    def wait_ready(self) -> None:
        super().wait_ready()
        # Services the bus starts on demand (the portals, kglobalaccel) get the bus's environment: tell it
        # where the display is, as a Plasma session does at login.
        socket = self._socket()
        assert socket is not None
        names = {
            "WAYLAND_DISPLAY": socket.name,
            "XDG_CURRENT_DESKTOP": "KDE",
            "XDG_SESSION_TYPE": "wayland",
            "QT_QPA_PLATFORM": "wayland",
            "XDG_RUNTIME_DIR": str(self.runtime),
        }
        argv = ["dbus-update-activation-environment", *(f"{k}={v}" for k, v in names.items())]
        self.spawn_as_session_user("activation-environment", argv, {}).wait(10)

    def start_portal(self, timeout: float = 30) -> None:
        """Start xdg-desktop-portal (and through it xdg-desktop-portal-kde) now, as a Plasma login does:
        started on a program's first call it takes seconds, longer than a call should wait."""
        self.run(
            "dbus-send",
            "--session",
            "--print-reply",
            f"--reply-timeout={int(timeout * 1000)}",
            "--dest=org.freedesktop.portal.Desktop",
            "/org/freedesktop/portal/desktop",
            "org.freedesktop.DBus.Properties.Get",
            "string:org.freedesktop.portal.GlobalShortcuts",
            "string:version",
            timeout=timeout + 5,
        )
