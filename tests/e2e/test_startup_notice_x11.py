"""The start-up notice under a real X server and window manager: one window, focused, closed by a key."""

from __future__ import annotations

from pathlib import Path

import pytest
from xapp import CalmDeskApp, active_window, popup_windows, wait_for, xdotool
from xsession import XSession

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("key", ["Escape", "Return"])
def test_every_start_up_problem_in_one_focused_notice_closed_by_a_key(
    xsession_no_tray: XSession, xdg_home: Path, tmp_path: Path, key: str
) -> None:
    # A settings typo, a broken team pack and no tray: three problems, once two boxes exactly on top of
    # each other that no key would close.
    settings = xdg_home / "config" / "calmdesk" / "settings.toml"
    settings.parent.mkdir(parents=True, exist_ok=True)
    # A signed profile: a first start would ask for the agent's name first, and the notice wait for it.
    settings.write_text('agent_name = "Sam"\ncompany = "Acme"\ncolour = "blue"\n', encoding="utf-8")
    team = tmp_path / "team"
    team.mkdir()
    (team / "broken.toml").write_text("[pack\nid = ", encoding="utf-8")
    app = CalmDeskApp(xsession_no_tray, tmp_path / "calmdesk.log", ("--packs", str(team)))
    try:
        app.wait_ready()
        [notice] = wait_for(lambda: popup_windows(xsession_no_tray), 10, "the start-up notice")
        wait_for(lambda: active_window(xsession_no_tray) == notice, 5, "the notice to have the keyboard")
        assert popup_windows(xsession_no_tray) == [notice], "one notice for every problem"
        xdotool(xsession_no_tray, "key", key)
        wait_for(lambda: not popup_windows(xsession_no_tray), 5, f"{key} to close the notice")
        assert app.proc.poll() is None
    finally:
        app.stop()
