"""`calmdesk doctor` inside a real X session, with and without a tray host."""

from __future__ import annotations

import pytest
from xapp import doctor
from xsession import XSession

pytestmark = pytest.mark.e2e


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
