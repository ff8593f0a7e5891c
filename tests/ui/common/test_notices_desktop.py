"""Notices on a desktop that focuses every new window (Wayland): advice goes to the notification server."""

from __future__ import annotations

import pytest

from calmdesk.ui.common.notices import Notices

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")


class NotificationServer:
    def __init__(self, *, answers: bool = True) -> None:
        self.answers = answers
        self.received: list[tuple[str, str]] = []

    def __call__(self, title: str, text: str) -> bool:
        self.received.append((title, text))
        return self.answers


@pytest.fixture
def close_boxes(qtbot):
    made: list[Notices] = []
    yield made.append
    for notices in made:
        for box in notices.shown():
            box.close()


def test_advice_without_a_tray_or_a_key_is_a_notification_not_a_window(close_boxes) -> None:
    server = NotificationServer()
    notices = Notices(desktop_notify=server)
    close_boxes(notices)
    notices.no_hotkey_backend()
    notices.no_tray(None)
    notices.flush()
    assert notices.shown() == []
    [(title, text)] = server.received
    assert title == "CalmDesk started with some problems"
    assert "no system tray" in text
    assert "calmdesk show" in text


def test_no_notification_server_means_the_box(close_boxes) -> None:
    server = NotificationServer(answers=False)
    notices = Notices(desktop_notify=server)
    close_boxes(notices)
    notices.no_tray("Ctrl+Alt+Space")
    notices.flush()
    assert len(server.received) == 1
    [box] = notices.shown()
    assert "Ctrl+Alt+Space" in box.informativeText()


def test_details_or_a_settings_button_need_the_window(close_boxes) -> None:
    server = NotificationServer()
    notices = Notices(desktop_notify=server)
    close_boxes(notices)
    notices.problems("Some settings were not understood", ["settings.toml:2: unknown setting 'colour'"])
    notices.hotkey_failed("Ctrl+Alt+Space", "Another program already uses Ctrl+Alt+Space.")
    notices.flush()
    assert server.received == []
    [box] = notices.shown()
    assert "colour" in box.detailedText()
