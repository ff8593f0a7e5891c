"""Team pack folders that go away: the last good copy is used, and said; a broken file never reaches it."""

from __future__ import annotations

import shutil
from pathlib import Path

from calmdesk.core.library import load_library
from calmdesk.core.team_cache import UNREACHABLE_MARK, cache_folder

PACK = """\
[pack]
id = "team-cache-test"
name = "Team cache test"
language = "en"
version = "{version}"

[[phrase]]
id = "team.cache-{word}"
category = "solution"
title = "Cached {word}"
text = "The {word} answer."
"""


def _write(folder: Path, word: str, version: str = "1.0.0") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "team.toml").write_text(PACK.format(word=word, version=version), encoding="utf-8")


def test_an_unreachable_share_is_read_from_the_last_good_copy(tmp_path: Path) -> None:
    share, cache = tmp_path / "share", tmp_path / "cache"
    _write(share, "walrus")
    first = load_library([share], cache_dir=cache)
    assert first.get("team.cache-walrus") is not None
    assert not any(UNREACHABLE_MARK in p.message for p in first.problems)
    shutil.rmtree(share)  # the laptop left the office network
    offline = load_library([share], cache_dir=cache)
    assert offline.get("team.cache-walrus") is not None
    [problem] = [p for p in offline.problems if UNREACHABLE_MARK in p.message]
    assert problem.file == str(share)
    assert "last good copy" in problem.message


def test_a_broken_file_never_replaces_its_last_good_copy(tmp_path: Path) -> None:
    share, cache = tmp_path / "share", tmp_path / "cache"
    _write(share, "walrus")
    (share / "gone.toml").write_text(
        PACK.format(word="gone", version="1").replace("cache-test", "g"), "utf-8"
    )
    load_library([share], cache_dir=cache)
    (share / "team.toml").write_text("[pack\nbroken", encoding="utf-8")
    (share / "gone.toml").unlink()
    broken = load_library([share], cache_dir=cache)
    assert broken.get("team.cache-walrus") is None  # the share itself is what loads while reachable
    assert any(p.file.endswith("team.toml") for p in broken.problems)
    assert [f.name for f in cache_folder(cache, share).glob("*.toml")] == ["team.toml"]
    shutil.rmtree(share)
    assert load_library([share], cache_dir=cache).get("team.cache-walrus") is not None


def test_without_a_cache_a_missing_folder_is_a_problem_as_before(tmp_path: Path) -> None:
    library = load_library([tmp_path / "nowhere"])
    assert any("no such pack file or folder" in p.message for p in library.problems)
