"""The start-up X connections (display check, hotkey grab) set up none of the server's extensions."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest

# What start-up does with X before Qt: check the display answers, then grab the hotkey on its own connection.
_PROBE = """
import json, os, sys
from Xlib import X, XK
from calmdesk.system.display import missing_display
import Xlib.display  # what it imports by itself does not count
before = set(sys.modules)
from calmdesk.system.x_core import CoreDisplay

problem = missing_display()
conn = CoreDisplay(os.environ["DISPLAY"])
root = conn.screen().root
keycode = conn.keysym_to_keycode(XK.string_to_keysym("space"))
root.grab_key(keycode, X.ControlMask | X.Mod1Mask, True, X.GrabModeAsync, X.GrabModeAsync)
conn.sync()
root.ungrab_key(keycode, X.ControlMask | X.Mod1Mask)
conn.close()
print(json.dumps({"problem": problem, "keycode": keycode,
                  "extensions": sorted(m for m in set(sys.modules) - before if m.startswith("Xlib.ext."))}))
"""


@pytest.fixture
def x_display() -> Iterator[str]:
    """A bare Xvfb on a free display number (it writes the number it took to the pipe)."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: scripts/system-packages.sh --test installs it")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "640x480x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as numbers:
            number = numbers.readline().strip()  # blocks until the server is ready to take clients
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def test_the_display_check_and_the_hotkey_grab_load_no_extension_module(x_display: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["DISPLAY"] = x_display
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["problem"] is None
    assert found["keycode"] > 0  # the core protocol alone maps keys and grabs them
    # Before: RANDR, XInput, XFIXES, ... a dozen modules and 0.8 MB at every start.
    assert found["extensions"] == []
