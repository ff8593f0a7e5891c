"""Auto-paste into another program's window under a real X server and window manager."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator

import pytest
from textwin import TextWindow
from xsession import XSession

from calmdesk.system.clipboard import copy_without_gui
from calmdesk.system.paste import PasteError, active_window, paste_into

pytestmark = pytest.mark.e2e


@pytest.fixture
def target(x_display: XSession) -> Iterator[TextWindow]:
    window = TextWindow(x_display.env, "Paste target")
    yield window
    window.close()


def wait_for(predicate: object, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return False


def test_active_window_is_the_focused_program(x_display: XSession, target: TextWindow) -> None:
    assert active_window() == target.window_id


def test_paste_into_reactivates_and_pastes(x_display: XSession, target: TextWindow) -> None:
    copy_without_gui("We are sorry for the wait.")
    remembered = active_window()
    assert remembered == target.window_id
    other = TextWindow(x_display.env, "Something else")  # takes focus, like our popup would
    try:
        assert active_window() == other.window_id
        paste_into(remembered)
        assert wait_for(lambda: target.content() == "We are sorry for the wait.")
        assert other.content() == ""
        assert active_window() == target.window_id
    finally:
        other.close()


def test_paste_into_a_closed_window_fails_plainly(x_display: XSession, target: TextWindow) -> None:
    gone = TextWindow(x_display.env, "Closing soon")
    gone_id = gone.window_id
    gone.close()
    with pytest.raises(PasteError, match="press Ctrl\\+V"):
        paste_into(gone_id)


def test_no_x11_means_no_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    assert active_window() is None
    with pytest.raises(PasteError, match="needs X11 or Wayland"):
        paste_into(1)


def test_xdotool_sees_the_same_window(x_display: XSession, target: TextWindow) -> None:
    def xdotool_active() -> str:
        # Under load the window manager may not have set _NET_ACTIVE_WINDOW yet: xdotool then exits 1.
        done = subprocess.run(
            ["xdotool", "getactivewindow"], env=x_display.env, capture_output=True, text=True
        )
        return done.stdout.strip() if done.returncode == 0 else ""

    assert wait_for(lambda: xdotool_active() != "")
    assert int(xdotool_active()) == active_window()
