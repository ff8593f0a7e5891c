"""Clipboard copies read back with xclip from a real X server, from the GUI and from a CLI process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from xapp import run_cli
from xsession import XSession

pytestmark = pytest.mark.e2e

HELPER = Path(__file__).with_name("clipboard_helper.py")


def xclip_out(session: XSession, selection: str, target: str | None = None) -> str:
    argv = ["xclip", "-o", "-selection", selection]
    if target:
        argv += ["-t", target]
    return subprocess.run(argv, env=session.env, capture_output=True, text=True, timeout=10).stdout


def test_gui_copy_sets_clipboard_primary_and_html(xsession: XSession) -> None:
    text = "We are sorry — we're on it, Zoë."
    proc = subprocess.Popen(
        [sys.executable, str(HELPER), text, "<p>We are <b>sorry</b></p>"],
        env=xsession.env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "copied"
        assert xclip_out(xsession, "clipboard") == text
        assert xclip_out(xsession, "primary") == text
        assert "<b>sorry</b>" in xclip_out(xsession, "clipboard", "text/html")
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        assert proc.wait(10) == 0


def test_cli_copy_outlives_the_process(xsession: XSession) -> None:
    text = "Thanks for waiting — ünïcode ok"
    code = "import sys; from calmdesk.system.clipboard import copy_without_gui; copy_without_gui(sys.argv[1])"
    # capture_output: the copy must not keep our pipes open (pyperclip's xclip child would, and hang here).
    result = subprocess.run(
        [sys.executable, "-c", code, text], env=xsession.env, capture_output=True, text=True, timeout=10
    )
    assert result.returncode == 0, result.stderr
    assert xclip_out(xsession, "clipboard") == text


def test_cli_copy_command_outlives_the_process(xsession: XSession) -> None:
    listed = run_cli(xsession, "search", "sorry", "--json", "--limit", "1")
    assert listed.returncode == 0, listed.stderr
    phrase_id = json.loads(listed.stdout)[0]["id"]
    result = run_cli(xsession, "copy", phrase_id, "--set", "customer_name=Ana")
    assert result.returncode == 0, result.stderr
    shown = run_cli(xsession, "render", phrase_id, "--set", "customer_name=Ana")
    assert shown.returncode == 0, shown.stderr
    rendered = shown.stdout
    # render prints the text plus a newline; the clipboard holds the text alone.
    assert xclip_out(xsession, "clipboard") == rendered.removesuffix("\n")
