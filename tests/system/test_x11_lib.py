"""x11_lib against a real Xvfb: start-up grabs the hotkey without python-xlib, errors reach the right
handler, and a server that goes away is reported, never the end of the process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest

from calmdesk.system import x11_lib

# What start-up does with X: check the display answers, then grab the hotkey on a connection of its own.
_START_UP = """
import json, sys
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
before = set(sys.modules)
from calmdesk.system.display import missing_display
from calmdesk.system.hotkey_x11 import X11HotkeyBackend

problem = missing_display()
backend = X11HotkeyBackend()
backend.register("Ctrl+Alt+Space")
backend.unregister()
new = set(sys.modules) - before
print(json.dumps({"problem": problem, "xlib": sorted(m for m in new if m.split(".")[0] in
                  ("Xlib", "platform", "subprocess"))}))
"""

# The server stops under an open connection: Xlib's own I/O error handler would end the process.
_SERVER_GOES = """
import os, signal, sys
from calmdesk.system import x11_lib
conn = x11_lib.Connection()
os.kill(int(sys.argv[1]), signal.SIGKILL)
import time
for _ in range(200):
    try:
        conn.pending()
    except x11_lib.ConnectionLost as exc:
        print("lost:", exc)
        break
    time.sleep(0.05)
conn.close()
print("still running")
"""


@pytest.fixture
def x_server() -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A bare Xvfb on a free display number (it writes the number it took to the pipe). -noreset as in a
    session, where the window manager stays connected: a bare server resets when its last client leaves,
    and refuses connections for a moment while it does."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: scripts/system-packages.sh --test installs it")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "640x480x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as numbers:
            number = numbers.readline().strip()  # blocks until the server is ready to take clients
        assert number, "Xvfb did not start"
        yield f":{number}", server
    finally:
        server.kill()
        server.wait(10)


def _env(display: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["DISPLAY"] = display
    return env


def test_the_display_check_and_the_hotkey_grab_load_no_python_xlib(
    x_server: tuple[str, subprocess.Popen[bytes]],
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _START_UP], env=_env(x_server[0]), capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["problem"] is None
    # Before: python-xlib's protocol tables and what its connection imports, 2 MB at every start.
    assert found["xlib"] == []


def test_an_error_is_caught_on_its_connection_and_others_go_to_the_handler_before(
    x_server: tuple[str, subprocess.Popen[bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPLAY", x_server[0])
    holder, ours, other = x11_lib.Connection(), x11_lib.Connection(), x11_lib.Connection()
    lib = x11_lib._x11()
    seen_before: list[tuple[int | None, int]] = []

    def before(display: int | None, event: object) -> int:  # stands in for Qt's handler
        seen_before.append((display, int(event.contents.error_code)))  # type: ignore[attr-defined]
        return 0

    handler = x11_lib._ErrorHandler(before)
    original = lib.XSetErrorHandler(handler)
    try:
        space = holder.keysym_to_keycode(x11_lib.string_to_keysym("space"))
        with holder.catching_errors() as held:
            holder.grab_key(space, x11_lib.CONTROL_MASK)
            holder.sync()
        assert held == []
        with ours.catching_errors() as caught:
            ours.grab_key(space, x11_lib.CONTROL_MASK)  # held by `holder`: BadAccess
            other.grab_key(1, 0)  # below the lowest keycode (8): BadValue, on another connection
            ours.sync()
            other.sync()
        assert caught == [x11_lib.BAD_ACCESS]
        assert seen_before == [(other._handle, 2)]  # 2: BadValue
        # The handler that was there before is back once the block ends.
        assert lib.XSetErrorHandler(handler) is not None
        other.grab_key(1, 0)
        other.sync()
        assert len(seen_before) == 2
    finally:
        lib.XSetErrorHandler(original)
        for conn in (holder, ours, other):
            conn.close()


def test_a_server_that_goes_away_is_reported_and_the_process_goes_on(
    x_server: tuple[str, subprocess.Popen[bytes]],
) -> None:
    display, server = x_server
    done = subprocess.run(
        [sys.executable, "-c", _SERVER_GOES, str(server.pid)],
        env=_env(display),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "lost: the X server closed the connection" in done.stdout
    assert "still running" in done.stdout


def test_a_display_nobody_serves_is_not_opened() -> None:
    assert not x11_lib.can_open(":987")
    with pytest.raises(x11_lib.XUnavailable, match="cannot be opened"):
        x11_lib.Connection(":987")
