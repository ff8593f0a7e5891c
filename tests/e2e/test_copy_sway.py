"""`calmdesk copy` on Wayland: wl-copy keeps the text after the command ends; without it, a clear message."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from swaysession import SwaySession
from xapp import expected_phrase, run_cli

pytestmark = pytest.mark.e2e


def test_cli_copy_lands_on_the_wayland_clipboard_and_returns(sway: SwaySession) -> None:
    expected = expected_phrase(sway, "sorry wait")
    found = run_cli(sway, "search", "sorry", "wait", "--limit", "1", "--json")
    phrase_id = json.loads(found.stdout)[0]["id"]
    started = time.monotonic()
    copied = run_cli(sway, "copy", phrase_id, timeout=10)  # wl-copy's server must not hold our pipes
    assert copied.returncode == 0, copied.stderr
    assert time.monotonic() - started < 10
    assert sway.clipboard() == expected  # served after `calmdesk copy` ended


def test_cli_copy_without_wl_copy_says_what_to_install(sway: SwaySession, tmp_path: Path) -> None:
    found = run_cli(sway, "search", "sorry", "--limit", "1", "--json")
    phrase_id = json.loads(found.stdout)[0]["id"]
    bare = tmp_path / "bin"
    bare.mkdir()
    sway.env["PATH"] = str(bare)
    copied = run_cli(sway, "copy", phrase_id)
    assert copied.returncode != 0
    assert "install wl-clipboard" in copied.stderr
    assert "Traceback" not in copied.stderr
