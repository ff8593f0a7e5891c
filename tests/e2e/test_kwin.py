"""Headless KDE kwin with the real xdg-desktop-portal and xdg-desktop-portal-kde on its session bus.

Tested here: kwin runs, the bus starts the real portals, `calmdesk doctor` finds the real GlobalShortcuts
portal, and CalmDesk's portal client (run as the session's own user: the portal identifies its caller
through /proc/PID/root, which it may not open for another user's process) has its session and binding
answered by the real portal. The whole path, Activated included, runs against tests/e2e/shortcuts_portal.py
(test_portal_shortcuts, test_picker_sway); why the key itself cannot be pressed here is said below.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from kwinsession import KwinSession
from waylandsession import traversable
from xapp import doctor

import calmdesk

pytestmark = pytest.mark.e2e


@pytest.fixture
def kwin(kwin: KwinSession) -> KwinSession:
    """conftest's kwin with the real xdg-desktop-portal and xdg-desktop-portal-kde started on its bus."""
    try:
        kwin.start_portal()
    except Exception as exc:  # a failure, not a skip: CI installs what this needs
        pytest.fail(f"{exc}\n{kwin.diagnostics()}", pytrace=False)
    return kwin


def test_doctor_finds_kwin_and_its_real_shortcut_portal(kwin: KwinSession) -> None:
    rows = doctor(kwin)
    assert rows["session type"] == "wayland"
    assert rows["compositor"].startswith("kwin_wayland"), rows["compositor"]
    assert "GlobalShortcuts v1" in rows["portals"], rows["portals"]
    assert rows["hotkey backend"].startswith("portal (org.freedesktop.portal.GlobalShortcuts")
    assert rows["auto-paste"].startswith("none"), rows["auto-paste"]  # no virtual keyboard on KDE


def test_the_real_kde_portal_accepts_the_binding(kwin: KwinSession) -> None:
    """As the session's user, CalmDesk's CreateSession and BindShortcuts go through the real
    xdg-desktop-portal and xdg-desktop-portal-kde, each answered by its Request's Response.

    What this cannot show here: Debian 12's xdg-desktop-portal (1.16) knows an unsandboxed app only by its
    systemd app scope (app-calmdesk-*.scope), and 1.18's host Registry, which Qt calls with the app's
    desktop file name, is not there yet. Without an app id the KDE portal answers the binding with no
    trigger and registers nothing with kglobalaccel, so there is no key to press. With systemd and a newer
    portal (Plasma 6) the id is "calmdesk", the name of the installed .desktop file.
    """
    script = Path(__file__).with_name("portal_client.py")
    env = {**kwin.env, "HOME": str(kwin.runtime), "XDG_RUNTIME_DIR": str(kwin.runtime)}
    env["QT_QPA_PLATFORM"] = "offscreen"
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env.pop(var, None)
    ids: dict[str, object] = {}
    if kwin.account is not None:
        ids = {"user": kwin.account.pw_uid, "group": kwin.account.pw_gid, "extra_groups": []}
    reach = [Path(sys.executable), Path(sys.prefix), Path(sys.base_prefix), Path(calmdesk.__file__), script]
    with traversable(reach):
        client = subprocess.Popen(
            [sys.executable, str(script), "Ctrl+Alt+Space"],
            env=env,
            cwd=kwin.runtime,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            **ids,  # type: ignore[arg-type]
        )
        try:
            assert client.stdout is not None
            line = client.stdout.readline().strip()
            assert line.startswith("bound"), line + (
                client.stdout.read() if client.poll() is not None else ""
            )
        finally:
            assert client.stdin is not None
            client.stdin.close()
            assert client.wait(10) == 0
            if client.stdout is not None:
                client.stdout.close()
