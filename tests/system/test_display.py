"""Before Qt starts: can this process show windows, and if not, why (Qt itself would only abort)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from calmdesk.system.display import missing_display


@pytest.fixture(autouse=True)
def no_session(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def compositor(tmp_path: Path) -> Iterator[Path]:
    """A listening socket where a Wayland compositor's would be."""
    path = tmp_path / "wayland-1"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        server.listen(1)
        yield path


def test_no_session_at_all() -> None:
    assert "no graphical session" in (missing_display() or "")


def test_headless_qt_platforms_need_no_display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert missing_display() is None


def test_a_live_wayland_socket_is_enough(monkeypatch: pytest.MonkeyPatch, compositor: Path) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", str(compositor))
    assert missing_display() is None


def test_a_relative_wayland_name_lives_in_the_runtime_dir(
    monkeypatch: pytest.MonkeyPatch, compositor: Path
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(compositor.parent))
    monkeypatch.setenv("WAYLAND_DISPLAY", compositor.name)
    assert missing_display() is None


def test_a_stale_wayland_variable_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Left behind by a crashed compositor: Qt would abort on it.
    monkeypatch.setenv("WAYLAND_DISPLAY", str(tmp_path / "wayland-9"))
    assert "Wayland display" in (missing_display() or "")


def test_a_stale_wayland_falls_back_to_checking_x(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", str(tmp_path / "wayland-9"))
    monkeypatch.setenv("DISPLAY", ":987")
    assert "X display :987 cannot be opened" in (missing_display() or "")


def test_forcing_xcb_without_display(monkeypatch: pytest.MonkeyPatch, compositor: Path) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", str(compositor))
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert "DISPLAY is not set" in (missing_display() or "")
