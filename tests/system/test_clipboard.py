"""ClipboardWriter in-process (offscreen Qt) and the CLI path's choices and error messages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QClipboard, QGuiApplication

from calmdesk.system.clipboard import ClipboardError, ClipboardWriter, clipboard_command, copy_without_gui


def test_gui_copy_sets_text_and_html(qapp: QGuiApplication) -> None:
    ClipboardWriter().copy("Sorry for the wait.", "<p>Sorry for the <i>wait</i>.</p>")
    data = QGuiApplication.clipboard().mimeData(QClipboard.Mode.Clipboard)
    assert data.text() == "Sorry for the wait."
    assert "<i>wait</i>" in data.html()


def test_gui_copy_without_html_is_plain(qapp: QGuiApplication) -> None:
    ClipboardWriter().copy("Plain.")
    data = QGuiApplication.clipboard().mimeData(QClipboard.Mode.Clipboard)
    assert data.text() == "Plain."
    assert not data.hasHtml()


def test_no_display_is_a_plain_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    with pytest.raises(ClipboardError, match="No graphical session"):
        copy_without_gui("x")


def test_missing_tools_name_what_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ClipboardError, match=r"install xclip or xsel .* wl-clipboard"):
        copy_without_gui("x")


def test_wayland_prefers_wl_copy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for tool in ("wl-copy", "xclip"):
        path = tmp_path / tool
        path.write_text("#!/bin/sh\nexit 0\n")
        path.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    monkeypatch.setenv("DISPLAY", ":0")
    command = clipboard_command()
    assert command is not None
    assert command[0] == "wl-copy"


def test_tool_failure_reports_its_message(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    tool = tmp_path / "xclip"
    tool.write_text("#!/bin/sh\necho 'Error: cannot open display' >&2\nexit 1\n")
    tool.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    with pytest.raises(ClipboardError, match="xclip could not copy: Error: cannot open display"):
        copy_without_gui("x")


def test_cli_path_does_not_import_qt() -> None:
    code = (
        "import sys; from calmdesk.system.clipboard import ClipboardWriter, ClipboardError\n"
        "try:\n    ClipboardWriter().copy('x')\nexcept ClipboardError:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    env = {"PATH": "/nonexistent"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "[]"
