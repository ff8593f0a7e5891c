"""A team pack changes on disk while the app runs: the open picker finds the new phrase, query kept."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from xapp import CalmDeskApp, active_window, clipboard, popup_windows, wait_for, xdotool
from xsession import XSession

pytestmark = pytest.mark.e2e

PACK = """\
[pack]
id = "e2e-team"
name = "E2E team"
language = "en"
version = "{version}"

[[phrase]]
id = "team.e2e-first"
category = "solution"
title = "First team phrase"
text = "The first answer."
{extra}
"""

NEW_PHRASE = """
[[phrase]]
id = "team.e2e-flamingo"
category = "solution"
title = "Flamingo policy"
text = "Our flamingo policy covers this, so the replacement ships today."
tags = ["flamingoesque"]
"""


@pytest.fixture
def team(tmp_path: Path) -> Path:
    folder = tmp_path / "team"
    folder.mkdir()
    (folder / "team.toml").write_text(PACK.format(version="1.0.0", extra=""), encoding="utf-8")
    return folder


@pytest.fixture
def app(xsession: XSession, tmp_path: Path, team: Path) -> Iterator[CalmDeskApp]:
    args = ("--hotkey", "Ctrl+Alt+Space", "--packs", str(team))
    running = CalmDeskApp(xsession, tmp_path / "calmdesk.log", args)
    running.wait_ready()
    yield running
    running.stop()


def test_the_open_picker_finds_a_phrase_added_to_the_team_pack(
    xsession: XSession, app: CalmDeskApp, team: Path
) -> None:
    xdotool(xsession, "key", "ctrl+alt+space")
    popup = wait_for(lambda: popup_windows(xsession), 5, "the CalmDesk popup")[0]
    wait_for(lambda: active_window(xsession) == popup, 5, "the popup to have focus")
    xdotool(xsession, "type", "--delay", "20", "flamingoesque")  # nothing matches yet
    changed_at = time.monotonic()
    # Written the way editors save: a new file renamed over the old one.
    draft = team / ".team.toml.new"
    draft.write_text(PACK.format(version="1.1.0", extra=NEW_PHRASE), encoding="utf-8")
    draft.replace(team / "team.toml")

    def copied() -> bool:
        # Return copies the current match; before the reload there is none and nothing is copied.
        xdotool(xsession, "key", "ctrl+Return")
        time.sleep(0.2)
        return clipboard(xsession).startswith("Our flamingo policy")

    wait_for(copied, 10, "the new team phrase to be found by the open picker", interval=0.3)
    print(f"team pack change to phrase found: {time.monotonic() - changed_at:.2f} s")
    assert popup_windows(xsession)  # Ctrl+Enter copies and stays: the picker kept its query and window
    assert app.proc.poll() is None
