"""The first start's welcome offers "Start with my session" as one button; a press writes the autostart
entry. Against a notification server on a real (private) session bus, in a second process."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from calmdesk.app.welcome import welcome
from calmdesk.system.autostart import for_this_system

SERVER = Path(__file__).with_name("notification_server.py")
# Its own bus with no services to start: the machine's dunst must not answer for the name instead.
_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={path}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*"/>
    <allow receive_sender="*"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class Desktop:
    """A private session bus and the test notification server on it; what it was shown, line by line."""

    def __init__(self, folder: Path, *options: str) -> None:
        bus = folder / "bus"
        config = folder / "bus.conf"
        config.write_text(_BUS_CONFIG.format(path=bus), encoding="utf-8")
        self.address = f"unix:path={bus}"
        self._daemon = subprocess.Popen(
            ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self._daemon.stdout is not None
        assert self._daemon.stdout.readline().startswith("unix:")  # listening
        self._server = subprocess.Popen(
            [sys.executable, str(SERVER), *options],
            env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": self.address},
            stdout=subprocess.PIPE,
            text=True,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        try:
            assert self._lines.get(timeout=10) == "ready"
        except BaseException:
            self.stop()  # a server that never came up leaves no process behind
            raise

    def _read(self) -> None:
        assert self._server.stdout is not None
        for line in self._server.stdout:
            self._lines.put(line.strip())

    def shown(self, timeout: float = 10) -> dict[str, object]:
        return json.loads(self._lines.get(timeout=timeout))

    def nothing_more(self) -> bool:
        return self._lines.empty()

    def stop(self) -> None:
        for proc in (self._server, self._daemon):
            proc.terminate()
            proc.wait(10)


@pytest.fixture
def desktop(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Desktop]:
    running = Desktop(tmp_path, *getattr(request, "param", ()))
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", running.address)
    yield running
    running.stop()


@pytest.mark.parametrize("desktop", [("--press",)], indirect=True)
def test_pressing_the_welcomes_button_starts_calmdesk_with_the_session(
    qtbot: QtBot, qapp: object, desktop: Desktop
) -> None:
    login = for_this_system()
    assert not login.status().enabled
    assert welcome("Ctrl+Alt+Space", tray=True)
    offered = desktop.shown()
    assert offered["actions"] == ["calmdesk-action", "Start with my session"]
    assert "autostart" not in str(offered["body"])  # the button says it; no instructions in words
    qtbot.waitUntil(lambda: login.status().enabled, timeout=10_000)
    said = desktop.shown()
    assert said["summary"] == "CalmDesk will start with your session"
    assert not welcome("Ctrl+Alt+Space", tray=True)  # offered once


@pytest.mark.parametrize("desktop", [("--no-actions",)], indirect=True)
def test_a_server_without_buttons_gets_the_offer_in_words(qapp: object, desktop: Desktop) -> None:
    assert welcome("Ctrl+Alt+Space", tray=True)
    offered = desktop.shown()
    assert offered["actions"] == []
    assert "calmdesk autostart on" in str(offered["body"])
    assert not for_this_system().status().enabled


@pytest.mark.parametrize("desktop", [("--close",)], indirect=True)
def test_a_dismissed_welcome_writes_nothing(qtbot: QtBot, qapp: object, desktop: Desktop) -> None:
    from calmdesk.system.notify_action import ButtonListener

    assert welcome("Ctrl+Alt+Space", tray=True)
    assert desktop.shown()["actions"]
    listeners = qapp.findChildren(ButtonListener)  # type: ignore[attr-defined]
    assert listeners
    qtbot.waitUntil(lambda: all(listener.isFinished() for listener in listeners), timeout=10_000)
    assert not for_this_system().status().enabled
    assert desktop.nothing_more()


def test_already_starting_with_the_session_is_not_offered_again(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for_this_system().enable()
    desktop = Desktop(tmp_path, "--press")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", desktop.address)
    try:
        assert welcome("Ctrl+Alt+Space", tray=True)
        offered = desktop.shown()
        assert offered["actions"] == []
        assert "autostart" not in str(offered["body"])
    finally:
        desktop.stop()


@pytest.mark.parametrize("desktop", [("--press",)], indirect=True)
def test_no_offer_when_the_first_start_window_makes_it(qapp: object, desktop: Desktop) -> None:
    assert welcome("Ctrl+Alt+Space", tray=True, offer_autostart=False)
    said = desktop.shown()
    assert said["actions"] == []
    assert "autostart" not in str(said["body"])
    assert not for_this_system().status().enabled
