"""The whole app under headless GNOME mutter: `calmdesk show`, typing, Enter, and the phrase pasted in a chat.

mutter has no window list to ask from outside, so what had the keyboard is read from the app's --verbose
log ("keyboard focus: ..."), and the clipboard by pasting it into a text window with Ctrl+V.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from muttersession import MutterSession
from textwin import TextWindow
from xapp import CalmDeskApp, expected_phrase, run_cli, wait_for

pytestmark = pytest.mark.e2e

QUERY = "sorry wait"


def _focus_lines(app: CalmDeskApp) -> list[str]:
    return [line for line in app.output().splitlines() if "keyboard focus:" in line or "keys reach:" in line]


def _wait_focus(app: CalmDeskApp, window: str | tuple[str, ...], after: int, what: str) -> int:
    """Wait for a focus line naming `window` (or one of them) after the first `after` lines; the new count."""

    def seen() -> int:
        lines = _focus_lines(app)
        return len(lines) if any(line.endswith(window) for line in lines[after:]) else 0

    try:
        return int(wait_for(seen, 10, what))
    except AssertionError as exc:
        raise AssertionError(f"{exc}; the app said: {_focus_lines(app)}") from None


def test_show_type_enter_then_paste_in_a_chat(mutter: MutterSession, tmp_path: Path) -> None:
    expected = expected_phrase(mutter, QUERY)
    app = CalmDeskApp(mutter, tmp_path / "calmdesk.log", ("--hotkey", "Ctrl+Alt+Space", "--verbose"))
    try:
        app.wait_ready()
        # No tray in a bare GNOME: a start-up window comes first (the notice, or the first start's greeting).
        # mutter marks it focused but its keys do not reach it here (they do under sway): left open.
        seen = _wait_focus(app, ("QMessageBox", "IntroductionDialog"), 0, "a start-up window to be shown")
        shown = run_cli(mutter, "show")
        assert shown.returncode == 0, shown.stderr
        seen = _wait_focus(app, "PickerWindow", seen, "the picker to be active")
        # Active is not yet the keyboard: harmless Shifts until a key press reaches the picker.
        wait_for(lambda: mutter.tap("Shift_L") or "keys reach: PickerWindow" in app.output(), 10, "keys")
        mutter.type_text(QUERY)
        mutter.tap("Return")
        # The picker hid after the copy: the keyboard goes back to a start-up window (or to nothing of ours).
        back = ("QMessageBox", "IntroductionDialog", "none of ours")
        _wait_focus(app, back, seen + 1, "the picker to hide after Enter")
        # The picker hid after the copy; the phrase stays on the clipboard for the chat's Ctrl+V.
        chat = TextWindow(mutter.env, "Customer chat")
        try:
            mutter.chord("Control_L", "v")
            wait_for(lambda: chat.content() == expected, 10, f"the chat to receive {expected!r}")
        finally:
            chat.close()
        assert app.proc.poll() is None
    finally:
        app.stop()
