"""Tray: the menu's actions reach the app through signals; the icon art loads from the package."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSystemTrayIcon

from calmdesk.ui.common.icons import APP_ICON, MONOCHROME_ICON, _prerendered, svg_bytes, svg_icon
from calmdesk.ui.common.tray import Tray


def _action(tray: Tray, starts: str):
    return next(a for a in tray.menu().actions() if a.text().startswith(starts))


@pytest.mark.parametrize(
    ("label", "signal"),
    [
        ("Open phrase search", "pickerRequested"),
        ("Settings", "settingsRequested"),
        ("About CalmDesk", "aboutRequested"),
        ("Complaint checklist", "checklistRequested"),
        ("New complaint", "newComplaintRequested"),
        ("Follow-ups and history", "followupsRequested"),
        ("Edit phrases", "editorRequested"),
        ("Your statistics", "statsRequested"),
        ("Quit", "quitRequested"),
    ],
)
def test_menu_actions_emit_signals(qtbot, label, signal) -> None:
    tray = Tray("Ctrl+Alt+Space")
    with qtbot.waitSignal(getattr(tray, signal), timeout=1000):
        _action(tray, label).trigger()


def test_coming_soon_entries_are_disabled_and_hotkey_is_named(qtbot) -> None:
    tray = Tray("Ctrl+Alt+Space")
    assert _action(tray, "Complaint checklist").isEnabled()  # no longer "coming soon"
    assert _action(tray, "Edit phrases").isEnabled()  # the editor has arrived
    assert "Space" in _action(tray, "Open phrase search").text()
    tray.set_hotkey("")
    assert _action(tray, "Open phrase search").text() == "Open phrase search"


def test_left_click_opens_picker_but_context_click_does_not(qtbot) -> None:
    tray = Tray()
    with qtbot.waitSignal(tray.pickerRequested, timeout=1000):
        tray._on_activated(QSystemTrayIcon.ActivationReason.Trigger)
    with qtbot.assertNotEmitted(tray.pickerRequested):
        tray._on_activated(QSystemTrayIcon.ActivationReason.Context)


def test_without_a_tray_nothing_shows_and_notify_says_so(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    tray = Tray()
    assert tray.available is False
    tray.show()
    assert not tray._icon.isVisible()
    assert tray.notify("CalmDesk", "hello") is False  # the caller shows a box instead


# Offscreen has no tray: Qt's fallback icon looks for a platform signal that is not there and says so.
@pytest.mark.qt_log_ignore(r"No such signal QPlatformNativeInterface::systemTrayWindowChanged")
@pytest.mark.parametrize("messages", [True, False])
def test_with_a_tray_the_icon_shows_and_notify_needs_message_support(qtbot, monkeypatch, messages) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: messages))
    tray = Tray()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(tray._icon, "showMessage", lambda title, text, *_args: shown.append((title, text)))
    assert tray.available is True
    tray.show()
    assert tray._icon.isVisible()
    assert tray.notify("CalmDesk", "hello") is messages
    assert shown == ([("CalmDesk", "hello")] if messages else [])
    tray.hide()


def test_icons_load_crisp_and_names_are_checked(qtbot) -> None:
    for name in (APP_ICON, MONOCHROME_ICON):
        assert svg_bytes(name).lstrip().startswith(b"<svg")
    icon = svg_icon()
    pixmap = icon.pixmap(QSize(32, 32), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.width() == 64
    assert pixmap.toImage().pixelColor(32, 32).alpha() != 0  # the bubble covers the middle
    fallback = _prerendered(svg_bytes(MONOCHROME_ICON)).pixmap(QSize(22, 22), 2.0)
    assert fallback.width() == 44
    assert not fallback.toImage().isNull()
    with pytest.raises(ValueError, match="not an icon name"):
        svg_bytes("../pyproject.toml")
