"""The XDG autostart entry: written valid and pointing at this installation, read back, switched off, and
kept safe when it was damaged or edited by hand; an unwritable folder is a clear error."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from calmdesk.cli.main import main
from calmdesk.system.autostart import (
    AutostartError,
    Unsupported,
    XdgAutostart,
    exec_line,
    for_this_system,
    launch_command,
)

COMMAND = ["/usr/bin/calmdesk"]


@pytest.fixture
def place(tmp_path: Path) -> XdgAutostart:
    return XdgAutostart(tmp_path / "config", COMMAND)


def validate(path: Path) -> None:
    done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not done.stdout.strip(), done.stdout  # not even a hint


def test_on_writes_a_valid_entry_that_starts_the_tray_app(place: XdgAutostart) -> None:
    assert not place.status().enabled
    state = place.enable()
    assert state.enabled
    assert state.problem == ""
    assert place.path.name == "calmdesk.desktop"
    assert place.path.parent.name == "autostart"
    validate(place.path)
    text = place.path.read_text(encoding="utf-8")
    # No subcommand: the tray app with its hotkey, no window (the picker waits for the key).
    assert "\nExec=/usr/bin/calmdesk\n" in text
    assert "Terminal=false" in text


def test_off_removes_it_and_status_says_so(place: XdgAutostart) -> None:
    place.enable()
    state = place.disable()
    assert not state.enabled
    assert not place.path.exists()
    assert not place.path.with_name("calmdesk.desktop.bak").exists()  # ours: nothing to keep
    assert not place.disable().enabled  # twice is fine


def test_on_twice_leaves_no_backup(place: XdgAutostart) -> None:
    place.enable()
    place.enable()
    assert sorted(p.name for p in place.path.parent.iterdir()) == ["calmdesk.desktop"]


def test_half_written_entry_is_reported_and_kept_when_rewritten(place: XdgAutostart) -> None:
    place.path.parent.mkdir(parents=True)
    place.path.write_text("[Desktop Entry]\nType=Applic", encoding="utf-8")
    state = place.status()
    assert not state.enabled
    assert "damaged" in state.problem
    assert place.enable().enabled
    validate(place.path)
    assert place.path.with_name("calmdesk.desktop.bak").read_text() == "[Desktop Entry]\nType=Applic"


def test_binary_junk_is_damaged_not_a_crash(place: XdgAutostart) -> None:
    place.path.parent.mkdir(parents=True)
    place.path.write_bytes(b"\xff\xfe\x00[Desktop Entry\n" * 100)
    assert "damaged" in place.status().problem


def test_hand_edited_entry_is_honoured_and_kept_when_switched_off(place: XdgAutostart) -> None:
    place.path.parent.mkdir(parents=True)
    edited = "[Desktop Entry]\nType=Application\nName=CalmDesk\nExec=calmdesk --packs /srv/team\n"
    place.path.write_text(edited, encoding="utf-8")
    state = place.status()
    assert state.enabled
    assert state.command == "calmdesk --packs /srv/team"
    assert not place.disable().enabled
    assert place.path.with_name("calmdesk.desktop.bak").read_text() == edited


def test_entry_switched_off_by_the_desktop_reads_as_off(place: XdgAutostart) -> None:
    place.enable()
    with place.path.open("a", encoding="utf-8") as entry:
        entry.write("Hidden=true\n")
    assert not place.status().enabled
    assert place.enable().enabled  # on again: our own entry, rewritten


def test_entry_for_another_program_is_not_called_on(place: XdgAutostart) -> None:
    place.path.parent.mkdir(parents=True)
    place.path.write_text("[Desktop Entry]\nType=Application\nName=X\nExec=/usr/bin/xterm\n")
    state = place.status()
    assert not state.enabled
    assert "other than CalmDesk" in state.problem


@contextlib.contextmanager
def unwritable(folder: Path) -> Iterator[None]:
    """A folder nobody may write in, root included (root ignores modes: the immutable attribute)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.fail(f"cannot make a folder read-only as root here: {done.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_unwritable_autostart_folder_is_a_clear_error_and_loses_nothing(place: XdgAutostart) -> None:
    place.path.parent.mkdir(parents=True)
    edited = "[Desktop Entry]\nType=Application\nName=CalmDesk\nExec=calmdesk --hotkey F9\n"
    place.path.write_text(edited, encoding="utf-8")
    with unwritable(place.path.parent):
        with pytest.raises(AutostartError, match="autostart"):
            place.enable()
        with pytest.raises(AutostartError, match="autostart"):
            place.disable()
    assert place.path.read_text() == edited


def test_exec_quoting_follows_the_desktop_entry_spec() -> None:
    assert exec_line(["/usr/bin/calmdesk"]) == "/usr/bin/calmdesk"
    assert (
        exec_line(["/home/a b/.venv/bin/python", "-m", "calmdesk"])
        == '"/home/a b/.venv/bin/python" -m calmdesk'
    )
    assert exec_line(["/opt/100%/calmdesk"]) == "/opt/100%%/calmdesk"
    assert exec_line(['/x/$HOME"/calmdesk']) == '"/x/\\$HOME\\"/calmdesk"'


def test_entry_with_a_path_that_needs_quoting_is_valid(tmp_path: Path) -> None:
    place = XdgAutostart(tmp_path / "config", [str(tmp_path / "my venv" / "bin" / "calmdesk")])
    place.enable()
    validate(place.path)


def test_launch_command_is_this_installation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["/usr/bin/calmdesk"])
    monkeypatch.setattr(Path, "exists", lambda self: str(self) == "/usr/bin/calmdesk")
    assert launch_command() == ["/usr/bin/calmdesk"]


def test_windows_and_macos_say_not_supported(monkeypatch: pytest.MonkeyPatch) -> None:
    for platform in ("win32", "darwin"):
        monkeypatch.setattr(sys, "platform", platform)
        place = for_this_system()
        assert isinstance(place, Unsupported)
        assert not place.supported
        assert "not supported" in place.status().problem
        with pytest.raises(AutostartError, match="not supported"):
            place.enable()


def test_cli_on_status_off(xdg_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entry = Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "calmdesk.desktop"
    assert main(["autostart", "on"]) == 0
    assert "starts with your session" in capsys.readouterr().out
    validate(entry)
    assert main(["autostart", "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["enabled"] is True
    assert main(["autostart", "off"]) == 0
    assert not entry.exists()


def test_cli_unwritable_folder_exits_1_with_the_reason(
    xdg_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "autostart"
    folder.mkdir()
    with unwritable(folder):
        assert main(["autostart", "on"]) == 1
    err = capsys.readouterr().err
    assert "cannot write" in err
    assert str(folder) in err
    assert "Traceback" not in err
