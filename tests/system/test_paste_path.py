"""`calmdesk doctor`'s auto-paste row names the path this desktop would use, and only one that is tried."""

from __future__ import annotations

import pytest

from calmdesk.system.session_report import is_gnome, paste_path


@pytest.mark.parametrize("name", ["gnome-shell", "mutter (GNOME)", "gnome-shell (ubuntu:GNOME)"])
def test_gnome_pastes_through_the_remote_desktop_portal(name: str) -> None:
    assert is_gnome(name)
    assert paste_path("wayland", name, {"RemoteDesktop": 1}).startswith("RemoteDesktop portal")


def test_gnome_without_the_portal_says_press_ctrl_v() -> None:
    assert "Ctrl+V" in paste_path("wayland", "gnome-shell", {})


def test_kde_s_portal_is_not_claimed() -> None:
    assert not is_gnome("kwin_wayland (KDE)")
    assert paste_path("wayland", "kwin_wayland (KDE)", {"RemoteDesktop": 1}).startswith("none yet")
