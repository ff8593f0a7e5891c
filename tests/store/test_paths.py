"""Where CalmDesk keeps its files: XDG variables decide, and asking creates nothing."""

from __future__ import annotations

import stat
import warnings
from pathlib import Path

import pytest

from calmdesk.store import paths


def test_xdg_variables_decide_every_folder(xdg_home: Path) -> None:
    assert paths.settings_file() == xdg_home / "config" / "calmdesk" / "settings.toml"
    assert paths.database_file() == xdg_home / "data" / "calmdesk" / "calmdesk.sqlite3"
    assert paths.user_packs_dir() == xdg_home / "data" / "calmdesk" / "packs"
    assert paths.state_dir() == xdg_home / "state" / "calmdesk"
    assert paths.runtime_dir() == xdg_home / "runtime" / "calmdesk"


def test_asking_where_creates_nothing(xdg_home: Path) -> None:
    paths.database_file()
    paths.runtime_dir()
    assert not (xdg_home / "data" / "calmdesk").exists()
    assert not (xdg_home / "runtime" / "calmdesk").exists()


def test_ensure_dir_is_user_only(tmp_path: Path) -> None:
    made = paths.ensure_dir(tmp_path / "a" / "b")
    assert made.is_dir()
    assert stat.S_IMODE(made.stat().st_mode) == 0o700


def test_missing_runtime_variable_falls_back_without_a_raw_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning that escaped would fail here
        fallback = paths.runtime_dir()
    assert fallback.name == "calmdesk"
