"""sway's IPC client: criteria quoting, and a clear error (never a hang) where sway is not running."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

from calmdesk.system import sway_ipc


@pytest.mark.parametrize("title", ["Notice — CalmDesk", "a.b (c) [d] *e* ^f$ g|h", 'say "hi"', "back\\slash"])
def test_a_quoted_title_matches_itself_exactly(title: str) -> None:
    quoted = sway_ipc.quoted(title)
    assert quoted.startswith('"')
    assert quoted.endswith('"')
    # sway reads the value inside the quotes, \" as a quote, then compiles it as a regular expression.
    pattern = quoted[1:-1].replace('\\"', '"')
    assert re.fullmatch(pattern, title)
    assert not re.fullmatch(pattern, title + " x")
    assert not re.fullmatch(pattern, "x" + title)


def test_without_sway_the_client_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SWAYSOCK", raising=False)
    assert not sway_ipc.available()
    with pytest.raises(sway_ipc.SwayIpcError, match="not running under sway"):
        sway_ipc.command("focus")


def test_a_socket_that_never_answers_costs_a_timeout_not_a_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "sway-ipc.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as silent:
        silent.bind(str(path))
        silent.listen(1)
        monkeypatch.setenv("SWAYSOCK", str(path))
        with pytest.raises(sway_ipc.SwayIpcError, match="did not answer"):
            sway_ipc.command("focus")
