"""GNOME Shell's notifications under headless mutter: tests/system/notification_server.py on its bus."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

SERVER = Path(__file__).parents[1] / "system" / "notification_server.py"


class NotificationServer:
    """tests/system/notification_server.py on the session's bus; what it was asked to show, as it comes."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(SERVER)], env=env, stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().strip() == "ready"
        self.shown: list[dict[str, Any]] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.shown.append(json.loads(line))

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(5)


def press(bus_address: str, notification: int, action: str) -> None:
    """The agent presses a notification's button: the server's ActionInvoked signal, as GNOME Shell sends."""
    from jeepney import DBusAddress, new_signal
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(bus=bus_address) as conn:
        address = DBusAddress("/org/freedesktop/Notifications", interface="org.freedesktop.Notifications")
        conn.send(new_signal(address, "ActionInvoked", "us", (notification, action)))
