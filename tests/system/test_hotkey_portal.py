"""The Wayland portal backend: trigger names, and a clean refusal where no portal exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from calmdesk.system.hotkey import HotkeyError, create_hotkey_backend
from calmdesk.system.hotkey_portal import PortalHotkeyBackend, preferred_trigger


@pytest.mark.parametrize(
    ("sequence", "trigger"),
    [("Ctrl+Alt+Space", "CTRL+ALT+space"), ("Meta+Shift+K", "SHIFT+LOGO+k"), ("Ctrl+F8", "CTRL+F8")],
)
def test_preferred_trigger(sequence: str, trigger: str) -> None:
    assert preferred_trigger(sequence) == trigger


@pytest.fixture
def no_bus(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-such-bus'}")


def test_absent_portal_is_not_available(no_bus: None) -> None:
    assert PortalHotkeyBackend.available() is False


def test_register_without_portal_raises_plainly(no_bus: None, qapp: object) -> None:
    with pytest.raises(HotkeyError, match="No desktop session bus"):
        PortalHotkeyBackend().register("Ctrl+Alt+Space")


def test_wayland_without_portal_gives_no_backend(
    no_bus: None, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert create_hotkey_backend() is None
