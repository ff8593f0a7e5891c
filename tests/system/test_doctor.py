"""`calmdesk doctor` rows: present, honest about what is missing, and never crashing."""

from __future__ import annotations

import subprocess
import sys

import pytest

from calmdesk.system.doctor import display_server, report


def test_report_names_every_item(qapp: object) -> None:
    rows = dict(report())
    for item in ("display server", "Qt", "Qt platform", "system tray", "hotkey backend", "clipboard (CLI)"):
        assert item in rows
    for item in ("config", "data", "database", "runtime"):
        assert rows[item].startswith("/")
    assert rows["Qt platform"] == "offscreen"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "Wayland (wayland-0), XWayland on :0"),
        ({"DISPLAY": ":3"}, "X11 (:3)"),
        ({}, "none"),
    ],
)
def test_display_server(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert display_server().startswith(expected)


def test_headless_report_in_a_fresh_process() -> None:
    code = "from calmdesk.system.doctor import report; print(dict(report())['system tray'])"
    env = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "XDG_RUNTIME_DIR": "/tmp"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "unknown (no display)"
