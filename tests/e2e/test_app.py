"""The whole app under a real X server, driven like a user: hotkey, typing, Return, clipboard; restarts."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from textwin import TextWindow
from xapp import (
    CalmDeskApp,
    active_window,
    calmdesk_pids,
    clipboard,
    expected_phrase,
    popup_windows,
    run_cli,
    wait_for,
    xdotool,
)
from xsession import XSession

pytestmark = pytest.mark.e2e

QUERY = "sorry wait"


@pytest.fixture
def app(xsession: XSession, tmp_path: Path) -> Iterator[CalmDeskApp]:
    running = CalmDeskApp(xsession, tmp_path / "calmdesk.log")
    running.wait_ready()
    yield running
    running.stop()


def test_hotkey_type_return_copies_the_top_phrase(xsession: XSession, app: CalmDeskApp) -> None:
    expected = expected_phrase(xsession, QUERY)
    target = TextWindow(xsession.env, "Customer chat")
    try:
        assert active_window(xsession) == target.window_id
        assert popup_windows(xsession) == []
        xdotool(xsession, "key", "ctrl+alt+space")
        popup = wait_for(lambda: popup_windows(xsession), 5, "the CalmDesk popup")[0]
        wait_for(lambda: active_window(xsession) == popup, 5, "the popup to have focus")
        # No wait between typing and Return: the X server delivers the keys in order and the picker
        # filters synchronously on each one, so Return always acts on the full query.
        xdotool(xsession, "type", "--delay", "20", QUERY)
        xdotool(xsession, "key", "Return")
        wait_for(lambda: clipboard(xsession) == expected, 5, f"the clipboard to hold {expected!r}")
        wait_for(lambda: not popup_windows(xsession), 5, "the popup to hide")
        # The grab consumed Ctrl+Alt+Space and the typing went to the popup: the chat saw nothing.
        assert target.content() == ""
    finally:
        target.close()
    assert app.proc.poll() is None


def test_second_start_exits_and_show_opens_the_popup(xsession: XSession, app: CalmDeskApp) -> None:
    second = run_cli(xsession, "--hotkey", "Ctrl+Alt+Space")
    assert second.returncode == 0, second.stderr
    assert calmdesk_pids(xsession) == [app.proc.pid]
    # The second start asked the first to show itself; hide it, then `calmdesk show` must bring it back.
    wait_for(lambda: popup_windows(xsession), 5, "the popup after a second start")
    xdotool(xsession, "key", "Escape")
    wait_for(lambda: not popup_windows(xsession), 5, "Escape to hide the popup")
    shown = run_cli(xsession, "show")
    assert shown.returncode == 0, shown.stderr
    popup = wait_for(lambda: popup_windows(xsession), 5, "the popup after `calmdesk show`")[0]
    # Shown is not enough: the agent types at once, so the popup must have the keyboard too.
    wait_for(lambda: active_window(xsession) == popup, 5, "the popup to have focus after `calmdesk show`")
    assert calmdesk_pids(xsession) == [app.proc.pid]


def test_kill_9_then_restart_works(xsession: XSession, tmp_path: Path) -> None:
    first = CalmDeskApp(xsession, tmp_path / "first.log")
    first.wait_ready()
    os.kill(first.proc.pid, signal.SIGKILL)
    first.proc.wait(10)
    runtime = Path(xsession.env["XDG_RUNTIME_DIR"]) / "calmdesk"
    assert any(runtime.iterdir()), "the killed app should have left its lock and socket behind"
    second = CalmDeskApp(xsession, tmp_path / "second.log")
    try:
        second.wait_ready()
        assert run_cli(xsession, "show").returncode == 0
        wait_for(lambda: popup_windows(xsession), 5, "the popup of the restarted app")
        assert calmdesk_pids(xsession) == [second.proc.pid]
    finally:
        second.stop()


def test_without_a_tray_the_app_keeps_running(xsession_no_tray: XSession, tmp_path: Path) -> None:
    running = CalmDeskApp(xsession_no_tray, tmp_path / "calmdesk.log")
    try:
        running.wait_ready()
        shown = run_cli(xsession_no_tray, "show")
        assert shown.returncode == 0, shown.stderr
        wait_for(lambda: popup_windows(xsession_no_tray), 5, "the popup without a tray")
        assert running.proc.poll() is None
    finally:
        running.stop()


def test_quit_command_ends_the_app(xsession: XSession, app: CalmDeskApp) -> None:
    from calmdesk.system.instance import send_command

    env_runtime = xsession.env["XDG_RUNTIME_DIR"]
    assert os.environ["XDG_RUNTIME_DIR"] == env_runtime
    assert send_command("quit") is True
    assert app.proc.wait(10) == 0
    assert calmdesk_pids(xsession) == []
    assert not (Path(env_runtime) / "calmdesk" / "ipc.sock").exists()
