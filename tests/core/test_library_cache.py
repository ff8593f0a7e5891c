"""The library cache: same library as loading the packs, rebuilt whenever any input changes or it is bad."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from calmdesk.core import library_cache
from calmdesk.core.library import load_library

PACK = """
[pack]
id = "team"
name = "Team"
language = "en"
version = "1"

[[phrase]]
id = "team.one"
category = "solution"
title = "{title}"
text = "We will send you a new widget."
"""


@pytest.fixture
def team(tmp_path: Path) -> Path:
    folder = tmp_path / "team"
    folder.mkdir()
    (folder / "team.toml").write_text(PACK.format(title="Replace the widget"), encoding="utf-8")
    return folder


def load(team: Path, cache: Path):  # type: ignore[no-untyped-def]
    return library_cache.load("en", [team], user_dir=None, cache_dir=cache)


def test_the_cached_library_equals_the_loaded_one(team: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    fresh = load_library([team])
    first = load(team, cache)
    assert (cache / library_cache.CACHE_FILE).exists()
    second = load(team, cache)
    for library in (first, second):
        assert library.phrases == fresh.phrases
        assert library.packs == fresh.packs
        assert library.categories == fresh.categories
        assert library.checklist == fresh.checklist
        assert library.problems == fresh.problems
    assert second.vocabulary is not None
    assert ("sry",) in second.vocabulary.aliases


def test_a_current_cache_is_read_without_parsing_packs(
    team: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    load(team, cache)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the packs were parsed again")

    monkeypatch.setattr(library_cache, "load_library", refuse)
    assert load(team, cache).get("team.one") is not None


def test_a_changed_pack_is_seen_even_with_the_same_size_and_time(team: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    pack = team / "team.toml"
    assert load(team, cache).get("team.one").title == "Replace the widget"  # type: ignore[union-attr]
    before = pack.stat()
    pack.write_text(PACK.format(title="Replace the gadget"), encoding="utf-8")  # same length
    os.utime(pack, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert pack.stat().st_size == before.st_size
    assert load(team, cache).get("team.one").title == "Replace the gadget"  # type: ignore[union-attr]


def test_a_new_or_removed_pack_file_is_seen(team: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load(team, cache)
    (team / "more.toml").write_text(
        PACK.replace('"team"', '"more"').replace("team.one", "more.one").format(title="More"),
        encoding="utf-8",
    )
    assert load(team, cache).get("more.one") is not None
    (team / "more.toml").unlink()
    assert load(team, cache).get("more.one") is None


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x80\x81 not json",
        b"[1, 2, 3]",
        b'{"key": "x"}',
        b'{"key": null, "library": {"__class__": "os.system"}}',
        b"[" * 100_000,
    ],
)
def test_a_bad_cache_is_ignored_and_rewritten(team: Path, tmp_path: Path, content: bytes) -> None:
    cache = tmp_path / "cache"
    load(team, cache)
    (cache / library_cache.CACHE_FILE).write_bytes(content)
    assert load(team, cache).get("team.one") is not None
    assert cached_lines(cache)[0]["key"]  # rewritten whole


def test_a_cache_with_wrong_types_under_the_right_key_is_ignored(team: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load(team, cache)
    path = cache / library_cache.CACHE_FILE
    lines = cached_lines(cache)
    lines[2][2] = 42  # the first phrase's title, a number
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert load(team, cache).get("team.one").title == "Replace the widget"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "change",
    [
        lambda lines: lines[:-1],  # a phrase missing
        lambda lines: [*lines, lines[-1]],  # one more than announced
        lambda lines: [lines[0], {**lines[1], "phrases": -1}, *lines[2:]],
    ],
    ids=["fewer", "more", "negative"],
)
def test_a_cache_that_does_not_hold_the_phrases_it_announces_is_ignored(  # type: ignore[no-untyped-def]
    team: Path, tmp_path: Path, change
) -> None:
    cache = tmp_path / "cache"
    load(team, cache)
    path = cache / library_cache.CACHE_FILE
    path.write_text("".join(json.dumps(line) + "\n" for line in change(cached_lines(cache))), "utf-8")
    assert [p.id for p in load(team, cache).phrases] == [p.id for p in load_library([team]).phrases]


def cached_lines(cache: Path) -> list:  # type: ignore[type-arg]
    """The cache file, a JSON value per line: the key, the library, then the phrases."""
    text = (cache / library_cache.CACHE_FILE).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def test_a_cache_from_another_version_is_ignored(
    team: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    load(team, cache)
    monkeypatch.setattr(library_cache, "__version__", "0.0.0-other")
    calls: list[int] = []
    real = library_cache.load_library

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(library_cache, "load_library", counting)
    load(team, cache)
    assert calls == [1]


def test_an_unwritable_cache_folder_costs_nothing(team: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    assert load(team, blocker / "cache").get("team.one") is not None


def test_a_fifo_in_a_pack_folder_never_hangs_the_key(team: Path, tmp_path: Path) -> None:
    os.mkfifo(team / "pipe.toml")
    library = load(team, tmp_path / "cache")
    assert library.get("team.one") is not None
    assert any("pipe.toml" in str(p) for p in library.problems)
