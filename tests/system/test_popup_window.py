"""The popup's size and activation helpers off Wayland (the Wayland side runs in tests/e2e under sway)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from calmdesk.system.popup_window import activation, keep_floating, on_wayland


def test_off_wayland_the_size_is_not_fixed(qtbot: QtBot) -> None:
    assert not on_wayland()
    window = QWidget()
    qtbot.addWidget(window)
    window.setMinimumSize(100, 80)
    window.resize(300, 200)
    keep_floating(window)
    assert window.minimumSize() == QSize(100, 80)  # the window manager may still let it be resized
    assert window.maximumSize() != QSize(300, 200)


def test_a_token_never_outlives_the_activation(monkeypatch: pytest.MonkeyPatch) -> None:
    # Whatever the launcher left in our environment is spent by the first activation, not handed on to
    # programs we start (an auto-paste tool) nor reused for a later one.
    monkeypatch.setenv("XDG_ACTIVATION_TOKEN", "left-by-the-launcher")
    with activation("token-from-calmdesk-show"):
        pass
    assert "XDG_ACTIVATION_TOKEN" not in os.environ


def test_a_token_is_set_only_on_wayland(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)
    with activation("token"):
        assert "XDG_ACTIVATION_TOKEN" not in os.environ  # offscreen here: an X11 or other session ignores it
    monkeypatch.setattr("calmdesk.system.popup_window.on_wayland", lambda: True)
    with activation("token"):
        assert os.environ["XDG_ACTIVATION_TOKEN"] == "token"
    assert "XDG_ACTIVATION_TOKEN" not in os.environ
