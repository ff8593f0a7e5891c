"""A global hotkey must not be a key that types text: it would be swallowed everywhere on the desktop."""

from __future__ import annotations

import pytest

from calmdesk.core.shortcut import ShortcutError, parse_shortcut, shortcut_problem


@pytest.mark.parametrize(
    "text",
    ["Ctrl+Alt+Space", "Meta+F8", "Alt+K", "Super+Shift+K", "Ctrl++", "F13", "F24", "Shift+F20", "Pause"],
)
def test_accepted_shortcuts(text: str) -> None:
    assert shortcut_problem(text) is None
    parse_shortcut(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A", "needs Ctrl, Alt or Super"),
        ("a", "needs Ctrl, Alt or Super"),
        ("Shift+A", "needs Ctrl, Alt or Super"),
        ("Space", "needs Ctrl, Alt or Super"),
        ("F9", "needs Ctrl, Alt or Super"),
        ("Return", "needs Ctrl, Alt or Super"),
        ("", "No shortcut given"),
        ("Ctrl+Alt", "has no key"),
        ("Ctrl+Hyper+X", "'Hyper' is not a modifier"),
    ],
)
def test_refused_shortcuts_say_why(text: str, words: str) -> None:
    problem = shortcut_problem(text)
    assert problem is not None
    assert words in problem
    with pytest.raises(ShortcutError, match=words):
        parse_shortcut(text)


def test_the_message_names_the_key_and_an_example() -> None:
    problem = shortcut_problem("A") or ""
    assert "'A'" in problem
    assert "Ctrl+Alt+Space" in problem


@pytest.mark.parametrize(
    "text",
    ["Ctrl+Tab", "Ctrl+Shift+Tab", "Ctrl+Shift+Backtab", "Alt+Tab", "Alt+F4", "Ctrl+V", "Ctrl+Shift+V",
     "Ctrl+C", "Ctrl+W", "Ctrl+Return", "Super+L", "Ctrl+Alt+Del", "Ctrl+Alt+Left", "Ctrl+Alt+F2",
     "Alt+Space"],
)  # fmt: skip
def test_keys_the_desktop_or_the_chat_tool_needs_are_refused(text: str) -> None:
    problem = shortcut_problem(text)
    assert problem is not None
    assert "is taken" in problem
    assert "Ctrl+Alt+Space" in problem


@pytest.mark.parametrize(
    "text", ["Ctrl+Alt+K", "Ctrl+Shift+Space", "Ctrl+Alt+Shift+V", "Super+F8", "Ctrl+F9"]
)
def test_chords_nobody_else_needs_stay_allowed(text: str) -> None:
    assert shortcut_problem(text) is None
