"""The popup's size and activation helpers off Wayland (the Wayland side runs in tests/e2e under sway)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from calmdesk.system.popup_window import bring_to_front, keep_floating, on_wayland

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")  # offscreen Qt


def test_off_wayland_the_size_is_set_but_not_fixed(qtbot: QtBot) -> None:
    assert not on_wayland()
    window = QWidget()
    qtbot.addWidget(window)
    window.setMinimumSize(100, 80)
    keep_floating(window, QSize(300, 200))
    assert window.size() == QSize(300, 200)
    assert window.minimumSize() == QSize(100, 80)  # the window manager may still let it be resized
    assert window.maximumSize() != QSize(300, 200)


def test_a_token_never_outlives_the_activation(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    # Whatever the launcher left in our environment is spent by the first activation, not handed on to
    # programs we start (an auto-paste tool) nor reused for a later one.
    monkeypatch.setenv("XDG_ACTIVATION_TOKEN", "left-by-the-launcher")
    bring_to_front(window, "token-from-calmdesk-show")
    assert "XDG_ACTIVATION_TOKEN" not in os.environ
