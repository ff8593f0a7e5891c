"""The harness itself: the session really has a display, a window manager and a tray host, and cleans up."""

from __future__ import annotations

import subprocess

import pytest
from xsession import XSession, XSessionError, missing_tools

pytestmark = pytest.mark.e2e


def test_session_has_wm_and_tray(xsession: XSession) -> None:
    info = subprocess.run(["xdpyinfo"], env=xsession.env, capture_output=True, text=True, check=True).stdout
    assert "1280x800" in info
    assert xsession.selection_owner("_NET_SYSTEM_TRAY_S0") != 0
    assert xsession.env["QT_QPA_PLATFORM"] == "xcb"
    xsession.check_alive()


def test_session_without_tray(xsession_no_tray: XSession) -> None:
    assert xsession_no_tray.selection_owner("_NET_SYSTEM_TRAY_S0") == 0
    xsession_no_tray.check_alive()


def test_stop_ends_the_server(xsession: XSession) -> None:
    procs = list(xsession._procs)
    xsession.stop()
    # Every process of the session has ended. (Asking the display number with xdpyinfo is no proof: under
    # parallel test runs another session's Xvfb may take the freed number at once.)
    assert procs
    assert all(proc.poll() is not None for _name, proc in procs)


def test_missing_tools_fail_with_package_names(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    assert any("xvfb" in item for item in missing_tools())
    with pytest.raises(XSessionError, match="apt-get install -y xvfb openbox trayer xdotool xclip"):
        XSession({}, tmp_path, tray=True).start()  # type: ignore[arg-type]
