"""`calmdesk doctor` inside a real X session, with and without a tray host."""

from __future__ import annotations

import re

import pytest
from xapp import run_cli
from xsession import XSession

pytestmark = pytest.mark.e2e


def doctor(session: XSession) -> dict[str, str]:
    """The report as {item: status}; items and statuses are separated by a run of two or more spaces."""
    result = run_cli(session, "doctor")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    return dict(re.split(r"\s{2,}", line.strip(), maxsplit=1) for line in out.splitlines() if line.strip())


def test_doctor_under_x11_with_tray(xsession: XSession) -> None:
    rows = doctor(xsession)
    assert rows["display server"] == f"X11 ({xsession.display})"
    assert rows["Qt platform"] == "xcb"
    assert rows["system tray"] == "available"
    assert rows["hotkey backend"] == "x11"
    assert rows["clipboard (CLI)"] == "xclip"


def test_doctor_without_tray_says_how_to_reach_the_app(xsession_no_tray: XSession) -> None:
    rows = doctor(xsession_no_tray)
    assert rows["system tray"] == "none (use the hotkey or `calmdesk show`)"
