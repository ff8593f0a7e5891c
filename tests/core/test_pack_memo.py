"""A big team folder reloaded after one file changed: only that file is read, only its copy is written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from calmdesk.core import pack_memo
from calmdesk.core.library import load_library
from calmdesk.core.pack_memo import PackMemo
from calmdesk.core.team_cache import cache_folder

FILES = 300  # enough to tell "one file" from "all of them"; the benchmark runs 5,000


def _pack(n: int, version: int = 0) -> str:
    return (
        f'[pack]\nid = "team-{n}"\nname = "Team {n}"\nlanguage = "en"\nversion = "1.0.{version}"\n\n'
        f'[[phrase]]\nid = "team.p{n}"\ncategory = "solution"\ntitle = "Answer {n}"\n'
        f'text = "The answer {n}, version {version}."\n'
    )


@pytest.fixture
def share(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setattr(pack_memo, "RACY_SECONDS", 0.0)  # files written just now are trusted at once here
    folder = tmp_path / "share"
    folder.mkdir()
    for n in range(FILES):
        (folder / f"p{n:04}.toml").write_text(_pack(n), encoding="utf-8")
    return folder


def test_one_changed_file_is_the_only_one_read_again(share: Path, tmp_path: Path) -> None:
    # Before: every reload parsed all 300 files (5,000 in the issue: 2.9-4.5 s on the GUI thread).
    memo, cache = PackMemo(), tmp_path / "cache"
    assert (
        len([p for p in load_library([share], cache_dir=cache, memo=memo).phrases if p.pack != "en"]) >= FILES
    )
    assert memo.reads == FILES
    (share / "p0042.toml").write_text(_pack(42, version=1), encoding="utf-8")
    library = load_library([share], cache_dir=cache, memo=memo)
    assert memo.reads == FILES + 1
    found = library.get("team.p42")
    assert found is not None
    assert found.text == "The answer 42, version 1."
    (share / "p0007.toml").unlink()
    library = load_library([share], cache_dir=cache, memo=memo)
    assert library.get("team.p7") is None
    assert memo.reads == FILES + 1


def test_only_the_changed_file_gets_a_new_last_good_copy(share: Path, tmp_path: Path) -> None:
    # Before: each reload wrote and synced a fresh copy of every pack of the folder (5,000 fsyncs).
    cache = tmp_path / "cache"
    load_library([share], cache_dir=cache, memo=PackMemo())
    copies = cache_folder(cache, share)
    before = {f.name: f.stat().st_ino for f in copies.glob("*.toml")}
    assert len(before) == FILES
    (share / "p0042.toml").write_text(_pack(42, version=1), encoding="utf-8")
    load_library([share], cache_dir=cache, memo=PackMemo())
    after = {f.name: f.stat().st_ino for f in copies.glob("*.toml")}
    assert [name for name in before if before[name] != after[name]] == ["p0042.toml"]
    assert "version 1" in (copies / "p0042.toml").read_text(encoding="utf-8")


def test_a_file_rewritten_while_it_is_too_fresh_to_trust_is_read_again(share: Path, monkeypatch) -> None:
    monkeypatch.setattr(pack_memo, "RACY_SECONDS", 3600.0)  # every file is "just written"
    memo = PackMemo()
    load_library([share], memo=memo)
    load_library([share], memo=memo)
    assert memo.reads == 2 * FILES, "a file of the last seconds may change again within its clock tick"


def test_the_last_good_copies_of_a_folder_are_synced_once_not_file_by_file(
    share: Path, tmp_path: Path, monkeypatch
) -> None:
    # Before: two syncs per file (the copy and its folder), 10,000 for 5,000 files: 30 s on first sight.
    syncs = 0
    real = os.fsync

    def counting(fd: int) -> None:
        nonlocal syncs
        syncs += 1
        real(fd)

    monkeypatch.setattr(os, "fsync", counting)
    cache = tmp_path / "cache"
    load_library([share], cache_dir=cache)
    assert len(list(cache_folder(cache, share).glob("*.toml"))) == FILES
    assert syncs <= 5


def test_a_copy_a_power_cut_left_empty_is_refused_not_used(share: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_library([share], cache_dir=cache)
    (cache_folder(cache, share) / "p0001.toml").write_bytes(b"")  # not synced before the power went
    unreachable = share.rename(tmp_path / "elsewhere")
    library = load_library([share], cache_dir=cache)
    assert library.get("team.p1") is None
    assert library.get("team.p2") is not None
    assert any(Path(p.file).name == "p0001.toml" for p in library.problems)
    assert unreachable.exists()
