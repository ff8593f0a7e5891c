"""The first start's question (name and company) as a new agent meets it: a small floating window in the
middle of the screen under sway and under X11, and the picker, opened while it is up, hides none of it."""

from __future__ import annotations

import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from swaysession import OUTPUT_SIZE, SwaySession
from xapp import CalmDeskApp, popup_windows, run_cli, wait_for, xdotool
from xsession import XSession

pytestmark = pytest.mark.e2e

GREETING = "Welcome"  # its title begins so; the desktop may add " — CalmDesk"


def _titled(session: XSession, prefix: str) -> list[int]:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", f"^{prefix}"],
        env=session.env,
        capture_output=True,
        text=True,
        timeout=10,
    )
    return [int(line) for line in found.stdout.split()]


def _geometry(session: XSession, window: int) -> tuple[int, int, int, int]:
    shell = dict(
        line.split("=", 1) for line in xdotool(session, "getwindowgeometry", "--shell", str(window)).split()
    )
    return int(shell["X"]), int(shell["Y"]), int(shell["WIDTH"]), int(shell["HEIGHT"])


def _apart(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax + aw <= bx or bx + bw <= ax or ay + ah <= by or by + bh <= ay


def test_under_x11_the_greeting_is_centred_and_the_picker_leaves_it_in_view(
    xsession: XSession, tmp_path: Path
) -> None:
    app = CalmDeskApp(xsession, tmp_path / "calmdesk.log")
    try:
        app.wait_ready()
        [greeting] = wait_for(lambda: _titled(xsession, GREETING), 10, "the first start's greeting")
        x, y, width, height = _geometry(xsession, greeting)
        screen_w, screen_h = (int(n) for n in xdotool(xsession, "getdisplaygeometry").split())
        assert width < screen_w // 2, "a small window, not a tile"
        assert height < screen_h // 2, "a small window, not a tile"
        assert abs(x + width // 2 - screen_w // 2) < 40, "centred across the screen"
        assert abs(y + height // 2 - screen_h // 2) < 60, "centred down the screen"

        assert run_cli(xsession, "show").returncode == 0
        [picker] = wait_for(lambda: popup_windows(xsession), 10, "the picker")
        seen = _geometry(xsession, picker)
        wait_for(
            lambda: _apart(_geometry(xsession, greeting), seen), 5, "the greeting to be clear of the picker"
        )
    finally:
        app.stop()


def test_under_sway_the_greeting_floats_at_its_own_size(sway: SwaySession, tmp_path: Path) -> None:
    app = CalmDeskApp(SimpleNamespace(env=sway.env), tmp_path / "calmdesk.log")
    try:
        app.wait_ready()
        view = wait_for(
            lambda: next((v for v in sway.views() if v.title.startswith(GREETING)), None), 10, "the greeting"
        )
        width, height = OUTPUT_SIZE
        assert view.floating, view
        assert view.width < width // 2, f"a small window, not a tile: {view}"
        assert view.height < height // 2, f"a small window, not a tile: {view}"
    finally:
        app.stop()
