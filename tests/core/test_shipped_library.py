"""The built-in content's library and index built with the package: the same library as reading the packs,
used only for built-in content alone, and never when it is stale, damaged or cut short."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calmdesk.core import library_cache, library_file, shipped_library
from calmdesk.core.library import Library, load_library
from calmdesk.core.search import SearchIndex, index_cache

PACK = """
[pack]
id = "own"
name = "Own"
language = "en"
version = "1"

[[phrase]]
id = "own.one"
category = "solution"
title = "My own fix"
text = "We will send you a new widget."
"""


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("prebuilt")
    written = shipped_library.build(out)
    assert "library-de.json" in written
    assert "search-index-de.bin" in written
    return out


@pytest.fixture
def no_parsing(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts the packs read by library_cache (the shipped library spares them)."""
    calls: list[str] = []
    real = library_cache.load_library

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(kwargs.get("language", "?"))
        return real(*args, **kwargs)

    monkeypatch.setattr(library_cache, "load_library", counting)
    return calls


def same(a: Library, b: Library) -> None:
    assert a.phrases == b.phrases
    assert a.versions == b.versions
    assert a.packs == b.packs
    assert a.categories == b.categories
    assert a.checklist == b.checklist
    assert a.problems == b.problems
    assert a.english_hints == b.english_hints
    assert a.vocabulary == b.vocabulary or a.vocabulary is None or b.vocabulary is None
    assert (a.language, a.builtin) == (b.language, b.builtin)


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_a_first_start_takes_the_shipped_library_and_index(
    shipped: Path, tmp_path: Path, no_parsing: list[str], language: str
) -> None:
    cache = tmp_path / "cache"
    library = library_cache.load(language, [], user_dir=None, cache_dir=cache, shipped=shipped)
    assert no_parsing == [], "no pack parsed"
    same(library, load_library(language=language))
    # Kept as the user's cache: the next start is the usual warm one.
    again = library_cache.load(language, [], user_dir=None, cache_dir=cache, shipped=None)
    assert no_parsing == []
    same(again, library)
    # The index beside it is the one the index cache reads for these phrases (not built again).
    index = cache / f"search-index-{language}.bin"
    before = index.read_bytes()
    SearchIndex.for_library(library, cache_dir=cache)
    assert index.read_bytes() == before


def test_an_own_folder_without_packs_still_takes_it(
    shipped: Path, tmp_path: Path, no_parsing: list[str]
) -> None:
    own = tmp_path / "own"
    own.mkdir()
    library_cache.load("de", [], user_dir=own, cache_dir=tmp_path / "cache", shipped=shipped)
    assert no_parsing == []


def test_the_users_own_packs_and_team_packs_still_count(
    shipped: Path, tmp_path: Path, no_parsing: list[str]
) -> None:
    own = tmp_path / "own"
    own.mkdir()
    (own / "own.toml").write_text(PACK, encoding="utf-8")
    team = tmp_path / "team"
    team.mkdir()
    (team / "team.toml").write_text(PACK.replace('"own', '"team'), encoding="utf-8")
    library = library_cache.load("de", [], user_dir=own, cache_dir=tmp_path / "c1", shipped=shipped)
    assert library.get("own.one") is not None
    library = library_cache.load("de", [team], user_dir=None, cache_dir=tmp_path / "c2", shipped=shipped)
    assert library.get("team.one") is not None
    assert no_parsing == ["de", "de"], "the packs were read, the shipped library not used"


def corrupt_title(path: Path) -> None:
    """The first phrase's title changed by one letter, the key line as it was."""
    raw = path.read_bytes()
    head, rest = raw.split(b"\n", 1)
    doc, first, tail = rest.split(b"\n", 2)
    row = json.loads(first)
    row[2] = row[2][:-1] + ("X" if row[2][-1] != "X" else "Y")
    path.write_bytes(b"\n".join([head, doc, json.dumps(row, separators=(",", ":")).encode(), tail]))


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),  # cut short
        corrupt_title,  # one letter of a phrase changed
        lambda p: p.write_bytes(p.read_bytes().replace(b'"key":[1,', b'"key":[0,', 1)),  # another format
        lambda p: p.write_bytes(b""),
    ],
    ids=["truncated", "changed", "stale", "empty"],
)
def test_a_damaged_or_stale_shipped_library_is_never_used(  # type: ignore[no-untyped-def]
    shipped: Path, tmp_path: Path, no_parsing: list[str], damage
) -> None:
    copy = tmp_path / "prebuilt"
    copy.mkdir()
    for name in ("library-de.json", "search-index-de.bin"):
        (copy / name).write_bytes((shipped / name).read_bytes())
    damage(copy / "library-de.json")
    library = library_cache.load("de", [], user_dir=None, cache_dir=tmp_path / "cache", shipped=copy)
    assert no_parsing == ["de"], "read from the packs"
    same(library, load_library(language="de"))


def test_built_from_other_content_or_code_it_is_not_used(
    shipped: Path, tmp_path: Path, no_parsing: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = shipped_library.builtin_entries()
    other = [[*entry[:-1], entry[-1] ^ 1] if i == 3 else entry for i, entry in enumerate(real)]
    monkeypatch.setattr(shipped_library, "builtin_entries", lambda: other)
    library_cache.load("de", [], user_dir=None, cache_dir=tmp_path / "a", shipped=shipped)
    monkeypatch.setattr(shipped_library, "builtin_entries", lambda: real)
    monkeypatch.setattr(shipped_library, "code_digest", lambda: 12345)
    library_cache.load("de", [], user_dir=None, cache_dir=tmp_path / "b", shipped=shipped)
    assert no_parsing == ["de", "de"]


def test_the_key_names_no_folder() -> None:
    """A package installed anywhere matches what was built: names inside the resources, and the stemmers
    by file name."""
    for entry in shipped_library.builtin_entries():
        assert not Path(entry[0]).is_absolute()
        assert ".." not in entry[0]
        assert entry[1] is not None, f"{entry[0]} unreadable"
    stemmers = index_cache.stemmer_files(("de", "en"))
    assert stemmers
    assert "/" not in stemmers


def test_a_changed_phrase_under_the_right_key_is_not_read(tmp_path: Path) -> None:
    """The key line carries a checksum of the rest: a letter changed in a phrase is no library."""
    path = tmp_path / "library.json"
    library = load_library(language="en")
    assert library_file.write(path, ["k"], library)
    assert library_file.read(path, ["k"]) is not None
    corrupt_title(path)
    assert library_file.read(path, ["k"]) is None


def test_the_command_says_what_it_wrote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert shipped_library.main([]) == 2
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert shipped_library.main([str(blocker / "out")]) == 1
    assert "shipped_library:" in capsys.readouterr().err
