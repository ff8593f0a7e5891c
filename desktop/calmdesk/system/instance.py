"""Single running instance (QLockFile) and the local command channel (`calmdesk show`) to it."""

from __future__ import annotations

import getpass
import logging
import socket
import stat
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from calmdesk.store.paths import runtime_dir

if TYPE_CHECKING:
    from calmdesk.system.instance_server import InstanceServer

log = logging.getLogger(__name__)

COMMANDS = ("show", "toggle", "hide", "quit", "ping", "checklist")
LOCK_NAME = "instance.lock"
SOCKET_NAME = "ipc.sock"
REPLY_OK = "ok"
REPLY_UNKNOWN = "unknown command"


class InstanceError(Exception):
    """The instance folder or socket cannot be set up (e.g. the runtime folder is not ours)."""


def instance_dir() -> Path:
    """The per-user runtime folder (platformdirs already appends "calmdesk"), created user-only."""
    path = runtime_dir()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    # mkdir's mode is masked by umask and ignored for an existing folder: enforce it (the socket is a door).
    if stat.S_IMODE(path.stat().st_mode) != 0o700:
        path.chmod(0o700)
    return path


def socket_path() -> Path:
    return runtime_dir() / SOCKET_NAME


def _server_name() -> str:
    """What QLocalServer/QLocalSocket get: a file path on Unix, a per-user pipe name on Windows."""
    if sys.platform == "win32":
        return f"calmdesk-{getpass.getuser()}"
    return str(socket_path())


def send_command(command: str, *, timeout: float = 1.0) -> bool:
    """Send one command to the running instance; True when it answered "ok" (False: none running)."""
    if sys.platform == "win32":
        return _send_command_qt(command, timeout)
    path = socket_path()
    if not path.exists():
        return False
    deadline = time.monotonic() + timeout
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect(str(path))
            sock.sendall(command.encode("utf-8") + b"\n")
            reply = b""
            while b"\n" not in reply:
                sock.settimeout(max(deadline - time.monotonic(), 0.001))
                chunk = sock.recv(256)
                if not chunk:
                    break
                reply += chunk
    except OSError as exc:  # refused (stale socket), timeout, permission: all mean "no instance to talk to"
        log.debug("send_command(%r) failed: %s", command, exc)
        return False
    return reply.split(b"\n", 1)[0].decode("utf-8", "replace") == REPLY_OK


def _send_command_qt(command: str, timeout: float) -> bool:
    # On Windows QLocalServer listens on a named pipe, not an AF_UNIX path: Qt is the client there.
    from PySide6.QtNetwork import QLocalSocket

    sock = QLocalSocket()
    sock.connectToServer(_server_name())
    msecs = int(timeout * 1000)
    if not sock.waitForConnected(msecs):
        return False
    sock.write(command.encode("utf-8") + b"\n")
    if not sock.waitForBytesWritten(msecs):
        return False
    reply = b""
    while b"\n" not in reply and sock.waitForReadyRead(msecs):
        reply += bytes(sock.readAll().data())
    sock.disconnectFromServer()
    return reply.split(b"\n", 1)[0].decode("utf-8", "replace") == REPLY_OK


def __getattr__(name: str) -> object:
    # PEP 562: the Qt half lives in instance_server and is imported only when asked for, so that
    # `from calmdesk.system.instance import send_command` (the `calmdesk show` path) never loads Qt.
    if name == "InstanceServer":
        from calmdesk.system.instance_server import InstanceServer

        return InstanceServer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["COMMANDS", "InstanceError", "InstanceServer", "instance_dir", "send_command", "socket_path"]
