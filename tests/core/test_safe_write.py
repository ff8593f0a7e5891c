"""The one safe writer: all or nothing, user-only, never into a pipe or a device, never clobbering."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from calmdesk.core.safefile import FileRefused, os_error_text, write_atomically


def test_a_new_file_is_user_only_and_complete(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    write_atomically(target, "a,b\r\nc,d\r\n")
    assert target.read_bytes() == b"a,b\r\nc,d\r\n"  # newlines as given
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["out.csv"]


def test_without_overwrite_an_existing_file_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_atomically(target, "theirs", overwrite=False)
    assert target.read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["out.csv"]


@pytest.mark.parametrize("make", [lambda p: os.mkfifo(p), lambda p: p.mkdir()])
def test_a_pipe_or_folder_is_refused_unopened(tmp_path: Path, make: Callable[[Path], None]) -> None:
    target = tmp_path / "out.csv"
    make(target)
    with pytest.raises(FileRefused):
        write_atomically(target, "x")


def test_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "out.csv"
    link.symlink_to("/dev/null")
    with pytest.raises(FileRefused, match="character device"):
        write_atomically(link, "x")


def test_a_link_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "settings.toml"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "settings.toml"
    link.symlink_to(real)
    write_atomically(link, "new")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new"


def test_a_full_disk_keeps_the_old_file_and_says_so(small_disk: Path, fill_disk: Callable[..., Path]) -> None:
    target = small_disk / "history.csv"
    write_atomically(target, "good\n")
    filler = fill_disk(small_disk)
    with pytest.raises(OSError, match="No space left") as raised:
        write_atomically(target, "x" * 100_000)
    assert os_error_text(raised.value) == "the disk is full"
    assert target.read_text(encoding="utf-8") == "good\n"
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin", "history.csv"]
    filler.unlink()
