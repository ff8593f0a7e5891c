"""The first start after one pack file changed parses that file only (core/pack_store), and loads the
same library as reading every pack; a store that is damaged or foreign is ignored, never trusted."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from calmdesk.core import library_cache, pack_memo, pack_store, packs
from calmdesk.core.library import load_library

PACK = """
[pack]
id = "team-{n}"
name = "Team {n}"
language = "en"
version = "1"

[[phrase]]
id = "team{n}.one"
category = "solution"
title = "{title}"
text = "We will send you a new widget, case {n}."
tags = ["widget"]
"""


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # Files written a moment ago would be read afresh until their times settle (pack_memo.RACY_SECONDS).
    monkeypatch.setattr(pack_memo, "RACY_SECONDS", 0.0)
    folder = tmp_path / "team"
    folder.mkdir()
    for n in range(3):
        (folder / f"team-{n}.toml").write_text(PACK.format(n=n, title=f"Widget {n}"), encoding="utf-8")
    return folder


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the pack files parsed, in order."""
    names: list[str] = []
    real = packs.read_pack_file

    def counting(path: Path) -> packs.LoadedPack:
        names.append(path.name)
        return real(path)

    monkeypatch.setattr(packs, "read_pack_file", counting)
    return names


def load(team: Path, cache: Path):  # type: ignore[no-untyped-def]
    return library_cache.load("en", [team], user_dir=None, cache_dir=cache)


def test_one_changed_file_is_the_only_one_parsed(team: Path, tmp_path: Path, parsed: list[str]) -> None:
    cache = tmp_path / "cache"
    load(team, cache)
    assert sorted(parsed) == ["team-0.toml", "team-1.toml", "team-2.toml"]
    parsed.clear()
    (team / "team-1.toml").write_text(PACK.format(n=1, title="Widget one, renamed"), encoding="utf-8")
    changed = load(team, cache)
    assert parsed == ["team-1.toml"]  # before: every file of the folder
    fresh = load_library([team])
    assert changed.phrases == fresh.phrases
    assert changed.packs == fresh.packs
    assert "Widget one, renamed" in {p.title for p in changed.phrases}


def test_a_removed_and_a_replaced_file(team: Path, tmp_path: Path, parsed: list[str]) -> None:
    cache = tmp_path / "cache"
    load(team, cache)
    parsed.clear()
    (team / "team-0.toml").unlink()
    # Same size, same times, another file (a new inode): a sync tool that copies times along.
    old = team / "team-2.toml"
    info = old.stat()
    new = team / "new.tmp"
    new.write_text(PACK.format(n=2, title="Widget 9"), encoding="utf-8")
    os.utime(new, ns=(info.st_atime_ns, info.st_mtime_ns))
    new.replace(old)
    library = load(team, cache)
    assert parsed == ["team-2.toml"]
    assert {p.title for p in library.phrases if p.pack.startswith("team")} == {"Widget 1", "Widget 9"}


@pytest.mark.parametrize(
    "content",
    [
        b"not json",
        b'{"format": 1}',
        b'{"format": 1, "version": "%s", "files": [["x", [1, 2], ["s", null, [], [], {}]]]}',
        b'{"format": 1, "version": "%s", "files": [["x", [1, 2, 3, 4, 5], ["s", null, [[1]], [], {}]]]}',
        b"[]",
    ],
    ids=["garbage", "no-files", "short-signature", "bad-phrase", "list"],
)
def test_a_bad_store_is_ignored(team: Path, tmp_path: Path, parsed: list[str], content: bytes) -> None:
    from calmdesk import __version__

    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / pack_store.STORE_FILE).write_bytes(content.replace(b"%s", __version__.encode()))
    library = load(team, cache)
    assert sorted(parsed) == ["team-0.toml", "team-1.toml", "team-2.toml"]
    assert library.phrases == load_library([team]).phrases
    json.loads((cache / pack_store.STORE_FILE).read_bytes())  # rewritten whole


def test_another_versions_store_is_not_used(team: Path, tmp_path: Path, parsed: list[str]) -> None:
    cache = tmp_path / "cache"
    load(team, cache)
    store = cache / pack_store.STORE_FILE
    doc = json.loads(store.read_bytes())
    doc["version"] = "0.0.1"
    store.write_text(json.dumps(doc), encoding="utf-8")
    (cache / library_cache.CACHE_FILE).unlink()
    parsed.clear()
    load(team, cache)
    assert len(parsed) == 3
