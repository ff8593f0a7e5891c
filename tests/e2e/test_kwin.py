"""Headless KDE kwin with the real xdg-desktop-portal and xdg-desktop-portal-kde on its session bus.

What runs here: kwin, the real portals started by the bus, and CalmDesk finding the real GlobalShortcuts
portal. Binding through it needs the app to run as the session's user: xdg-desktop-portal identifies its
caller through /proc/PID/root, which it may not open for a process of another user ("Portal operation not
allowed"). These tests run the app as root beside a session user (see waylandsession.py), so the bind
itself is exercised against tests/e2e/shortcuts_portal.py instead (test_portal_shortcuts, test_picker_sway).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from kwinsession import KwinSession
from xapp import doctor

pytestmark = pytest.mark.e2e


@pytest.fixture
def kwin(tmp_path: Path, xdg_home: Path) -> Iterator[KwinSession]:
    log_dir = tmp_path / "kwin-logs"
    log_dir.mkdir()
    session = KwinSession(os.environ, log_dir)
    try:
        session.start()
        session.start_portal()
    except Exception as exc:  # a failure, not a skip: CI installs what this needs
        session.stop()
        pytest.fail(f"{exc}\n{session.diagnostics()}", pytrace=False)
    yield session
    session.stop()


def test_doctor_finds_kwin_and_its_real_shortcut_portal(kwin: KwinSession) -> None:
    rows = doctor(kwin)
    assert rows["session type"] == "wayland"
    assert rows["compositor"].startswith("kwin_wayland"), rows["compositor"]
    assert "GlobalShortcuts v1" in rows["portals"], rows["portals"]
    assert rows["hotkey backend"].startswith("portal (org.freedesktop.portal.GlobalShortcuts")
    assert rows["auto-paste"].startswith("none"), rows["auto-paste"]  # no virtual keyboard on KDE
