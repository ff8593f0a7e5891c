"""Shared test set-up: Qt runs offscreen and every XDG directory points into the test's tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Offscreen by default; the e2e tests start their own Xvfb and pass DISPLAY to the program they launch.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def xdg_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the real home: config, data, state and runtime dirs live under tmp_path."""
    home = tmp_path / "home"
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        path = home / sub
        path.mkdir(parents=True, mode=0o700)
        monkeypatch.setenv(var, str(path))
    monkeypatch.setenv("HOME", str(home))
    # The content and interface language follow the locale: every test starts from the C locale (English),
    # whatever the machine running it speaks; a test of another language sets it.
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return home
