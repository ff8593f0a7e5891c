"""CalmDesk never touches the network: every socket the app and the CLI open is a local (AF_UNIX) one.

Two independent witnesses: a Python audit hook (exact for sockets made from Python) and /proc (also sees the
sockets Qt opens in C++, such as QLocalServer's): every socket fd of the app must be a Unix-domain socket.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from xapp import CalmDeskApp, popup_windows, run_cli, wait_for
from xsession import XSession

SITECUSTOMIZE = """
import json, os, sys

_LOG = os.environ["CALMDESK_SOCKET_LOG"]


def _hook(event, args):
    if event in ("socket.__new__", "socket.connect", "socket.bind", "socket.sendto", "socket.getaddrinfo"):
        if event == "socket.__new__":
            record = {"event": event, "family": int(args[1])}
        elif event == "socket.getaddrinfo":
            record = {"event": event, "host": repr(args[0])}
        else:
            record = {"event": event, "family": int(args[0].family), "address": repr(args[1])}
        with open(_LOG, "a") as log:
            log.write(json.dumps(record) + "\\n")


sys.addaudithook(_hook)
"""


@pytest.fixture
def audited_env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    site = tmp_path / "audit-site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE)
    log = tmp_path / "sockets.jsonl"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), env.get("PYTHONPATH", "")]))
    env["CALMDESK_SOCKET_LOG"] = str(log)
    return env, log


def records(log: Path) -> list[dict[str, object]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text().splitlines()]


def assert_local_only(found: list[dict[str, object]], allowed_prefixes: tuple[str, ...]) -> None:
    for record in found:
        assert record["event"] != "socket.getaddrinfo", f"name lookup: {record}"
        assert record.get("family") == socket.AF_UNIX, f"non-local socket: {record}"
        if "address" in record:
            address = str(record["address"]).strip("'\"b")
            assert address.startswith(allowed_prefixes), f"unexpected local socket: {record}"


def test_audit_hook_sees_sockets(audited_env: tuple[dict[str, str], Path]) -> None:
    """The witness works: a deliberate TCP socket is recorded (else the tests below could never fail)."""
    env, log = audited_env
    code = "import socket; socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()"
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    assert {"event": "socket.__new__", "family": int(socket.AF_INET)} in records(log)


def test_cli_search_opens_no_socket(audited_env: tuple[dict[str, str], Path]) -> None:
    env, log = audited_env
    result = subprocess.run(
        [sys.executable, "-m", "calmdesk", "search", "sorry", "--json"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert records(log) == []


@pytest.mark.e2e
def test_app_opens_only_local_sockets(
    xsession: XSession, audited_env: tuple[dict[str, str], Path], tmp_path: Path
) -> None:
    env, log = audited_env
    xsession.env.update(PYTHONPATH=env["PYTHONPATH"], CALMDESK_SOCKET_LOG=env["CALMDESK_SOCKET_LOG"])
    app = CalmDeskApp(xsession, tmp_path / "app.log")
    try:
        app.wait_ready()
        assert run_cli(xsession, "show").returncode == 0  # the CLI side of the IPC, audited too
        wait_for(lambda: popup_windows(xsession), 5, "the popup")
        time.sleep(0.5)  # let any lazy start-up work (update checks would be here) have its chance
        unix_inodes, socket_inodes = proc_sockets(app.proc.pid)
        assert socket_inodes, "the app should hold at least its IPC and X sockets"
        assert socket_inodes <= unix_inodes, f"non-Unix sockets: {socket_inodes - unix_inodes}"
    finally:
        app.stop()
    runtime = str(Path(xsession.env["XDG_RUNTIME_DIR"]) / "calmdesk")
    found = records(log)
    assert any(r["event"] == "socket.connect" for r in found), "the CLI `show` should have connected"
    # The runtime folder (our IPC socket) and the X server's socket (python-xlib's hotkey connection).
    # And the desktop's session bus, also a Unix socket: notifications (the first-start welcome, reminders).
    bus = xsession.env["DBUS_SESSION_BUS_ADDRESS"].removeprefix("unix:path=")
    assert_local_only(found, (runtime, "/tmp/.X11-unix/", "\\x00/tmp/.X11-unix/", bus))


def proc_sockets(pid: int) -> tuple[set[str], set[str]]:
    """(inodes of all Unix sockets on the host, inodes of every socket fd of `pid`)."""
    unix = {line.split()[6] for line in Path("/proc/net/unix").read_text().splitlines()[1:] if line.split()}
    held = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            held.add(target[len("socket:[") : -1])
    return unix, held
