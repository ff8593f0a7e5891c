"""The IPC server against abusive clients (issue 11), with the server in a real second process."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from calmdesk.system import instance
from calmdesk.system.instance import send_command, send_request
from calmdesk.system.instance_server import IDLE_TIMEOUT_S, MAX_CONNECTIONS

HELPER = Path(__file__).with_name("instance_helper.py")


class Server:
    """instance_helper.py in its own process; its stderr (the log) is collected into a file."""

    def __init__(self, tmp_path: Path, **env: str) -> None:
        self.log = tmp_path / "helper.log"
        self._err = self.log.open("w")
        self.proc = subprocess.Popen(
            [sys.executable, str(HELPER)],
            stdout=subprocess.PIPE,
            stderr=self._err,
            text=True,
            env={**os.environ, **env},
        )
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().strip() == "acquired"

    def warnings(self) -> list[str]:
        return [line for line in self.log.read_text().splitlines() if "WARNING" in line]

    def rss_kb(self) -> int:
        status = Path(f"/proc/{self.proc.pid}/status").read_text()
        return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(10)
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        self._err.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    running = Server(tmp_path, CALMDESK_TEST_NOFILE="64")
    yield running
    running.stop()


def connect() -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.connect(str(instance.socket_path()))
    return sock


def wait_until(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.05)


def closed_by_server(sock: socket.socket) -> bool:
    sock.setblocking(False)
    try:
        return sock.recv(64) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True


def test_a_crowd_of_idle_connections_never_locks_out_show(server: Server) -> None:
    # 200 idle clients against a server with 64 file descriptors: Qt used to close (and delete) the
    # listening socket when accept() failed, and `calmdesk show` failed from then on.
    idle: list[socket.socket] = []
    try:
        for _ in range(200):
            with contextlib.suppress(OSError):  # the server may already have dropped an old one
                idle.append(connect())
        assert send_command("ping", timeout=3) is True, "show always gets in"
        wait_until(lambda: send_command("ping"), 5, "the server to answer during the crowd")
        # Idle ones are closed by the server: at most MAX_CONNECTIONS ever stay open, and those time out.
        wait_until(
            lambda: sum(not closed_by_server(s) for s in idle) == 0,
            IDLE_TIMEOUT_S + 5,
            "every idle client to be closed",
        )
    finally:
        for sock in idle:
            sock.close()
    assert send_command("ping") is True
    assert server.proc.poll() is None


def test_the_listener_comes_back_when_its_socket_file_is_removed(server: Server) -> None:
    instance.socket_path().unlink()  # a tmp cleaner, or a stray `rm` in the runtime folder
    assert send_command("ping") is False
    wait_until(lambda: send_command("ping"), 5, "the server to listen again")


def test_garbage_is_answered_but_the_log_stays_short(server: Server) -> None:
    sock = connect()
    replies = bytearray()

    def drain() -> None:
        with contextlib.suppress(OSError):
            while chunk := sock.recv(65536):
                replies.extend(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    for _ in range(50):
        sock.sendall(b"garbage \x1b[2J line\n" * 200)
    # No shutdown(SHUT_WR): Qt takes a half-closed socket for a closed one and drops the unsent replies.
    wait_until(lambda: replies.count(b"unknown command\n") == 10_000, 20, "every line to be answered")
    sock.shutdown(socket.SHUT_RDWR)
    reader.join(5)
    sock.close()
    assert send_command("ping") is True
    assert len(server.warnings()) <= 6, "a handful of warnings, then they are only counted"


def test_a_client_that_never_reads_is_dropped_and_memory_stays_bounded(server: Server) -> None:
    before = server.rss_kb()
    sock = connect()
    sock.settimeout(10)
    sent = 0
    with contextlib.suppress(OSError):  # the server hangs up on us: EPIPE or ECONNRESET
        for _ in range(2000):  # up to 10 MB of "ping" whose answers are never read
            sock.sendall(b"ping\n" * 1000)
            sent += 1
    assert sent < 2000, "the server dropped the client before it sent everything"
    sock.close()
    assert server.rss_kb() - before < 30_000, "no megabytes of unread replies kept"
    assert send_command("ping") is True
    assert any("does not read" in line for line in server.warnings())


def test_over_long_line_drops_the_client(server: Server) -> None:
    sock = connect()
    with contextlib.suppress(OSError):
        sock.sendall(b"x" * (1 << 20))
    wait_until(lambda: closed_by_server(sock), 5, "the server to hang up")
    sock.close()
    assert send_command("ping") is True


def test_an_option_the_server_cannot_apply_is_refused_plainly(server: Server) -> None:
    assert send_request("packs", "/srv/team packs\nwith a newline") == (
        "error",
        "this CalmDesk does not take --packs while it runs",
    )


def test_connection_cap_is_a_sane_number() -> None:
    assert 4 <= MAX_CONNECTIONS <= 64
