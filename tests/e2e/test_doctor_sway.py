"""`calmdesk doctor` inside headless sway: the session, the compositor, the portals and each path."""

from __future__ import annotations

from pathlib import Path

import pytest
from portalbus import PrivateBus, ShortcutsPortal
from swaysession import SwaySession
from xapp import doctor

pytestmark = pytest.mark.e2e


def test_doctor_names_sway_and_the_paths_that_work_there(sway: SwaySession) -> None:
    rows = doctor(sway)
    assert rows["session type"] == "wayland"
    assert rows["compositor"] == "sway"
    assert rows["portals"].startswith("no session bus")
    assert rows["Qt platform"] == "wayland"
    assert rows["hotkey backend"].startswith("none: no GlobalShortcuts portal here; bind `calmdesk show`")
    assert rows["focus"].startswith("xdg-activation")
    assert rows["clipboard (CLI)"] == "wl-copy"
    assert rows["auto-paste"] == "wtype (virtual keyboard)"


def test_doctor_finds_the_shortcut_portal(sway: SwaySession, sway_bus: PrivateBus) -> None:
    portal = ShortcutsPortal(sway.env, sway_bus)
    try:
        rows = doctor(sway)
    finally:
        portal.stop()
    assert rows["portals"] == "GlobalShortcuts v1"
    assert rows["hotkey backend"].startswith("portal (org.freedesktop.portal.GlobalShortcuts")


def test_doctor_says_what_to_install_when_tools_are_missing(sway: SwaySession, tmp_path: Path) -> None:
    # A PATH with python but without wtype and wl-copy: each row says what to do.
    bare = tmp_path / "bin"
    bare.mkdir()
    sway.env["PATH"] = str(bare)
    rows = doctor(sway)
    assert rows["auto-paste"].startswith("none: install wtype")
    assert "wl-clipboard" in rows["clipboard (CLI)"]
