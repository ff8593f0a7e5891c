"""Single instance and IPC, exercised with a real second process (and a kill -9 of it)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from calmdesk.system import instance
from calmdesk.system.instance import send_command
from calmdesk.system.instance_server import InstanceServer

HELPER = Path(__file__).with_name("instance_helper.py")


class Helper:
    """A running instance_helper.py whose stdout lines we read one by one."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(HELPER)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def line(self) -> str:
        assert self.proc.stdout is not None
        out = self.proc.stdout.readline().strip()
        if not out:
            err = self.proc.stderr.read() if self.proc.stderr and self.proc.poll() is not None else ""
            pytest.fail(f"helper printed nothing (exit {self.proc.poll()}): {err}")
        return out

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(10)
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream:
                stream.close()


@pytest.fixture
def helper() -> Iterator[Helper]:
    h = Helper()
    yield h
    h.stop()


@pytest.fixture
def server(qapp: object) -> Iterator[InstanceServer]:
    srv = InstanceServer.acquire()
    assert srv is not None
    yield srv
    srv.close()


def test_no_instance_means_send_fails() -> None:
    assert send_command("ping") is False


def test_send_command_does_not_import_qt() -> None:
    code = (
        "import sys; from calmdesk.system.instance import send_command; send_command('ping');"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_folder_and_socket_are_user_only(server: InstanceServer) -> None:
    folder = instance.instance_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    sock = instance.socket_path()
    assert stat.S_ISSOCK(sock.stat().st_mode)
    assert stat.S_IMODE(sock.stat().st_mode) & 0o077 == 0
    assert server.server_name == str(sock)


def test_commands_arrive_as_signal(qtbot: QtBot, server: InstanceServer) -> None:
    for command in ("show", "toggle", "hide", "quit"):
        with qtbot.waitSignal(server.commandReceived, timeout=3000) as blocker:
            # The server answers from this thread's event loop: send without blocking, let waitSignal spin.
            client = _RawClient(command)
        assert blocker.args == [command, ""]
        assert client.reply() == "ok"


def test_show_and_toggle_bring_the_activation_token(qtbot: QtBot, server: InstanceServer) -> None:
    for command in ("show", "toggle"):
        with qtbot.waitSignal(server.commandReceived, timeout=3000) as blocker:
            client = _RawClient(f'{command} "sway-token-1234_abc"')
        assert blocker.args == [command, "sway-token-1234_abc"]
        assert client.reply() == "ok"


@pytest.mark.parametrize("token", ["two words", "tab\\tin", "x" * 1025, ""])
def test_a_token_that_cannot_be_one_still_shows_without_it(
    qtbot: QtBot, server: InstanceServer, token: str
) -> None:
    with qtbot.waitSignal(server.commandReceived, timeout=3000) as blocker:
        client = _RawClient(f'show "{token}"')
    assert blocker.args == ["show", ""]
    assert client.reply() == "ok"


def test_calmdesk_show_sends_its_launchers_token(
    qtbot: QtBot, server: InstanceServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_ACTIVATION_TOKEN", "from-the-launcher")
    monkeypatch.setenv("DESKTOP_STARTUP_ID", "older-id")
    assert instance.launcher_token() == "from-the-launcher"
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN")
    assert instance.launcher_token() == "older-id"  # GNOME sets both to the same token; older launchers this


def test_a_token_reaches_an_instance_older_than_tokens_as_a_bare_show(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An app started before an upgrade answers `show "TOKEN"` with "unknown command": it gets "show"."""
    heard: list[bytes] = []
    path = instance.socket_path()
    instance.instance_dir()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
        listener.bind(str(path))
        listener.listen()

        def old_server() -> None:  # the protocol before tokens: bare command words only
            for _ in range(2):
                conn, _address = listener.accept()
                with conn:
                    line = conn.makefile("rb").readline().strip()
                    heard.append(line)
                    conn.sendall(b"ok\n" if line == b"show" else b"unknown command\n")

        thread = threading.Thread(target=old_server, daemon=True)
        thread.start()
        monkeypatch.setenv("XDG_ACTIVATION_TOKEN", "from-the-launcher")
        assert instance.send_summon("show") is True
        thread.join(5)
    path.unlink()
    assert heard == [b'show "from-the-launcher"', b"show"]


def test_ping_is_answered_not_emitted(qtbot: QtBot, server: InstanceServer) -> None:
    with qtbot.assertNotEmitted(server.commandReceived, wait=200):
        client = _RawClient("ping")
        qtbot.waitUntil(client.has_reply, timeout=3000)
    assert client.reply() == "ok"


def test_unknown_command_is_refused(qtbot: QtBot, server: InstanceServer) -> None:
    with qtbot.assertNotEmitted(server.commandReceived, wait=200):
        client = _RawClient("rm -rf")
        qtbot.waitUntil(client.has_reply, timeout=3000)
    assert client.reply() == "unknown command"


def test_second_live_instance_is_refused(qapp: object, helper: Helper) -> None:
    assert helper.line() == "acquired"
    assert InstanceServer.acquire() is None
    assert send_command("ping") is True
    assert send_command("show") is True
    assert helper.line() == "command show"


def test_quit_command_ends_the_other_instance(qapp: object, helper: Helper) -> None:
    assert helper.line() == "acquired"
    assert send_command("quit") is True
    assert helper.line() == "command quit"
    assert helper.proc.wait(10) == 0
    assert not instance.socket_path().exists()
    server = InstanceServer.acquire()
    assert server is not None
    server.close()


def test_kill_9_leaves_a_stale_lock_that_is_taken_over(qtbot: QtBot, helper: Helper) -> None:
    assert helper.line() == "acquired"
    os.kill(helper.proc.pid, signal.SIGKILL)
    helper.proc.wait(10)
    # The dead process left both files behind: this is the case to recover from.
    assert (instance.instance_dir() / instance.LOCK_NAME).exists()
    assert instance.socket_path().exists()
    assert send_command("ping") is False
    server = InstanceServer.acquire()
    assert server is not None
    try:
        client = _RawClient("ping")  # the new socket file is ours and answers
        qtbot.waitUntil(client.has_reply, timeout=3000)
        assert client.reply() == "ok"
        second = Helper()
        try:
            assert second.line() == "busy"
            assert second.proc.wait(10) == 3
        finally:
            second.stop()
    finally:
        server.close()


def test_live_socket_is_never_removed_by_a_refused_instance(qapp: object, helper: Helper) -> None:
    assert helper.line() == "acquired"
    before = instance.socket_path().stat().st_ino
    assert InstanceServer.acquire() is None
    assert instance.socket_path().stat().st_ino == before
    assert send_command("ping") is True


class _RawClient:
    """A non-blocking stdlib client, so the test thread can keep running the server's event loop."""

    def __init__(self, command: str) -> None:
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._sock.connect(str(instance.socket_path()))
        self._sock.sendall(command.encode() + b"\n")
        self._sock.setblocking(False)
        self._data = b""

    def has_reply(self) -> bool:
        with contextlib.suppress(BlockingIOError):
            self._data += self._sock.recv(256)
        return b"\n" in self._data

    def reply(self) -> str:
        self.has_reply()
        self._sock.close()
        return self._data.split(b"\n", 1)[0].decode()


def test_lines_after_quit_in_the_same_read_are_dropped(qtbot: QtBot, server: InstanceServer) -> None:
    # The app closes the server on "quit"; writing the replies of later lines to a closed socket made Qt
    # warn "device not open" (qt_log_level_fail turns such a warning into a failure).
    received: list[str] = []

    def on_command(command: str) -> None:
        received.append(command)
        if command == "quit":
            server.close()

    server.commandReceived.connect(on_command)
    client = _RawClient("show\nquit\nping\nhide")
    qtbot.waitUntil(lambda: "quit" in received, timeout=3000)
    qtbot.wait(100)
    assert received == ["show", "quit"]
    assert client.reply() == "ok"
