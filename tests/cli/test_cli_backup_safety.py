"""Backup and restore as real processes on real files that must never eat the agent's data (issue 15, 1-3).

Each case here lost data before: a foreign file restored over the store, backups rotated away by a migration
that kept failing, the oldest backup pruned while it was being restored, empty backups from a full disk.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from calmdesk.store.restore import newest_good_backup
from cli_runner import calmdesk_process as calmdesk

SAMPLES = Path(__file__).parents[1] / "core" / "importers" / "samples"


def _data_dir() -> Path:
    return Path(os.environ["XDG_DATA_HOME"]) / "calmdesk"


def _user_ids() -> list[str]:
    conn = sqlite3.connect(_data_dir() / "calmdesk.sqlite3")
    try:
        return [row[0] for row in conn.execute("SELECT id FROM user_phrases ORDER BY position")]
    finally:
        conn.close()


def _backup() -> Path:
    made = calmdesk("backup")
    assert made.returncode == 0, made.stderr
    return Path(made.stdout.strip())


def _foreign_file(path: Path, *, version: int, tables: tuple[str, ...]) -> Path:
    conn = sqlite3.connect(path)
    for table in tables:
        conn.execute(f"CREATE TABLE {table} (phrase_id TEXT, other TEXT)")
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    ("version", "tables"),
    [
        (0, ("favourites", "usage")),  # the probe's file: "table favourites already exists" ever after
        (5, ("favourites", "usage")),  # claims today's format but lacks its tables
        (2, ("favourites", "usage", "complaints")),  # an older format, half of it missing
    ],
)
def test_restoring_a_foreign_sqlite_file_changes_nothing(
    tmp_path: Path, version: int, tables: tuple[str, ...]
) -> None:
    assert calmdesk("import", "csv", str(SAMPLES / "generic.csv")).returncode == 0
    ids = _user_ids()
    assert len(ids) == 3
    good = _backup()
    kept = sorted(good.parent.iterdir())
    foreign = _foreign_file(tmp_path / "other.sqlite3", version=version, tables=tables)
    refused = calmdesk("restore", str(foreign))
    assert refused.returncode == 1
    assert "Nothing was changed" in refused.stderr
    assert "Traceback" not in refused.stderr
    for _ in range(6):  # each later command failed, and added a backup of the broken file
        again = calmdesk("import", "csv", "--dry-run", str(SAMPLES / "generic.csv"))
        assert again.returncode == 0, again.stderr
    assert _user_ids() == ids
    assert sorted(good.parent.iterdir()) == kept


def test_a_migration_that_keeps_failing_never_rotates_good_backups_away(tmp_path: Path) -> None:
    assert calmdesk("import", "csv", str(SAMPLES / "generic.csv")).returncode == 0
    good = [_backup() for _ in range(3)]
    database = _data_dir() / "calmdesk.sqlite3"
    for extra in database.parent.glob("calmdesk.sqlite3*"):
        extra.unlink()
    _foreign_file(database, version=0, tables=("favourites", "usage"))  # cannot be brought up to date
    for _ in range(7):
        failed = calmdesk("backup")
        assert failed.returncode == 1
        assert "Traceback" not in failed.stderr
    assert all(path.is_file() for path in good)
    assert newest_good_backup(database.parent / "backups") == good[-1]
    # ... and the agent can still go back to one of them.
    restored = calmdesk("restore", str(good[-1]))
    assert restored.returncode == 0, restored.stderr
    assert len(_user_ids()) == 3
    assert calmdesk("backup").returncode == 0


def test_restoring_the_oldest_backup_keeps_it_and_leaves_no_strays() -> None:
    assert calmdesk("import", "csv", str(SAMPLES / "generic.csv")).returncode == 0
    oldest = _backup()
    assert calmdesk("import", "espanso", str(SAMPLES / "espanso-base.yml")).returncode == 0
    rest = [_backup() for _ in range(3)]  # five in all with the import's: the next one prunes the oldest
    assert sorted(oldest.parent.glob("backup-*"))[0] == oldest
    assert len(_user_ids()) == 12
    restored = calmdesk("restore", str(oldest))
    assert restored.returncode == 0, restored.stderr
    assert len(_user_ids()) == 3
    backups = oldest.parent
    strays = [p.name for p in backups.iterdir() if not p.name.endswith(".sqlite3")]
    assert strays == []  # no -wal/-shm/-journal left beside a pruned backup, no temporary file
    assert all(path.is_file() for path in rest)


def _many_phrases(path: Path, count: int) -> Path:
    rows = ["title,text,category"]
    rows += [f"Phrase {n},{'We are looking into it. ' * 20}{n},apology" for n in range(count)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("leave", [0, 96 * 1024])  # nothing left; room to open the file but not to copy it
def test_a_full_disk_leaves_no_partial_backup_and_the_good_ones_stay(
    small_disk: Path, fill_disk: Callable[..., Path], tmp_path: Path, leave: int
) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(small_disk)}
    os.environ["XDG_DATA_HOME"] = str(small_disk)  # for _data_dir() and _user_ids() here
    imported = calmdesk("import", "csv", str(_many_phrases(tmp_path / "many.csv", 400)), env=env)
    assert imported.returncode == 0, imported.stderr
    good = [_backup() for _ in range(2)]
    backups = good[0].parent
    before = sorted(backups.iterdir())
    filler = fill_disk(small_disk, leave)
    for _ in range(4):
        failed = calmdesk("backup", env=env)
        assert failed.returncode == 1
        assert "is full" in failed.stderr.replace(str(small_disk), "DISK"), failed.stderr
        assert "Traceback" not in failed.stderr, failed.stderr
    assert sorted(backups.iterdir()) == before  # nothing partial, nothing empty, nothing pruned
    filler.unlink()
    assert newest_good_backup(backups) == good[-1]
    assert len(_user_ids()) == 400


def test_a_command_on_a_damaged_file_says_where_it_went_and_how_to_go_back() -> None:
    good = _backup()
    database = _data_dir() / "calmdesk.sqlite3"
    data = bytearray(database.read_bytes())
    data[4096:8192] = b"A" * 4096  # a page of the schema's tables overwritten: "malformed"
    database.write_bytes(bytes(data))
    listed = calmdesk("complaint", "list")
    assert listed.returncode == 0, listed.stderr
    moved = next((_data_dir() / "backups").glob("damaged-*.sqlite3"))
    # Not only the log's "damaged" line: what became of the file and the one command that brings data back.
    assert f"it was saved as {moved} and a new one started" in listed.stderr
    assert f"calmdesk restore {good}" in listed.stderr
    assert "Traceback" not in listed.stderr
