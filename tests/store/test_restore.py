"""Backups and restore on real SQLite files: daily backup, restore after a backup, a damaged file at start."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from calmdesk.store import backup
from calmdesk.store.errors import StoreError
from calmdesk.store.restore import daily_backup_due, newest_good_backup
from calmdesk.store.userstore import UserStore


def _open(tmp_path: Path) -> UserStore:
    return UserStore.open(tmp_path / "user.sqlite3", backup_dir=tmp_path / "backups")


def test_daily_backup_only_when_the_newest_is_a_day_old(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    with _open(tmp_path) as store:
        store.toggle_favourite("a")
        first = store.daily_backup()
        assert first is not None
        assert store.daily_backup() is None  # one a day
        old = time.time() - 25 * 3600
        os.utime(first, (old, old))
        assert daily_backup_due(backups)
        assert store.daily_backup() is not None


def test_restore_backs_up_the_current_data_first(tmp_path: Path) -> None:
    with _open(tmp_path) as store:
        store.toggle_favourite("kept-in-backup")
        saved = store.backup("manual")
        store.toggle_favourite("kept-in-backup")
        store.toggle_favourite("added-later")
        before = store.restore(saved)
        assert store.favourites() == {"kept-in-backup"}
    assert before.name.endswith("-before-restore.sqlite3")
    with _open(tmp_path) as store:
        assert store.favourites() == {"kept-in-backup"}
        store.restore(before)
        assert store.favourites() == {"added-later"}


@pytest.mark.parametrize("content", [b"", b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 200])
def test_restore_refuses_a_file_that_is_not_calmdesk_data(tmp_path: Path, content: bytes) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(content)
    with _open(tmp_path) as store:
        store.toggle_favourite("still-here")
        with pytest.raises(StoreError):
            store.restore(bogus)
        assert store.favourites() == {"still-here"}
    assert backup.list_backups(tmp_path / "backups") == []  # refused before anything was written


def test_a_damaged_file_at_start_names_the_newest_good_backup(tmp_path: Path) -> None:
    with _open(tmp_path) as store:
        store.toggle_favourite("x")
        good = store.backup("manual")
    broken = good.with_name("backup-29990101-000000-000000-z.sqlite3")
    broken.write_bytes(b"SQLite format 3\x00garbage" * 50)  # newer by name, but damaged: never offered
    (tmp_path / "user.sqlite3").write_bytes(b"this is not sqlite")
    for extra in tmp_path.glob("user.sqlite3-*"):
        extra.unlink()
    assert newest_good_backup(tmp_path / "backups") == good
    with _open(tmp_path) as store:
        assert store.favourites() == frozenset()
        [notice] = store.notices
        assert f"calmdesk restore {good}" in notice


def test_empty_or_foreign_files_named_like_backups_neither_count_nor_are_offered(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    with _open(tmp_path) as store:
        store.toggle_favourite("x")
        good = [store.backup("manual") for _ in range(2)]
        # What an older CalmDesk left on a full disk: empty files named like newer backups.
        for n in range(6):
            (backups / f"backup-2999010{n}-000000-000000-manual.sqlite3").write_bytes(b"")
        assert newest_good_backup(backups) == good[-1]
        newer = store.backup("manual")
    assert all(path.is_file() for path in good)  # the empty files did not push them out
    assert newest_good_backup(backups) == newer
    assert [p.name for p in backup.good_backups(backups)] == [p.name for p in (*good, newer)]


def test_a_backup_is_one_user_only_file(tmp_path: Path) -> None:
    with _open(tmp_path) as store:
        saved = store.backup("manual")
    assert saved.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in saved.parent.iterdir()) == [saved.name]  # no -wal/-shm beside it
