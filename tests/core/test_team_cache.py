"""Team pack folders that go away: the last good copy is used, and said; a broken file never reaches it."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from calmdesk.core import team_cache
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
    # Issue 15, point 14: a file that cannot be read now (often one caught mid-write) is read from its last
    # good copy, and said; before, its phrases vanished while the share was reachable.
    assert broken.get("team.cache-walrus") is not None
    assert any(p.file.endswith("team.toml") and "last good copy" in p.message for p in broken.problems)
    assert [f.name for f in cache_folder(cache, share).glob("*.toml")] == ["team.toml"]
    shutil.rmtree(share)
    assert load_library([share], cache_dir=cache).get("team.cache-walrus") is not None


def test_without_a_cache_a_missing_folder_is_a_problem_as_before(tmp_path: Path) -> None:
    library = load_library([tmp_path / "nowhere"])
    assert any("no such pack file or folder" in p.message for p in library.problems)


def _big_pack(count: int) -> str:
    head = '[pack]\nid = "team-big"\nname = "Team big"\nlanguage = "en"\nversion = "1.0.0"\n'
    body = "".join(
        f'\n[[phrase]]\nid = "team.big-{n}"\ncategory = "solution"\ntitle = "Big {n}"\ntext = "Answer {n}."\n'
        for n in range(count)
    )
    return head + body


def test_a_pack_caught_half_written_keeps_its_last_good_copy(tmp_path: Path) -> None:
    """Issue 15, point 14: a pack written in place with a pause lost its 100 phrases until the write ended."""
    share, cache = tmp_path / "share", tmp_path / "cache"
    share.mkdir()
    pack = share / "big.toml"
    whole = _big_pack(100)
    pack.write_text(whole, encoding="utf-8")
    assert load_library([share], cache_dir=cache).get("team.big-99") is not None
    pack.write_text(whole[: len(whole) // 2 - 7], encoding="utf-8")  # the writer paused mid-phrase
    during = load_library([share], cache_dir=cache)
    assert sum(p.id.startswith("team.big-") for p in during.phrases) == 100
    [problem] = [p for p in during.problems if Path(p.file).name == "big.toml"]
    assert "last good copy" in problem.message
    pack.write_text(whole.replace("Answer 5.", "Answer five."), encoding="utf-8")  # the write finished
    after = load_library([share], cache_dir=cache)
    found = after.get("team.big-5")
    assert found is not None
    assert found.text == "Answer five."
    assert not [p for p in after.problems if Path(p.file).name == "big.toml"]


def _team_phrases(library) -> int:  # type: ignore[no-untyped-def]
    return sum(p.id.startswith("team.big-") for p in library.phrases)


def test_a_pack_that_shrinks_mid_write_but_parses_keeps_its_copy_until_it_settles(
    tmp_path: Path, monkeypatch
) -> None:
    """Issue 15, point 14: written in place, a pack caught at a phrase boundary reads as a sound pack with
    fewer phrases; before, those few replaced the last good copy at once (60 of 100 phrases vanished)."""
    monkeypatch.setattr(team_cache, "SETTLE_SECONDS", 600)  # a pause longer than this test takes
    share, cache = tmp_path / "share", tmp_path / "cache"
    share.mkdir()
    pack = share / "big.toml"
    whole = _big_pack(100)
    pack.write_text(whole, encoding="utf-8")
    assert _team_phrases(load_library([share], cache_dir=cache)) == 100
    pack.write_text(_big_pack(40), encoding="utf-8")  # the writer paused after 40 phrases
    during = load_library([share], cache_dir=cache)
    assert _team_phrases(during) == 100
    [problem] = [p for p in during.problems if Path(p.file).name == "big.toml"]
    assert team_cache.SETTLING_MARK in problem.message
    assert "(40 of 100)" in problem.message
    # A second process (the CLI) reading meanwhile sees the same, and the copy is still the whole pack.
    assert _team_phrases(load_library([share], cache_dir=cache)) == 100
    pack.write_text(whole, encoding="utf-8")  # the write went on and finished
    after = load_library([share], cache_dir=cache)
    assert _team_phrases(after) == 100
    assert not [p for p in after.problems if Path(p.file).name == "big.toml"]


def test_a_real_cut_is_taken_once_the_file_stays_the_same(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(team_cache, "SETTLE_SECONDS", 0.5)
    share, cache = tmp_path / "share", tmp_path / "cache"
    share.mkdir()
    pack = share / "big.toml"
    pack.write_text(_big_pack(100), encoding="utf-8")
    load_library([share], cache_dir=cache)
    pack.write_text(_big_pack(40), encoding="utf-8")  # the team lead removed 60 phrases on purpose
    deadline = time.monotonic() + 30
    while _team_phrases(library := load_library([share], cache_dir=cache)) != 40:
        assert time.monotonic() < deadline, "the cut was never taken"
        time.sleep(0.1)
    assert not [p for p in library.problems if Path(p.file).name == "big.toml"]
    # Taken as the new good copy: with the share gone, the 40 phrases are what is read.
    shutil.rmtree(share)
    assert _team_phrases(load_library([share], cache_dir=cache)) == 40


def test_a_shorter_pack_renamed_into_place_is_taken_at_once(tmp_path: Path, monkeypatch) -> None:
    # Written whole beside it and renamed over it (an editor, `git pull`): complete as it reads, no waiting.
    monkeypatch.setattr(team_cache, "SETTLE_SECONDS", 600)
    share, cache = tmp_path / "share", tmp_path / "cache"
    share.mkdir()
    pack = share / "big.toml"
    pack.write_text(_big_pack(100), encoding="utf-8")
    assert _team_phrases(load_library([share], cache_dir=cache)) == 100
    staged = share / ".big.toml.new"
    staged.write_text(_big_pack(40), encoding="utf-8")
    staged.replace(pack)
    library = load_library([share], cache_dir=cache)
    assert _team_phrases(library) == 40
    assert not [p for p in library.problems if Path(p.file).name == "big.toml"]
    pack.write_text(_big_pack(10), encoding="utf-8")  # then written in place: that one has to settle
    assert _team_phrases(load_library([share], cache_dir=cache)) == 40
