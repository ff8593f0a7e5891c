"""The client side of the single-instance channel: `calmdesk show` and friends talk to the running app.

Stdlib sockets only, so `calmdesk show` never loads Qt. The protocol lives in ipc_protocol; the Qt server
in instance_server. This module imports neither Qt nor the server.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
import time

from calmdesk.system.ipc_protocol import (
    COMMANDS,
    LOCK_NAME,
    REPLY_OK,
    REPLY_UNKNOWN,
    SOCKET_NAME,
    InstanceError,
    encode_request,
    instance_dir,
    parse_reply,
    server_name,
    socket_path,
    usable_token,
)

log = logging.getLogger(__name__)

# Re-exported: callers (and tests) have long found these here.
__all__ = [
    "COMMANDS",
    "LOCK_NAME",
    "SOCKET_NAME",
    "InstanceError",
    "instance_dir",
    "launcher_token",
    "send_command",
    "send_request",
    "send_summon",
    "socket_path",
]


def send_command(command: str, *, timeout: float = 1.0) -> bool:
    """Send one command to the running instance; True when it answered "ok" (False: none running)."""
    reply = send_request(command, timeout=timeout)
    return reply is not None and reply[0] == REPLY_OK


def launcher_token() -> str:
    """The activation token the desktop gave the program that runs us ("" when none).

    XDG_ACTIVATION_TOKEN is xdg-activation's; GNOME also puts the same token in DESKTOP_STARTUP_ID, which
    older launchers set alone.
    """
    return os.environ.get("XDG_ACTIVATION_TOKEN") or os.environ.get("DESKTOP_STARTUP_ID") or ""


def send_summon(command: str, *, timeout: float = 1.0) -> bool:
    """ "show" or "toggle" with our launcher's activation token, so the picker may take the keyboard.

    True when the instance answered "ok". An instance older than tokens answers "unknown command" to the
    request with one: it gets the bare command.
    """
    token = launcher_token()
    if usable_token(token):
        reply = send_request(command, token, timeout=timeout)
        if reply is None:
            return False
        if reply[0] != REPLY_UNKNOWN:
            return reply[0] == REPLY_OK
    return send_command(command, timeout=timeout)


def send_request(
    command: str, argument: str | None = None, *, timeout: float = 1.0
) -> tuple[str, str | None] | None:
    """Send one request; its reply as (status, message), or None when no instance answered in time."""
    line = encode_request(command, argument)
    if sys.platform == "win32":
        raw = _exchange_qt(line, timeout)
    else:
        raw = _exchange(line, timeout)
    return None if raw is None else parse_reply(raw)


def _exchange(line: bytes, timeout: float) -> bytes | None:
    path = socket_path()
    if not path.exists():
        return None
    deadline = time.monotonic() + timeout
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect(str(path))
            sock.sendall(line)
            reply = b""
            while b"\n" not in reply:
                sock.settimeout(max(deadline - time.monotonic(), 0.001))
                chunk = sock.recv(4096)
                if not chunk:
                    return None  # closed without a whole reply: nobody we can talk to
                reply += chunk
    except OSError as exc:  # refused (stale socket), timeout, permission: all mean "no instance to talk to"
        log.debug("IPC request %r failed: %s", line[:40], exc)
        return None
    return reply.split(b"\n", 1)[0]


def _exchange_qt(line: bytes, timeout: float) -> bytes | None:
    # On Windows QLocalServer listens on a named pipe, not an AF_UNIX path: Qt is the client there.
    from PySide6.QtNetwork import QLocalSocket

    sock = QLocalSocket()
    sock.connectToServer(server_name())
    msecs = int(timeout * 1000)
    if not sock.waitForConnected(msecs):
        return None
    sock.write(line)
    if not sock.waitForBytesWritten(msecs):
        return None
    reply = b""
    while b"\n" not in reply and sock.waitForReadyRead(msecs):
        reply += bytes(sock.readAll().data())
    sock.disconnectFromServer()
    return reply.split(b"\n", 1)[0] if b"\n" in reply else None
