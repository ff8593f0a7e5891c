"""The tray on Wayland: under headless sway with waybar's tray (a real StatusNotifierWatcher and host), the
app's StatusNotifierItem is registered, and activating it, as a click does, opens the picker."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jeepney import DBusAddress, Properties, new_method_call
from jeepney.io.blocking import open_dbus_connection
from portalbus import PrivateBus
from swaysession import SwaySession
from xapp import SIGNED, CalmDeskApp, wait_for, write_settings

pytestmark = pytest.mark.e2e

_WATCHER_NAME = "org.kde.StatusNotifierWatcher"
WATCHER = DBusAddress("/StatusNotifierWatcher", _WATCHER_NAME, _WATCHER_NAME)
ITEM = "org.kde.StatusNotifierItem"


@pytest.fixture
def sway_with_waybar(sway: SwaySession, sway_bus: PrivateBus, tmp_path: Path) -> Iterator[SwaySession]:
    """sway with waybar showing only its tray, on a session bus of its own (no other service on it)."""
    config = tmp_path / "waybar.json"
    config.write_text(json.dumps({"layer": "top", "height": 26, "modules-right": ["tray"]}), encoding="utf-8")
    style = tmp_path / "waybar.css"
    style.write_text("* { font-size: 12px; }", encoding="utf-8")
    # GTK wants a runtime folder of its own user (the compositor's socket is given by absolute path).
    runtime = tmp_path / "waybar-runtime"
    runtime.mkdir(mode=0o700)
    env = {**sway.env, "GDK_BACKEND": "wayland", "XDG_RUNTIME_DIR": str(runtime)}
    with (tmp_path / "waybar.log").open("wb") as log:
        argv = ["waybar", "-c", str(config), "-s", str(style)]
        bar = subprocess.Popen(argv, env=env, stdout=log, stderr=log)
    try:
        wait_for(lambda: _watcher(sway) is not None, 10, "waybar's StatusNotifierWatcher on the bus")
        yield sway
    finally:
        bar.terminate()
        bar.wait(5)


def _call(sway: SwaySession, message: Any) -> Any:
    with open_dbus_connection(bus=sway.env["DBUS_SESSION_BUS_ADDRESS"]) as conn:
        return conn.send_and_get_reply(message, timeout=5)


def _watcher(sway: SwaySession) -> list[str] | None:
    """The items the watcher lists, or None while no watcher answers."""
    reply = _call(sway, Properties(WATCHER).get("RegisteredStatusNotifierItems"))
    if reply.header.message_type.name == "error":
        return None
    return list(reply.body[0][1])


def _item(service: str) -> DBusAddress:
    name, _, path = service.partition("/")
    return DBusAddress("/" + path if path else "/StatusNotifierItem", name, ITEM)


def test_the_tray_icon_is_a_status_notifier_item_and_a_click_opens_the_picker(
    sway_with_waybar: SwaySession, tmp_path: Path
) -> None:
    sway = sway_with_waybar
    write_settings(sway, *SIGNED)
    app = CalmDeskApp(sway, tmp_path / "calmdesk.log")
    try:
        app.wait_ready()
        [service] = wait_for(lambda: _watcher(sway), 10, "CalmDesk's item at the watcher")
        item = _item(service)
        # The host shows the icon with the tooltip it reads from the item.
        tooltip = _call(sway, Properties(item).get("ToolTip")).body[0][1]
        assert "CalmDesk" in json.dumps(tooltip), tooltip
        assert _call(sway, Properties(item).get("Menu")).body[0][1]  # the right-click menu is exported
        # A left click: the host calls Activate, and the picker comes up.
        clicked = _call(sway, new_method_call(item, "Activate", "ii", (0, 0)))
        assert clicked.header.message_type.name != "error", clicked.body
        wait_for(lambda: _picker(sway), 5, "the picker")
        assert app.proc.poll() is None
    finally:
        app.stop()


def _picker(sway: SwaySession) -> bool:
    """The picker: 720 wide (the start-up notice, which may be up too, is narrower)."""
    return any(v.app_id == "calmdesk" and v.title == "CalmDesk" and v.width >= 700 for v in sway.views())
