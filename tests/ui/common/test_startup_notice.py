"""The start-up notice: one box for every problem, closed by Esc or Enter, advice true for the desktop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from calmdesk.ui.common.notices import Notices

# The offscreen platform has no stacking order; raising a box there is a notice about it, not a bug.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")


@pytest.fixture
def notices(qtbot):
    made = Notices()
    yield made
    for box in made.shown():
        box.close()


def _text(box) -> str:
    return f"{box.text()}\n{box.informativeText()}\n{box.detailedText()}"


def test_every_start_up_problem_is_in_one_box(notices) -> None:
    notices.problems("Some settings were not understood", ["settings.toml:2: unknown setting 'colour'"])
    notices.problems("Some phrase packs could not be loaded", ["broken.toml:1: not valid TOML"])
    notices.hotkey_failed("Ctrl+Alt+Space", "Another program already uses Ctrl+Alt+Space.")
    notices.no_tray(None)
    notices.flush()
    [box] = notices.shown()
    text = _text(box)
    for words in (
        "Some settings were not understood",
        "Some phrase packs could not be loaded",
        "Another program already uses Ctrl+Alt+Space",
        "no system tray",
        "colour",
        "broken.toml",
    ):
        assert words in text
    notices.flush()  # a second flush shows nothing new
    assert len(notices.shown()) == 1


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_esc_and_enter_close_the_notice(qtbot, notices, key) -> None:
    notices.problems("Some settings were not understood", ["x"])
    notices.hotkey_failed("Ctrl+Alt+Space", "Taken.")  # an extra "Open Settings" button must not take Enter
    notices.flush()
    [box] = notices.shown()
    qtbot.waitExposed(box)
    opened: list[bool] = []
    notices.settingsRequested.connect(lambda: opened.append(True))
    QTest.keyClick(box, key)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert opened == []


def test_without_tray_and_without_hotkey_the_advice_is_the_desktop_shortcut(notices) -> None:
    # sway without a tray and without the shortcuts portal: no key works and there is no icon to click.
    notices.no_hotkey_backend()
    notices.no_tray(None)
    notices.flush()
    [box] = notices.shown()
    text = _text(box)
    assert "calmdesk show" in text
    assert "press" not in text.lower()
    assert "tray icon" not in text.lower()


def test_with_a_tray_but_no_hotkey_the_tray_is_offered(notices) -> None:
    notices.no_hotkey_backend()
    notices.flush()
    [box] = notices.shown()
    text = _text(box)
    assert "calmdesk show" in text
    assert "tray icon" in text


def test_without_a_tray_but_with_a_working_hotkey_the_key_is_named(notices) -> None:
    notices.no_tray("Ctrl+Alt+K")
    notices.flush()
    [box] = notices.shown()
    assert "Ctrl+Alt+K" in _text(box)
    assert "tray icon" not in _text(box).lower()


def test_a_taken_hotkey_at_start_offers_settings(notices) -> None:
    notices.hotkey_failed("Ctrl+Alt+Space", "Taken.")
    notices.flush()
    [box] = notices.shown()
    opened: list[bool] = []
    notices.settingsRequested.connect(lambda: opened.append(True))
    next(b for b in box.buttons() if b.text() == "Open Settings").click()
    assert opened == [True]


def test_after_start_up_a_taken_hotkey_gets_its_own_box(notices) -> None:
    notices.flush()
    notices.hotkey_failed("Ctrl+Alt+J", "Taken.")
    [box] = notices.shown()
    assert "not available" in box.text()
