"""Fixtures for the end-to-end tests: a real X or Wayland session per test and the desktop services beside it
(never skipped: CI installs the tools)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol, TypeVar

import dunst
import pytest
from gnomenotify import NotificationServer
from gnomeportal import GnomePortal
from kwinsession import KwinSession
from muttersession import MutterSession
from portalbus import PrivateBus
from swaysession import SwaySession
from waylandsession import WaylandSession
from xsession import XSession


class _Session(Protocol):
    def start(self) -> object: ...
    def stop(self) -> None: ...


SessionT = TypeVar("SessionT", bound=_Session)


def _running(session: SessionT) -> Iterator[SessionT]:
    """`session` started for one test and stopped after it."""
    try:
        session.start()
    except Exception as exc:  # missing tools or a server that would not start: a failure, not a skip
        pytest.fail(str(exc), pytrace=False)
    try:
        yield session
    finally:
        session.stop()


def _log_dir(tmp_path: Path, name: str) -> Path:
    log_dir = tmp_path / f"{name}-logs"
    log_dir.mkdir()
    return log_dir


def _session(tmp_path: Path, *, tray: bool) -> Iterator[XSession]:
    yield from _running(XSession(os.environ, _log_dir(tmp_path, "xsession"), tray=tray))


@pytest.fixture
def xsession(tmp_path: Path, xdg_home: Path) -> Iterator[XSession]:
    """Xvfb + openbox + trayer; `.env` is os.environ (isolated XDG dirs) plus DISPLAY and an xcb Qt."""
    yield from _session(tmp_path, tray=True)


@pytest.fixture
def xsession_no_tray(tmp_path: Path, xdg_home: Path) -> Iterator[XSession]:
    """Like `xsession` but without a system tray host (GNOME without the AppIndicator extension)."""
    yield from _session(tmp_path, tray=False)


@pytest.fixture
def x_display(xsession: XSession, monkeypatch: pytest.MonkeyPatch) -> XSession:
    """The session's DISPLAY set in this test process too (for python-xlib code run in-process)."""
    monkeypatch.setenv("DISPLAY", xsession.display)
    return xsession


@pytest.fixture
def notifications(xsession: XSession, tmp_path: Path) -> Iterator[XSession]:
    """The X session plus a private session bus with dunst on it, as a desktop has: notifications go there."""
    yield from dunst.running(xsession, tmp_path / "bus")


def _wayland(kind: type[WaylandSession], tmp_path: Path) -> Iterator[WaylandSession]:
    yield from _running(kind(os.environ, _log_dir(tmp_path, kind.name)))


@pytest.fixture
def sway(tmp_path: Path, xdg_home: Path) -> Iterator[WaylandSession]:
    """Headless sway as an unprivileged user; `.env` is os.environ (isolated XDG dirs) plus its display."""
    yield from _wayland(SwaySession, tmp_path)


@pytest.fixture
def mutter(tmp_path: Path, xdg_home: Path) -> Iterator[WaylandSession]:
    """Headless GNOME mutter as an unprivileged user, on a session bus of its own (keys: RemoteDesktop)."""
    yield from _wayland(MutterSession, tmp_path)


@pytest.fixture
def sway_bus(sway: WaylandSession, tmp_path: Path) -> Iterator[PrivateBus]:
    """A session bus of sway's own with no service on it, which the session's programs use (a standard one
    would start this machine's xdg-desktop-portal, which no sway desktop runs with KDE's backend)."""
    bus = PrivateBus(tmp_path / "bus")
    sway.env["DBUS_SESSION_BUS_ADDRESS"] = bus.address
    yield bus
    bus.stop()


@pytest.fixture
def sway_notifications(sway: WaylandSession, sway_bus: PrivateBus) -> Iterator[WaylandSession]:
    """sway with dunst on its session bus, as many sway desktops run."""
    yield from dunst.serving(sway)


@pytest.fixture
def kwin(tmp_path: Path, xdg_home: Path) -> Iterator[KwinSession]:
    """Headless KDE kwin as an unprivileged user, on a session bus of its own."""
    session = KwinSession(os.environ, _log_dir(tmp_path, "kwin"))
    try:
        session.start()
    except Exception as exc:  # a failure, not a skip: CI installs what this needs
        session.stop()
        pytest.fail(f"{exc}\n{session.diagnostics()}", pytrace=False)
    yield session
    session.stop()


@pytest.fixture
def gnome_notifications(mutter: MutterSession) -> Iterator[NotificationServer]:
    """A notification server on mutter's bus, as GNOME Shell is on a GNOME desktop (where the notices go)."""
    server = NotificationServer(mutter.env)
    yield server
    server.stop()


@pytest.fixture
def gnome_portal(mutter: MutterSession, gnome_notifications: NotificationServer) -> Iterator[GnomePortal]:
    """GNOME's real portal on mutter's bus, beside its notification server (no start-up box over the chat)."""
    started = GnomePortal(mutter)
    yield started
    started.stop()
