"""What `calmdesk doctor` says about the desktop session: its type, the compositor, portals, and each path.

No Qt here: the compositor is found from the Wayland socket's peer, the portals by asking the session bus
(each question bounded by a short timeout, so a portal that never answers costs a second, not a hang).
"""

from __future__ import annotations

import os
import shutil
import socket
import struct
from pathlib import Path

PORTAL_TIMEOUT_S = 1.0
_PORTAL_BUS_NAME = "org.freedesktop.portal.Desktop"
_PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTALS = ("GlobalShortcuts", "RemoteDesktop")  # the ones CalmDesk uses: the hotkey, and paste on GNOME/KDE


def session_type() -> str:
    """ "wayland", "x11" or "none": what a program started here would connect to."""
    if os.environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    if os.environ.get("DISPLAY"):
        return "x11"
    return "none"


def wayland_socket() -> Path | None:
    name = os.environ.get("WAYLAND_DISPLAY", "")
    if not name:
        return None
    return Path(name) if os.path.isabs(name) else Path(os.environ.get("XDG_RUNTIME_DIR", "")) / name


def compositor() -> str:
    """The compositor's program name (from the Wayland socket's other end), else what the session says."""
    path = wayland_socket()
    desktop = os.environ.get("XDG_CURRENT_DESKTOP", "")
    if path is None:
        return desktop or "unknown"
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(1.0)
            probe.connect(str(path))
            # SO_PEERCRED: the pid of the process that listens on the socket, i.e. the compositor.
            creds = probe.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
        pid = struct.unpack("3i", creds)[0]
        name = Path(f"/proc/{pid}/comm").read_text(encoding="utf-8").strip()
    except (OSError, AttributeError, struct.error):  # no such socket, not Linux, another pid namespace
        return desktop or "unknown"
    return f"{name} ({desktop})" if desktop and desktop.lower() not in name.lower() else name


def is_gnome(name: str) -> bool:
    """GNOME's compositor (mutter, inside GNOME Shell): where the RemoteDesktop portal paste is tried."""
    lowered = name.lower()
    return "mutter" in lowered or "gnome" in lowered


def is_wlroots(name: str) -> bool:
    """Compositors whose virtual-keyboard protocol wtype drives (wlroots and its kin)."""
    lowered = name.lower()
    return any(family in lowered for family in ("sway", "hyprland", "river", "wayfire", "labwc", "niri"))


def portal_versions(timeout: float = PORTAL_TIMEOUT_S) -> dict[str, int] | str:
    """{portal: version} for the portals in PORTALS that the desktop offers, or why none could be asked."""
    try:
        from jeepney import DBusAddress, Properties
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:
        return "not asked (jeepney is not installed)"
    try:
        conn = open_dbus_connection(bus="SESSION")
    except (OSError, KeyError, ValueError) as exc:
        return f"no session bus ({exc})"
    found: dict[str, int] = {}
    try:
        for portal in PORTALS:
            address = DBusAddress(
                _PORTAL_PATH, bus_name=_PORTAL_BUS_NAME, interface=f"org.freedesktop.portal.{portal}"
            )
            try:
                reply = conn.send_and_get_reply(Properties(address).get("version"), timeout=timeout)
            except TimeoutError:
                return f"xdg-desktop-portal did not answer within {timeout:.0f} s"
            if reply.header.message_type.name == "method_return":
                found[portal] = int(reply.body[0][1])
    except Exception as exc:  # a bus that closes under us: said, never raised
        return f"the session bus failed ({exc})"
    finally:
        conn.close()
    return found


def paste_path(kind: str, compositor_name: str, portals: dict[str, int] | str) -> str:
    """How auto-paste would reach the agent's window here, and what to do when nothing can."""
    if kind == "x11":
        return "XTEST (types the paste key into the window you came from)"
    if kind != "wayland":
        return "none (no graphical session)"
    if is_wlroots(compositor_name):
        if shutil.which("wtype"):
            return "wtype (virtual keyboard)"
        return "none: install wtype (`sudo apt install wtype`) for auto-paste; until then press Ctrl+V"
    if isinstance(portals, dict) and "RemoteDesktop" in portals:
        if is_gnome(compositor_name):
            return "RemoteDesktop portal (GNOME asks you once per session to allow the paste key)"
        return "none yet on this desktop (its RemoteDesktop portal is not tried here): press Ctrl+V"
    return 'none on this desktop: CalmDesk copies and says "Copied: press Ctrl+V"'


def rows() -> list[tuple[str, str]]:
    """The session's rows for `calmdesk doctor`."""
    kind = session_type()
    result = [("session type", kind)]
    if kind != "wayland":
        result.append(("focus", "the window manager (_NET_ACTIVE_WINDOW)" if kind == "x11" else "-"))
        result.append(("auto-paste", paste_path(kind, "", {})))
        return result
    name = compositor()
    portals = portal_versions()
    result.append(("compositor", name))
    if isinstance(portals, str):
        result.append(("portals", portals))
    else:
        listed = ", ".join(f"{portal} v{version}" for portal, version in portals.items())
        result.append(("portals", listed or "none of GlobalShortcuts, RemoteDesktop"))
    result.append(
        (
            "focus",
            "xdg-activation: `calmdesk show` and the shortcut pass their launcher's token; "
            "a desktop that refuses it may only flash the picker's entry: click it once",
        )
    )
    result.append(("auto-paste", paste_path(kind, name, portals)))
    return result
