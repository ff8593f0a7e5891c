"""A team's or the user's vocabulary.toml in a pack folder: read for the search, never as a pack."""

from __future__ import annotations

import os
from pathlib import Path

from calmdesk.core.library import check_packs, load_library
from calmdesk.core.search import SearchIndex

PACK = """
[pack]
id = "team"
name = "Team"
language = "en"
version = "1"

[[phrase]]
id = "team.zorgle"
category = "solution"
title = "Replace the widget"
text = "We will send you a new widget."
"""


def test_a_folder_vocabulary_reaches_the_search(tmp_path: Path) -> None:
    (tmp_path / "team.toml").write_text(PACK, encoding="utf-8")
    (tmp_path / "vocabulary.toml").write_text('version = 1\n[terms]\nthingamajig = ["widget"]\n')
    library = load_library([tmp_path])
    assert library.problems == []
    assert library.skipped == []
    found = SearchIndex.for_library(library).search("thingamajig")
    assert found
    assert found[0].phrase.id == "team.zorgle"


def test_a_broken_folder_vocabulary_is_reported_and_the_rest_loads(tmp_path: Path) -> None:
    (tmp_path / "team.toml").write_text(PACK, encoding="utf-8")
    (tmp_path / "vocabulary.toml").write_text("[terms\n", encoding="utf-8")
    library = load_library([tmp_path])
    assert any("vocabulary.toml" in str(p) for p in library.problems)
    assert library.get("team.zorgle") is not None
    assert SearchIndex.for_library(library).search("widget")
    files, problems = check_packs([tmp_path])
    assert any("vocabulary.toml" in str(p) for p in problems)
    assert not any(f.endswith("vocabulary.toml") for f in files)


def test_a_fifo_named_vocabulary_never_hangs(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "vocabulary.toml")
    library = load_library([tmp_path])
    assert any("vocabulary.toml" in str(p) and "FIFO" in str(p) for p in library.problems)
