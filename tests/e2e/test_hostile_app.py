"""The real app under X with hostile input (issue 11) and options handed to it while it runs (issue 10.5)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from xapp import CalmDeskApp, active_window, clipboard, popup_windows, run_cli, wait_for, xdotool
from Xlib import XK, X
from xsession import XSession

pytestmark = pytest.mark.e2e

TEAM_PACK = """\
[pack]
id = "zebra-team"
name = "Zebra team"
language = "en"
version = "1.0.0"

[[phrase]]
id = "zebra.thanks"
category = "closing"
title = "Zebra crossing thanks"
text = "Thanks from the zebra desk."
"""


def summon_type_and_copy(session: XSession, keys: str, query: str) -> None:
    xdotool(session, "key", keys)
    # Not popup_windows()[0]: a start-up notice is a CalmDesk window too; the popup is the one focused.
    wait_for(lambda: active_window(session) in popup_windows(session), 10, "the focused CalmDesk popup")
    xdotool(session, "type", "--delay", "20", query)
    xdotool(session, "key", "Return")


def test_a_poisoned_user_pack_folder_still_lets_the_hotkey_find_builtin_phrases(
    xsession: XSession, xdg_home: Path, tmp_path: Path
) -> None:
    packs = xdg_home / "data" / "calmdesk" / "packs"
    packs.mkdir(parents=True)
    os.mkfifo(packs / "fifo.toml")
    (packs / "zero.toml").symlink_to("/dev/zero")
    (packs / "huge-int.toml").write_text("x = " + "7" * 5000 + "\n", encoding="utf-8")
    (packs / "deep.toml").write_text("x = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    app = CalmDeskApp(xsession, tmp_path / "calmdesk.log")
    try:
        app.wait_ready(30)  # used to never start: "unexpected error", or a hang on the FIFO
        expected = run_cli(xsession, "search", "sorry", "wait", "--json", "--limit", "1")
        assert expected.returncode == 0, expected.stderr
        hit = json.loads(expected.stdout)[0]
        rendered = run_cli(xsession, "render", hit["id"])
        assert rendered.returncode == 0, rendered.stderr
        summon_type_and_copy(xsession, "ctrl+alt+space", "sorry wait")
        text = rendered.stdout.rstrip("\n")
        wait_for(lambda: clipboard(xsession) == text, 5, f"the clipboard to hold {text!r}")
        assert app.proc.poll() is None
    finally:
        app.stop()
    for name in ("fifo.toml", "zero.toml", "huge-int.toml", "deep.toml"):
        assert name in app.output() or name in rendered.stderr


@pytest.fixture
def app(xsession: XSession, tmp_path: Path) -> Iterator[CalmDeskApp]:
    running = CalmDeskApp(xsession, tmp_path / "calmdesk.log")
    running.wait_ready()
    yield running
    running.stop()


def test_packs_given_to_a_second_start_are_loaded_by_the_running_app(
    xsession: XSession, app: CalmDeskApp, tmp_path: Path
) -> None:
    team = tmp_path / "team"
    team.mkdir()
    (team / "zebra.toml").write_text(TEAM_PACK, encoding="utf-8")
    second = run_cli(xsession, "--packs", str(team))
    assert second.returncode == 0, second.stderr
    assert "loaded 1 phrase(s)" in second.stderr
    wait_for(lambda: popup_windows(xsession), 5, "the popup after the second start")
    xdotool(xsession, "key", "Escape")
    wait_for(lambda: not popup_windows(xsession), 5, "Escape to hide the popup")
    summon_type_and_copy(xsession, "ctrl+alt+space", "zebra")
    wait_for(lambda: clipboard(xsession) == "Thanks from the zebra desk.", 5, "the team phrase copied")


def test_a_hotkey_given_to_a_second_start_is_used_or_plainly_refused(
    xsession: XSession, app: CalmDeskApp
) -> None:
    second = run_cli(xsession, "--hotkey", "Ctrl+Alt+K")
    assert second.returncode == 0, second.stderr
    assert "now listens for Ctrl+Alt+K" in second.stderr
    wait_for(lambda: popup_windows(xsession), 5, "the popup after the second start")
    xdotool(xsession, "key", "Escape")
    wait_for(lambda: not popup_windows(xsession), 5, "Escape to hide the popup")
    xdotool(xsession, "key", "ctrl+alt+k")
    wait_for(lambda: popup_windows(xsession), 5, "the popup on the handed-over hotkey")
    xdotool(xsession, "key", "Escape")
    wait_for(lambda: not popup_windows(xsession), 5, "Escape to hide the popup")
    # Another program holds Ctrl+Alt+J: the running app cannot take it, and the second start says so.
    other = xsession.connect()
    try:
        keycode = other.keysym_to_keycode(XK.string_to_keysym("j"))
        other.screen().root.grab_key(
            keycode, X.ControlMask | X.Mod1Mask, True, X.GrabModeAsync, X.GrabModeAsync
        )
        other.sync()
        taken = run_cli(xsession, "--hotkey", "Ctrl+Alt+J")
        assert taken.returncode == 1, taken.stderr
        assert "--hotkey Ctrl+Alt+J was not applied" in taken.stderr
    finally:
        other.close()
    # The refused start shows the popup and a notice about the key, in either order under load: Escape
    # closes whichever has focus, so press it until the popup is gone rather than once at a guess.
    wait_for(lambda: popup_windows(xsession), 5, "the popup after the refused start")
    for _ in range(3):
        xdotool(xsession, "key", "Escape")
        try:
            wait_for(lambda: not popup_windows(xsession), 1.5, "Escape to hide the popup")
            break
        except AssertionError:
            continue
    wait_for(lambda: not popup_windows(xsession), 5, "Escape to hide the popup")
    # The key that worked is still the one that works.
    xdotool(xsession, "key", "ctrl+alt+k")
    wait_for(lambda: popup_windows(xsession), 5, "the popup on the hotkey that still works")
