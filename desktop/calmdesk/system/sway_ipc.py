"""sway's IPC socket (the i3 protocol): the window tree, and the commands CalmDesk asks of sway.

Wayland gives a client no say over focus or position; sway takes both as commands on its IPC socket
(SWAYSOCK), which any client of the session may use. Each exchange is bounded by a short timeout: a sway
that hangs costs half a second, never a frozen app.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import struct
from collections.abc import Iterator, Mapping
from typing import Any

log = logging.getLogger(__name__)

_MAGIC = b"i3-ipc"
_RUN_COMMAND = 0
_GET_WORKSPACES = 1
_GET_TREE = 4
_TIMEOUT_S = 0.5


class SwayIpcError(Exception):
    pass


def available() -> bool:
    """True when this process runs under sway (its IPC socket is named in the environment)."""
    return bool(os.environ.get("SWAYSOCK"))


def _exchange(kind: int, payload: str = "") -> Any:
    path = os.environ.get("SWAYSOCK", "")
    if not path:
        raise SwayIpcError("not running under sway (no SWAYSOCK)")
    data = payload.encode("utf-8")
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(_TIMEOUT_S)
            sock.connect(path)
            sock.sendall(_MAGIC + struct.pack("<II", len(data), kind) + data)
            header = _read(sock, len(_MAGIC) + 8)
            length, _kind = struct.unpack("<II", header[len(_MAGIC) :])
            return json.loads(_read(sock, length))
    except (OSError, ValueError, struct.error) as exc:
        raise SwayIpcError(f"sway's IPC socket did not answer: {exc}") from None


def _read(sock: socket.socket, count: int) -> bytes:
    data = b""
    while len(data) < count:
        chunk = sock.recv(count - len(data))
        if not chunk:
            raise OSError("sway closed the IPC socket")
        data += chunk
    return data


def command(text: str) -> None:
    """Run one sway command; SwayIpcError when sway refuses it (its own words) or does not answer."""
    replies = _exchange(_RUN_COMMAND, text)
    failed = [r for r in replies if not r.get("success")]
    if failed:
        raise SwayIpcError(f"sway refused {text!r}: {failed[0].get('error', 'no reason given')}")


def windows() -> Iterator[Mapping[str, Any]]:
    """Every window (tiled and floating) in sway's tree, with its rect, app_id, pid and focus."""
    pending: list[Mapping[str, Any]] = [_exchange(_GET_TREE)]
    while pending:
        node = pending.pop()
        if node.get("type") in ("con", "floating_con") and node.get("pid"):
            yield node
        pending += [*node.get("nodes", []), *node.get("floating_nodes", [])]


def workspaces() -> list[Mapping[str, Any]]:
    """The workspaces, each with its usable rect (bars excluded) and whether it is the focused one."""
    return list(_exchange(_GET_WORKSPACES))


def focused_window() -> Mapping[str, Any] | None:
    return next((node for node in windows() if node.get("focused")), None)


def quoted(text: str) -> str:
    """`text` as an exact-match criterion value: regex specials escaped, inside double quotes."""
    special = set("\\^$.|?*+()[]{}")
    escaped = "".join(f"\\{c}" if c in special else c for c in text).replace('"', '\\"')
    return f'"^{escaped}$"'
