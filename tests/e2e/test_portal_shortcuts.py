"""The GlobalShortcuts portal backend against a portal speaking the real D-Bus interface on a private bus."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from portalbus import PrivateBus, ShortcutsPortal
from pytestqt.qtbot import QtBot

from calmdesk.system.hotkey_backend import HotkeyError
from calmdesk.system.hotkey_portal import PortalHotkeyBackend

pytestmark = pytest.mark.e2e

StartPortal = Callable[..., ShortcutsPortal]


@pytest.fixture
def portal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[StartPortal]:
    """Start the portal (with its options) on a private bus that this test process also uses."""
    bus = PrivateBus(tmp_path / "bus")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
    started: list[ShortcutsPortal] = []

    def start(*options: str) -> ShortcutsPortal:
        started.append(ShortcutsPortal(os.environ, bus, *options))
        return started[-1]

    yield start
    for running in started:
        running.stop()
    bus.stop()


@pytest.fixture
def backend(qapp: object) -> Iterator[PortalHotkeyBackend]:
    made = PortalHotkeyBackend()
    yield made
    made.unregister()


def test_a_session_bus_without_the_portal_is_no_portal(
    qtbot: QtBot, portal: StartPortal, backend: PortalHotkeyBackend
) -> None:
    """GNOME before 48, sway: a bus, but nobody owns the portal's name. It was taken for a portal (the
    error reply to `version` came back as a message, not an exception) and the app waited for ever."""
    assert PortalHotkeyBackend.available() is False
    with pytest.raises(HotkeyError, match="no global shortcut portal"):
        backend.register("Ctrl+Alt+Space")


def test_bind_then_a_press_brings_its_activation_token(
    qtbot: QtBot, portal: StartPortal, backend: PortalHotkeyBackend
) -> None:
    desktop = portal()
    assert PortalHotkeyBackend.available()
    with qtbot.waitSignal(backend.bound, timeout=10_000) as bound:
        backend.register("Ctrl+Alt+Space")
    assert desktop.expect("bound") == "bound show-calmdesk CTRL+ALT+space"
    assert bound.args == ["CTRL+ALT+space"]  # the desktop kept the key asked for, and said so
    with qtbot.waitSignal(backend.activated, timeout=10_000):
        desktop.press()
    assert backend.take_activation_token() == "portal-activation-1"
    assert backend.take_activation_token() == ""  # given out once
    backend.unregister()
    desktop.expect("closed")  # our connection closed: the desktop ended the session


def test_the_key_the_desktop_chose_is_the_one_named(
    qtbot: QtBot, portal: StartPortal, backend: PortalHotkeyBackend
) -> None:
    portal("--choose", "Ctrl+Alt+K")
    with qtbot.waitSignal(backend.bound, timeout=10_000) as bound:
        backend.register("Ctrl+Alt+Space")
    assert bound.args == ["Ctrl+Alt+K"]


def test_a_refusal_is_said(qtbot: QtBot, portal: StartPortal, backend: PortalHotkeyBackend) -> None:
    portal("--refuse")
    with qtbot.waitSignal(backend.failed, timeout=10_000) as failed:
        backend.register("Ctrl+Alt+Space")
    assert failed.args == ["The desktop did not allow the global shortcut."]


def test_a_portal_that_never_answers_is_given_up(
    qtbot: QtBot, portal: StartPortal, backend: PortalHotkeyBackend
) -> None:
    portal("--silent")
    with (
        qtbot.assertNotEmitted(backend.bound, wait=0),
        qtbot.waitSignal(backend.failed, timeout=15_000) as failed,
    ):
        backend.register("Ctrl+Alt+Space")  # returns at once: the wait is the listener thread's
    assert "did not answer within 5 seconds" in failed.args[0]


def test_a_version_2_portal_opens_its_own_dialog_for_the_key(
    qtbot: QtBot, portal: StartPortal, backend: PortalHotkeyBackend
) -> None:
    desktop = portal("--version", "2")
    assert not backend.can_configure()  # nothing bound yet
    with qtbot.waitSignal(backend.bound, timeout=10_000):
        backend.register("Ctrl+Alt+Space")
    assert backend.can_configure()
    backend.configure()  # ConfigureShortcuts with our session, from the connection that owns it
    assert desktop.expect("configure") == "configure"
    # The shortcut still works after the dialog.
    with qtbot.waitSignal(backend.activated, timeout=10_000):
        desktop.press()


def test_a_version_1_portal_offers_no_dialog(
    qtbot: QtBot, portal: StartPortal, backend: PortalHotkeyBackend
) -> None:
    portal()
    with qtbot.waitSignal(backend.bound, timeout=10_000):
        backend.register("Ctrl+Alt+Space")
    assert not backend.can_configure()
