"""The line protocol between `calmdesk <command>` and the running app, shared by client and server (no Qt).

One request per line, UTF-8, at most MAX_LINE bytes: a bare command word ("show"), or an option command
and its argument as a JSON string (`packs "/srv/team packs"`), so any path or key text fits on one line.
One reply line per request: "ok", "ok <JSON string>" (what was done, for the person), "error <JSON
string>" (why it was not done) or "unknown command". The client (instance.py) and the Qt server
(instance_server.py) both import this module and nothing of each other.
"""

from __future__ import annotations

import getpass
import json
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from calmdesk.store.paths import runtime_dir

# Commands without an argument; "ping" is answered by the server itself and not passed on.
COMMANDS = (
    *("show", "toggle", "hide", "quit", "ping", "checklist", "edit"),
    # The app's other windows, so a keyboard launcher or a terminal reaches each one (issue 16).
    *("settings", "about", "stats", "followups", "replied"),
)
# Commands that carry one argument: options given to a second `calmdesk` while one already runs.
OPTION_COMMANDS = ("packs", "hotkey")
LOCK_NAME = "instance.lock"
SOCKET_NAME = "ipc.sock"
REPLY_OK = "ok"
REPLY_ERROR = "error"
REPLY_UNKNOWN = "unknown command"
# A path may be 4,096 bytes, JSON may escape each byte to six: beyond this a line is garbage, not buffered.
MAX_LINE = 32 * 1024


class InstanceError(Exception):
    """The instance folder or socket cannot be set up (e.g. the runtime folder is not ours)."""


class LineTooLong(ValueError):
    """More than MAX_LINE bytes arrived without a newline: the sender is not speaking this protocol."""


@dataclass(frozen=True, slots=True)
class Request:
    command: str
    argument: str | None = None


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


def server_name() -> str:
    """What QLocalServer/QLocalSocket get: a file path on Unix, a per-user pipe name on Windows."""
    if sys.platform == "win32":
        return f"calmdesk-{getpass.getuser()}"
    return str(socket_path())


def encode_request(command: str, argument: str | None = None) -> bytes:
    """One request line; raises ValueError for a command this protocol does not have."""
    if argument is None:
        if command not in COMMANDS:
            raise ValueError(f"unknown command {command!r}")
        return command.encode("utf-8") + b"\n"
    if command not in OPTION_COMMANDS:
        raise ValueError(f"{command!r} takes no argument")
    line = f"{command} {json.dumps(argument)}".encode()
    if len(line) >= MAX_LINE:
        raise ValueError(f"the {command} argument is too long to send")
    return line + b"\n"


def parse_request(line: bytes) -> Request | None:
    """The request on one line (without its newline), or None when it is not one this protocol knows."""
    text = line.decode("utf-8", "replace").strip()
    if text in COMMANDS:
        return Request(text)
    command, _, raw = text.partition(" ")
    if command not in OPTION_COMMANDS:
        return None
    try:
        argument = json.loads(raw)
    except (ValueError, RecursionError):  # not JSON, or "[[[[..." nested past the interpreter's limit
        return None
    return Request(command, argument) if isinstance(argument, str) else None


def encode_reply(status: str, message: str | None = None) -> bytes:
    """ "ok", "ok <message>", "error <message>" or "unknown command", as one line."""
    if message is None:
        return status.encode("utf-8") + b"\n"
    return f"{status} {json.dumps(message)}".encode() + b"\n"


def parse_reply(line: bytes) -> tuple[str, str | None]:
    """(status, message): status is "ok", "error" or "unknown command"; anything else is "error"."""
    text = line.decode("utf-8", "replace").strip()
    if text in (REPLY_OK, REPLY_UNKNOWN):
        return text, None
    status, _, raw = text.partition(" ")
    if status in (REPLY_OK, REPLY_ERROR):
        try:
            message = json.loads(raw)
        except (ValueError, RecursionError):
            message = None
        if isinstance(message, str):
            return status, message
    return REPLY_ERROR, f"unreadable reply: {text[:80]!r}"


class LineBuffer:
    """Splits a byte stream into lines, holding at most MAX_LINE bytes of an unfinished line."""

    def __init__(self, max_line: int = MAX_LINE) -> None:
        self._max = max_line
        self._rest = b""

    def feed(self, data: bytes) -> list[bytes]:
        """The complete lines in what has arrived so far; raises LineTooLong when a line outgrows the cap."""
        *lines, self._rest = (self._rest + data).split(b"\n")
        if len(self._rest) > self._max or any(len(line) > self._max for line in lines):
            self._rest = b""
            raise LineTooLong(f"a line of more than {self._max} bytes")
        return lines
