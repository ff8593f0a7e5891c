"""Headless sway (wlroots) for the e2e tests, and what its tree says about a window: floating, size, focus."""

from __future__ import annotations

import json
import socket
import struct
import subprocess
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from waylandsession import WaylandSession, wait_until

OUTPUT_SIZE = (1280, 800)


@dataclass(frozen=True)
class View:
    """One window as sway's tree shows it."""

    id: int  # sway's container id: the same window while it lives, whatever its title does
    app_id: str
    title: str
    floating: bool
    focused: bool
    x: int
    y: int
    width: int
    height: int
    border: str  # "none", "pixel", "normal" (a title bar) or "csd"

    @property
    def centre(self) -> tuple[int, int]:
        return self.x + self.width // 2, self.y + self.height // 2


def _views(node: Mapping[str, Any], floating: bool = False) -> Iterator[View]:
    if node.get("type") in ("con", "floating_con") and (node.get("app_id") or node.get("window")):
        rect = node["rect"]
        yield View(
            id=node["id"],
            app_id=node.get("app_id") or "",
            title=node.get("name") or "",
            floating=floating,
            focused=bool(node.get("focused")),
            x=rect["x"],
            y=rect["y"],
            width=rect["width"],
            height=rect["height"],
            border=node.get("border", ""),
        )
    for child in node.get("nodes", []):
        yield from _views(child, floating)
    for child in node.get("floating_nodes", []):
        yield from _views(child, True)


class SwayIPC:
    """sway's IPC socket spoken directly (the i3 protocol): events arrive as they happen, no polling."""

    MAGIC = b"i3-ipc"
    GET_TREE, SUBSCRIBE = 4, 2

    def __init__(self, path: str) -> None:
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._sock.connect(path)

    def send(self, kind: int, payload: str = "") -> None:
        data = payload.encode()
        self._sock.sendall(self.MAGIC + struct.pack("<II", len(data), kind) + data)

    def receive(self, timeout: float | None = None) -> tuple[int, Any]:
        self._sock.settimeout(timeout)
        header = self._exactly(len(self.MAGIC) + 8)
        length, kind = struct.unpack("<II", header[len(self.MAGIC) :])
        return kind, json.loads(self._exactly(length))

    def _exactly(self, count: int) -> bytes:
        data = b""
        while len(data) < count:
            chunk = self._sock.recv(count - len(data))
            if not chunk:
                raise ConnectionError("sway closed its IPC socket")
            data += chunk
        return data

    def subscribe(self, *events: str) -> None:
        self.send(self.SUBSCRIBE, json.dumps(list(events)))
        _kind, reply = self.receive(5)
        if not reply.get("success"):
            raise ConnectionError(f"sway refused the subscription: {reply}")

    def close(self) -> None:
        self._sock.close()


class SwaySession(WaylandSession):
    """sway on wlroots' headless backend with one 1280x800 output, no input devices, software rendering."""

    name = "sway"
    desktop = "sway"
    required_tools: Mapping[str, str] = {
        **WaylandSession.required_tools,
        "sway": "sway",
        "swaymsg": "sway",
        "wtype": "wtype",
    }

    def command(self) -> list[str]:
        config = self.runtime / "sway.conf"
        width, height = OUTPUT_SIZE
        # Nothing of the user's: no bar, no wallpaper, no Xwayland; only the output's size.
        config.write_text(f"output HEADLESS-1 resolution {width}x{height}\nxwayland disable\n")
        config.chmod(0o644)
        return ["sway", "--config", str(config)]

    def compositor_env(self) -> dict[str, str]:
        return {"WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1", "WLR_RENDERER": "pixman"}

    def client_env(self) -> dict[str, str]:
        return {"SWAYSOCK": str(self._ipc_socket() or "")}

    def _ipc_socket(self) -> object:
        found = sorted(self.runtime.glob("sway-ipc.*.sock"))
        return found[0] if found else None

    def wait_ready(self) -> None:
        super().wait_ready()
        wait_until(self._ipc_socket, 30, "sway's IPC socket")
        self._plug_in_a_keyboard()

    def _plug_in_a_keyboard(self) -> None:
        """Give the seat a keyboard for the whole session, as every desk has one.

        Without it the headless seat has no keyboard between wtype runs: each run then adds the seat's
        first keyboard, every client binds its wl_keyboard only on hearing of it, and the keys wtype sends
        meanwhile reach nobody (the first key of a run was lost 8 times in 10, and under load the whole run:
        an Enter that never closed the start-up notice). Its vanishing after the run also made Qt drop
        focus. A virtual keyboard that stays (wtype asleep for a day) makes every later run only a second
        keyboard of a seat that has one, where no key is lost (0 in 10).
        """
        socket = str(self._socket())
        env = {"WAYLAND_DISPLAY": socket}
        self.spawn_as_session_user("seat-keyboard", ["wtype", "-s", str(24 * 3600 * 1000)], env)
        wait_until(self._has_keyboard, 10, "the seat's keyboard")

    def _has_keyboard(self) -> bool:
        done = subprocess.run(
            ["swaymsg", "--raw", "--type", "get_inputs", "--socket", str(self._ipc_socket())],
            capture_output=True,
            text=True,
            timeout=10,
        )
        return done.returncode == 0 and any(i.get("type") == "keyboard" for i in json.loads(done.stdout))

    def ipc(self) -> SwayIPC:
        return SwayIPC(self.env["SWAYSOCK"])

    def tree(self) -> dict[str, Any]:
        tree: dict[str, Any] = json.loads(self.run("swaymsg", "--raw", "--type", "get_tree").stdout)
        return tree

    def views(self) -> list[View]:
        return list(_views(self.tree()))

    def view(self, app_id: str, title: str) -> View | None:
        return next((v for v in self.views() if v.app_id == app_id and v.title == title), None)

    def type_keys(self, *args: str) -> None:
        """wtype with these arguments (text, `-k KEY`, `-M MOD` ...) into the focused window."""
        self.run("wtype", *args)

    def swaymsg(self, command: str) -> None:
        self.run("swaymsg", command)
