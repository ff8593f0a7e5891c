"""Shortcut parsing and backend choice (no X server needed)."""

from __future__ import annotations

import pytest

from calmdesk.system.hotkey import HotkeyError, backend_name, parse_sequence, session_kind
from calmdesk.system.hotkey_x11 import keysym_for


@pytest.mark.parametrize(
    ("text", "modifiers", "key"),
    [
        ("Ctrl+Alt+Space", {"ctrl", "alt"}, "Space"),
        (" control + ALT + space ", {"ctrl", "alt"}, "space"),
        ("Meta+F8", {"super"}, "F8"),
        ("Super+Shift+K", {"super", "shift"}, "K"),
        ("Ctrl++", {"ctrl"}, "+"),
        ("F13", set(), "F13"),
    ],
)
def test_parse_sequence(text: str, modifiers: set[str], key: str) -> None:
    parsed = parse_sequence(text)
    assert parsed.modifiers == frozenset(modifiers)
    assert parsed.key == key


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "No shortcut given"),
        ("Ctrl+Alt", "has no key"),
        ("Ctrl+Hyper+X", "'Hyper' is not a modifier"),
        ("Ctrl+", "has no key"),
        ("A", "needs Ctrl, Alt or Super"),
        ("Shift+Q", "needs Ctrl, Alt or Super"),
    ],
)
def test_parse_sequence_rejects(text: str, message: str) -> None:
    with pytest.raises(HotkeyError, match=message):
        parse_sequence(text)


@pytest.mark.parametrize(
    ("key", "keysym"),
    [
        ("Space", 0x20),
        ("a", 0x61),
        ("A", 0x61),
        ("F8", 0xFFC5),
        ("f8", 0xFFC5),
        ("PgDown", 0xFF56),
        ("+", 0x2B),
    ],
)
def test_keysym_for(key: str, keysym: int) -> None:
    assert keysym_for(key) == keysym


def test_keysym_for_unknown_key() -> None:
    with pytest.raises(HotkeyError, match="not a key name"):
        keysym_for("NoSuchKey")


@pytest.mark.parametrize(
    ("env", "kind"),
    [
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "wayland"),
        ({"XDG_SESSION_TYPE": "wayland"}, "wayland"),
        ({"DISPLAY": ":5"}, "x11"),
        ({}, "none"),
    ],
)
def test_session_kind(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], kind: str) -> None:
    for var in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert session_kind() == kind


def test_no_display_means_no_backend(monkeypatch: pytest.MonkeyPatch, qapp: object) -> None:
    from calmdesk.system.hotkey import create_hotkey_backend

    for var in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    assert create_hotkey_backend() is None
    assert backend_name().startswith("none")
