"""Fuzzing the IPC line protocol (issue 11): the parsers, and a real server in a second process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calmdesk.system import instance
from calmdesk.system.instance import send_command
from calmdesk.system.ipc_protocol import (
    COMMANDS,
    MAX_LINE,
    OPTION_COMMANDS,
    LineBuffer,
    LineTooLong,
    Request,
    encode_reply,
    encode_request,
    parse_reply,
    parse_request,
)

EXAMPLES = int(os.environ.get("CALMDESK_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
HELPER = Path(__file__).with_name("instance_helper.py")

_words = st.sampled_from(
    [*COMMANDS, *OPTION_COMMANDS, " ", '"', "\\", "[", "{", "\n", "\r", "\x00", "é", "ok"]
)
_lines = st.one_of(st.binary(max_size=300), st.lists(_words, max_size=20).map(lambda w: "".join(w).encode()))


@FUZZ
@given(chunks=st.lists(st.binary(max_size=5000), max_size=20))
def test_the_line_buffer_never_holds_more_than_a_line(chunks: list[bytes]) -> None:
    buffer = LineBuffer(max_line=1000)
    joined = b"".join(chunks)
    lines: list[bytes] = []
    try:
        for chunk in chunks:
            lines += buffer.feed(chunk)
            assert len(buffer._rest) <= 1000
    except LineTooLong:
        assert any(len(part) > 1000 for part in joined.split(b"\n"))
        return
    assert lines == joined.split(b"\n")[:-1]


@FUZZ
@given(line=_lines)
def test_any_line_parses_to_a_request_or_none(line: bytes) -> None:
    request = parse_request(line)
    assert request is None or request.command in (*COMMANDS, *OPTION_COMMANDS)
    status, message = parse_reply(line)
    assert status in ("ok", "error", "unknown command")
    assert message is None or isinstance(message, str)


@FUZZ
@given(command=st.sampled_from(OPTION_COMMANDS), argument=st.text(max_size=500))
def test_option_requests_round_trip(command: str, argument: str) -> None:
    line = encode_request(command, argument)
    assert line.count(b"\n") == 1
    assert line.endswith(b"\n")
    assert len(line) <= MAX_LINE
    assert parse_request(line[:-1]) == Request(command, argument)
    assert parse_reply(encode_reply("error", argument)[:-1]) == ("error", argument)


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One server process for every example; yields its runtime dir (where its socket is)."""
    runtime = tmp_path_factory.mktemp("fuzz-runtime")
    proc = subprocess.Popen(
        [sys.executable, str(HELPER)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "acquired"
    yield runtime
    assert proc.poll() is None, "the server survived every example"
    proc.kill()
    proc.wait(10)
    proc.stdout.close()


def _no_quit(line: bytes) -> bytes:
    # "quit" would end the shared server; every other line, garbage included, is fair game.
    return b"ping" if parse_request(line) == Request("quit") else line


@FUZZ
@given(
    payload=st.lists(_lines, min_size=1, max_size=30).map(
        lambda ls: b"\n".join(_no_quit(line) for line in b"\n".join(ls).split(b"\n")) + b"\n"
    )
)
def test_a_real_server_answers_every_line_and_survives(
    live_server: Path, monkeypatch: pytest.MonkeyPatch, payload: bytes
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(live_server))
    expected = payload.count(b"\n")
    replies = b""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(10)
        sock.connect(str(instance.socket_path()))
        sock.sendall(payload)
        while replies.count(b"\n") < expected:
            chunk = sock.recv(65536)
            assert chunk, "the server hung up before answering every line"
            replies += chunk
    assert replies.count(b"\n") == expected
    for line in replies.splitlines():
        assert parse_reply(line)[0] in ("ok", "error", "unknown command")
    assert send_command("ping", timeout=5)
