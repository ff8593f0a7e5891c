"""Team pack folders in the Settings dialog, and the running app loading them when saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from calmdesk.app.main import CalmDesk
from calmdesk.store.settings import Settings, load_settings
from calmdesk.system.instance_server import InstanceServer
from calmdesk.ui.settings.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (setting window masks|raise\(\))")

PACK = """\
[pack]
id = "settings-team"
name = "Settings team"
language = "en"
version = "2.0.0"

[[phrase]]
id = "team.settings-okapi"
category = "solution"
title = "Okapi answer"
text = "The okapi answer."
"""


def test_the_dialog_edits_team_folders_one_per_line(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    dialog = SettingsDialog(Settings(pack_dirs=("/teams/a",)), path)
    qtbot.addWidget(dialog)
    assert dialog._pack_dirs.toPlainText() == "/teams/a"
    dialog._pack_dirs.setPlainText("/teams/a\n  /teams/b  \n\n/teams/a\n")
    with qtbot.waitSignal(dialog.settingsSaved):
        dialog._buttons.button(dialog._buttons.StandardButton.Ok).click()
    saved, _problems = load_settings(path)
    assert saved.pack_dirs == ("/teams/a", "/teams/b")


def test_saving_a_new_team_folder_loads_it_into_the_running_app(qtbot, tmp_path: Path, monkeypatch) -> None:
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(var, raising=False)
    team = tmp_path / "team"
    team.mkdir()
    (team / "team.toml").write_text(PACK, encoding="utf-8")
    server = InstanceServer.acquire()
    assert server is not None
    try:
        desk = CalmDesk(server, hotkey=None, pack_dirs=())
        assert desk.libraries.library.get("team.settings-okapi") is None
        with qtbot.waitSignal(desk.libraries.changed, timeout=10_000):  # read on a thread, then searched
            desk.apply_settings(Settings(pack_dirs=(str(team),)))
        assert desk.libraries.library.get("team.settings-okapi") is not None
        assert [h.phrase.id for h in desk.libraries.index.search("okapi")][:1] == ["team.settings-okapi"]
        desk.picker.hide()
        if desk.store is not None:
            desk.store.close()
    finally:
        server.close()
