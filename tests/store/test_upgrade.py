"""Upgrades keep everything: data files written by each earlier schema version, by the real old code
(tests/store/upgrade/make_fixtures.py), open in this version with every phrase, favourite, use, complaint,
follow-up and setting; a file from a newer CalmDesk is refused with a clear message and left untouched."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from calmdesk.cli.main import main
from calmdesk.store import migrations, paths
from calmdesk.store.settings import load_settings
from calmdesk.store.user_phrases import UserPhrases
from calmdesk.store.userstore import StoreError, UserStore

FIXTURES = Path(__file__).with_name("upgrade")
sys.path.insert(0, str(FIXTURES))

from snapshot import snapshot, user_phrases_snapshot  # noqa: E402

VERSIONS = sorted(int(p.name[1:]) for p in FIXTURES.glob("v*") if p.is_dir())


def install(version: int) -> dict[str, object]:
    """The fixture's data and settings files where this CalmDesk looks for them; what the old code saw."""
    source = FIXTURES / f"v{version}"
    paths.data_dir().mkdir(parents=True, exist_ok=True)
    paths.settings_file().parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source / "calmdesk.sqlite3", paths.database_file())
    shutil.copy2(source / "settings.toml", paths.settings_file())
    expected: dict[str, object] = json.loads((source / "expected.json").read_text(encoding="utf-8"))
    return expected


def test_every_earlier_schema_version_has_a_fixture() -> None:
    """Versions 1 to 7 have one. A newer migration adds the version before it with make_fixtures.py (the
    last commit of main that wrote it): until then the newest fixture is simply one step further back."""
    assert list(range(1, max(VERSIONS) + 1)) == VERSIONS
    assert max(VERSIONS) >= 7
    assert max(VERSIONS) < migrations.schema_version()


@pytest.mark.parametrize("version", VERSIONS)
def test_upgrade_keeps_everything(version: int, xdg_home: Path) -> None:
    expected = install(version)
    assert expected["schema"] == version
    with sqlite3.connect(paths.database_file()) as conn:
        assert migrations.user_version(conn) == version  # the old code really wrote that version
    conn.close()
    with UserStore.open() as store:
        found = snapshot(store)
        for key in found.keys() & expected.keys():
            assert found[key] == expected[key], key
        if "user_phrases" in expected:
            assert user_phrases_snapshot(UserPhrases(store)) == expected["user_phrases"]
    # Everything the old code held is still there, and the newer parts start empty.
    assert expected.keys() - {"schema", "settings", "user_phrases", "deleted"} <= found.keys()
    with sqlite3.connect(paths.database_file()) as conn:
        assert migrations.user_version(conn) == migrations.schema_version()
    conn.close()
    # A copy of the file as it was is kept before its format changes.
    backups = list(paths.backup_dir().iterdir())
    assert backups, "no backup before the upgrade"
    settings, problems = load_settings()
    assert problems == []
    assert {k: getattr(settings, k) for k in expected["settings"]} == expected["settings"]  # type: ignore[union-attr]


@pytest.mark.parametrize("version", [v for v in VERSIONS if v >= 2])
def test_upgraded_complaints_reach_the_command_line(
    version: int, xdg_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    install(version)
    assert main(["complaint", "history", "--json"]) == 0
    closed = json.loads(capsys.readouterr().out)
    assert [c["customer"] for c in closed] == ["Ana Souza"]
    assert main(["followups", "--json"]) == 0
    notes = {r["note"] for r in json.loads(capsys.readouterr().out)}
    assert notes == {"Call Ana back about A-1042", "Check in with Ben"}


@pytest.mark.parametrize("version", [v for v in VERSIONS if v >= 3])
def test_upgraded_phrases_keep_no_language_and_a_delete_is_still_undone(version: int, xdg_home: Path) -> None:
    """Phrases saved before the user_phrases language step have lang "": shown in the library's language,
    as they were. A delete made by the old code (its deleted row kept as that version's JSON) is undone."""
    expected = install(version)
    with UserStore.open() as store:
        phrases = UserPhrases(store)
        assert phrases.all()
        assert {e.phrase.lang for e in phrases.all()} == {""}
        if "deleted" in expected:
            assert phrases.undo_delete() == expected["deleted"]
            back = UserPhrases(store).get(str(expected["deleted"]))
            assert back is not None
            assert (back.phrase.title, back.phrase.lang) == ("Deleted later", "")


def _digest(folder: Path) -> dict[str, str]:
    """Every file's hash, but SQLite's empty WAL and its index of it: reading a WAL-mode file, even
    read-only, makes them, and they hold none of the data."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
        and not p.name.endswith("-shm")
        and not (p.name.endswith("-wal") and p.stat().st_size == 0)
    }


def test_a_newer_data_file_is_refused_clearly_and_left_untouched(
    xdg_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    install(VERSIONS[-1])
    with UserStore.open():
        pass  # brought up to this version
    newer = migrations.schema_version() + 1
    with sqlite3.connect(paths.database_file()) as conn:
        conn.execute(f"PRAGMA user_version = {newer}")
    conn.close()
    before = _digest(paths.data_dir())
    with pytest.raises(StoreError, match="newer CalmDesk"):
        UserStore.open()
    assert main(["complaint", "list"]) != 0
    err = capsys.readouterr().err
    assert "newer CalmDesk" in err
    assert "Traceback" not in err
    assert _digest(paths.data_dir()) == before
