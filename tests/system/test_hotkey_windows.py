"""Windows shortcut translation (runs everywhere); the Win32 calls themselves need Windows."""

from __future__ import annotations

import sys

import pytest

from calmdesk.system.hotkey import HotkeyError
from calmdesk.system.hotkey_windows import (
    MOD_ALT,
    MOD_CONTROL,
    MOD_NOREPEAT,
    MOD_SHIFT,
    MOD_WIN,
    WindowsHotkeyBackend,
    virtual_key,
    win32_flags,
)


@pytest.mark.parametrize(
    ("sequence", "flags", "vk"),
    [
        ("Ctrl+Alt+Space", MOD_CONTROL | MOD_ALT, 0x20),
        ("Meta+Shift+K", MOD_WIN | MOD_SHIFT, ord("K")),
        ("Ctrl+F12", MOD_CONTROL, 0x7B),
        ("Alt+7", MOD_ALT, ord("7")),
    ],
)
def test_win32_flags(sequence: str, flags: int, vk: int) -> None:
    assert win32_flags(sequence) == (flags | MOD_NOREPEAT, vk)


def test_unknown_key_is_a_plain_error() -> None:
    with pytest.raises(HotkeyError, match="cannot be used as a shortcut key on Windows"):
        virtual_key("Menu")


def test_register_off_windows_refuses_plainly(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    with pytest.raises(HotkeyError, match="only works on Windows"):
        WindowsHotkeyBackend().register("Ctrl+Alt+Space")
