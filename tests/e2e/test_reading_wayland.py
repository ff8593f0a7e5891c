"""The picker's reading line under headless GNOME mutter and KDE kwin: a customer's message that another
program's window put on the primary selection (selected, as with the mouse) or on the clipboard (copied) is
read once the popup has the keyboard; under mutter, Ctrl+Shift+N then starts a complaint from it.

What the picker read is taken from the app's --verbose log ("message read: <topic>, anger <n>": never the
customer's words), as neither compositor lets a test look into a window. sway: test_picker_sway.py.
"""

from __future__ import annotations

import json
import selectors
import subprocess
import sys
import time
from pathlib import Path

import pytest
from muttersession import MutterSession
from waylandsession import WaylandSession
from xapp import CalmDeskApp, run_cli, wait_for

pytestmark = pytest.mark.e2e

WINDOW = Path(__file__).with_name("message_window.py")
SELECTED = "My parcel never arrived. Order A-10492 still shows in transit after two weeks.\n\nTom Hart"
COPIED = "You have charged my card twice for the same invoice and nobody answers. This is unacceptable."


class _Chat:
    """Another program's chat window holding the message on the selection, the clipboard or both."""

    def __init__(self, session: WaylandSession, text: str, mode: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(WINDOW), text, mode],
            env=session.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        line = self._line(15)
        if line != f"offered {mode}":
            self.close()
            raise AssertionError(f"no message offered: {line!r}\n{session.diagnostics()}")

    def _line(self, timeout: float) -> str:
        assert self.proc.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self.proc.stdout, selectors.EVENT_READ)
            if not selector.select(timeout):
                return f"(nothing in {timeout:.0f} s)"
        return self.proc.stdout.readline().strip()

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


def _reads(app: CalmDeskApp) -> list[str]:
    lines = app.output().splitlines()
    return [line.split("message read: ", 1)[1] for line in lines if "message read: " in line]


def _summon_and_read(session: WaylandSession, app: CalmDeskApp, topic: str) -> None:
    """`calmdesk show`, and the picker reads a message about `topic` once it has the keyboard."""
    before = len(_reads(app))
    shown = run_cli(session, "show")
    assert shown.returncode == 0, shown.stderr

    def read_now() -> bool:
        return any(one.startswith(f"{topic},") for one in _reads(app)[before:])

    try:
        wait_for(read_now, 10, f"the picker to read the {topic} message")
    except AssertionError as exc:
        raise AssertionError(f"{exc}; it read {_reads(app)[before:]}\n{app.output()[-3000:]}") from None


def _app(session: WaylandSession, tmp_path: Path) -> CalmDeskApp:
    app = CalmDeskApp(session, tmp_path / "calmdesk.log", ("--hotkey", "Ctrl+Alt+Space", "--verbose"))
    app.wait_ready()
    return app


@pytest.mark.parametrize("compositor", ["mutter", "kwin"])
def test_the_picker_reads_the_selection_then_the_clipboard(
    compositor: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    session: WaylandSession = request.getfixturevalue(compositor)
    app = _app(session, tmp_path)
    try:
        chat = _Chat(session, SELECTED, "selection")  # selected in the chat, not copied
        try:
            _summon_and_read(session, app, "delivery")
            # The picker closes before the next message comes: what it reads next, it reads when summoned.
            assert run_cli(session, "toggle").returncode == 0
            # The last focus line, not the last line: a log line may follow it (a loaded machine's timings).
            wait_for(lambda: "none of ours" in (app.focus_lines() or [""])[-1], 10, "the picker to hide")
        finally:
            chat.close()
        chat = _Chat(session, COPIED, "clipboard")  # copied; nothing selected any more
        try:
            _summon_and_read(session, app, "billing")
        finally:
            chat.close()
        assert app.proc.poll() is None
    finally:
        app.stop()


def test_ctrl_shift_n_under_mutter_starts_a_complaint_from_the_selected_message(
    mutter: MutterSession, tmp_path: Path
) -> None:
    app = _app(mutter, tmp_path)
    try:
        chat = _Chat(mutter, SELECTED, "selection")
        try:
            _summon_and_read(mutter, app, "delivery")
            # Active is not yet the keyboard: harmless Shifts until a key press reaches the picker.
            wait_for(lambda: mutter.tap("Shift_L") or "keys reach: PickerWindow" in app.output(), 10, "keys")
            mutter.chord("Control_L", "Shift_L", "n")

            def complaints() -> list[dict[str, object]]:
                return list(json.loads(run_cli(mutter, "complaint", "list", "--json").stdout))

            started = wait_for(complaints, 10, "a complaint started from the message")
        finally:
            chat.close()
        [complaint] = started
        assert (complaint["customer"], complaint["ticket"]) == ("Tom Hart", "A-10492")
        assert complaint["topic"] == "delivery"
        time.sleep(0.2)
        assert app.proc.poll() is None
    finally:
        app.stop()
