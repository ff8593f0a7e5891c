"""The search index's costly half kept between runs (core/search/index_cache): read back, it is the very
same index; anything changed, damaged or foreign means a fresh build, never an error or a wrong result."""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from calmdesk.core.library import Library, load_library
from calmdesk.core.search import Hit, SearchIndex, index_cache
from calmdesk.core.search.corpus import Corpus
from calmdesk.core.search.saved_postings import SavedPostings, SavedStemTerms

ROOT = Path(__file__).resolve().parents[2]
EVAL_FILES = sorted((ROOT / "tests" / "core").glob("search_eval*.toml"))
# Every structure a Corpus holds that search reads.
ATTRIBUTES = (
    "phrases", "category_code", "category_codes", "label_texts", "first_index", "title_texts",
    "strong_texts", "all_texts", "vocab", "term_id", "postings", "strong_postings", "_cumulative",
    "_strong_cumulative", "_buckets", "_prefix_buckets", "hint_stems", "members", "stem_terms",
)  # fmt: skip


def eval_queries() -> list[str]:
    return [
        case["query"]
        for path in EVAL_FILES
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])
    ]


def ranked(hits: list[Hit]) -> list[tuple[str, float, bool]]:
    return [(h.phrase.id, h.score, h.partial) for h in hits]


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(language="es")  # Spanish: also words from the English versions, two stemmers


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def _corpus(index: SearchIndex) -> Corpus:
    return index._corpus


def test_an_index_read_back_is_the_index_built(library: Library, cache: Path) -> None:
    built = SearchIndex.for_library(library)
    first = SearchIndex.for_library(library, cache_dir=cache)  # builds and keeps it
    kept = list(cache.iterdir())  # the folder made as needed
    assert [p.name for p in kept] == ["search-index-es.bin"]
    before = kept[0].stat().st_mtime_ns
    again = SearchIndex.for_library(library, cache_dir=cache)  # reads it
    assert kept[0].stat().st_mtime_ns == before, "read, not rewritten"
    for name in ATTRIBUTES:  # before any query: some structures grow on first use
        assert list_of(getattr(_corpus(again), name)) == list_of(getattr(_corpus(built), name)), name
        assert getattr(_corpus(first), name) == getattr(_corpus(built), name), name
    for fresh, read in zip(_corpus(built).postings, _corpus(again).postings, strict=True):
        assert list(fresh) == list(read)  # library order, which the ranking's tie-break relies on
    searched = SearchIndex.for_library(library, cache_dir=cache)
    read_back = _corpus(searched).postings
    assert isinstance(read_back, SavedPostings)
    assert read_back._made == {}, "no term's dict is made before a query reaches it"
    for query in eval_queries():
        assert ranked(searched.search(query, limit=20)) == ranked(built.search(query, limit=20)), query
    assert 0 < len(read_back._made) < len(read_back), "made for the terms the queries reached"


def list_of(value: object) -> object:
    if isinstance(value, SavedStemTerms):
        return {stem: list(value[stem]) for stem in value}
    return list(value) if isinstance(value, SavedPostings) else value


def test_the_large_library_ranking_reads_it_back_alike(library: Library, cache: Path) -> None:
    labels = {k: c.label for k, c in library.categories.items()}
    built = SearchIndex(library.phrases, labels, vectorised=True)
    SearchIndex(library.phrases, labels, vectorised=True, cache_dir=cache)
    again = SearchIndex(library.phrases, labels, vectorised=True, cache_dir=cache)
    for query in eval_queries()[:200]:
        assert ranked(again.search(query, limit=10)) == ranked(built.search(query, limit=10)), query


def test_changed_phrases_are_indexed_afresh(library: Library, cache: Path) -> None:
    SearchIndex.for_library(library, cache_dir=cache)
    first, *rest = library.phrases
    edited = dataclasses.replace(first, text=first.text + " Zanzibar")
    changed = SearchIndex(
        (edited, *rest),
        {k: c.label for k, c in library.categories.items()},
        cache_dir=cache,
        languages=("es", "en"),
    )
    assert [h.phrase.id for h in changed.search("zanzibar")] == [first.id]


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[:-100],  # cut short
        lambda raw: raw[:500] + bytes([raw[500] ^ 0x01]) + raw[501:],  # one bit flipped
        lambda raw: b"\x80\x04\x95" + raw[3:],  # not ours (a pickle's opening)
        lambda raw: raw + b"more",  # trailing bytes
        lambda raw: b"",
    ],
    ids=["cut", "bit", "pickle", "trailing", "empty"],
)
def test_a_damaged_index_is_built_again_and_rewritten(library: Library, cache: Path, damage) -> None:  # type: ignore[no-untyped-def]
    built = SearchIndex.for_library(library, cache_dir=cache)
    path = cache / "search-index-es.bin"
    good = path.read_bytes()
    path.write_bytes(damage(good))
    again = SearchIndex.for_library(library, cache_dir=cache)
    assert list(_corpus(again).postings) == _corpus(built).postings
    assert path.read_bytes() == good, "rewritten whole"


def test_a_forged_index_with_a_good_checksum_is_refused(library: Library, cache: Path) -> None:
    """Structure is checked, not only the checksum: a phrase index past the end is never used."""
    corpus = _corpus(SearchIndex.for_library(library))
    key = index_cache.digest(corpus.phrases, {k: c.label for k, c in library.categories.items()}, {})
    forged = corpus.indexed._replace(postings=[{10**6: 1.0}, *corpus.indexed.postings[1:]])
    path = cache / "index.bin"
    index_cache.write(path, key, forged)
    assert path.exists()
    assert index_cache.read(path, key, len(corpus.phrases)) is None
    assert index_cache.read(cache / "missing.bin", key, 3) is None


def test_something_else_at_the_path_is_not_read(library: Library, cache: Path) -> None:
    cache.mkdir()
    os.mkfifo(cache / "search-index-es.bin")  # a read would hang
    index = SearchIndex.for_library(library, cache_dir=cache)
    assert index.search("sorry")


def test_a_forged_stem_pointing_past_the_vocabulary_is_refused(library: Library, cache: Path) -> None:
    corpus = _corpus(SearchIndex.for_library(library))
    key = index_cache.digest(corpus.phrases, {k: c.label for k, c in library.categories.items()}, {})
    forged = corpus.indexed._replace(stem_terms={**corpus.stem_terms, "zzz": [len(corpus.vocab)]})
    path = cache / "index.bin"
    index_cache.write(path, key, forged)
    assert index_cache.read(path, key, len(corpus.phrases)) is None
    index_cache.write(path, key, corpus.indexed)
    assert index_cache.read(path, key, len(corpus.phrases)) is not None  # the same file, unforged, is read


def test_an_index_read_back_stems_no_word(
    library: Library, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stemming every term and every category's "when" word in both languages was most of a warm German
    start's index time (46 ms of 50): read back, the stems come with the rest of the index."""
    from calmdesk.core.search import corpus as corpus_module
    from calmdesk.core.search import stemming

    built = SearchIndex.for_library(library, cache_dir=cache)
    stemmed: list[str] = []
    real = stemming.stems_for

    def counting(languages: tuple[str, ...]) -> Callable[[str], tuple[str, ...]]:
        stems = real(languages)

        def recorded(word: str) -> tuple[str, ...]:
            stemmed.append(word)
            return stems(word)

        return recorded

    monkeypatch.setattr(corpus_module, "stems_for", counting)
    again = SearchIndex.for_library(library, cache_dir=cache)
    assert stemmed == []
    assert _corpus(again).hint_stems == _corpus(built).hint_stems
    for query in ("reembolsos", "esperando respuesta", "waiting"):  # "when" words of both languages
        assert ranked(again.search(query)) == ranked(built.search(query)), query
    assert stemmed, "a query is stemmed as it comes"


def test_a_forged_hint_naming_no_category_is_refused(library: Library, cache: Path) -> None:
    corpus = _corpus(SearchIndex.for_library(library))
    labels = {k: c.label for k, c in library.categories.items()}
    key = index_cache.digest(corpus.phrases, labels, {})
    forged = corpus.indexed._replace(hint_stems={"zzz": {len(corpus.category_code)}})
    path = cache / "index.bin"
    index_cache.write(path, key, forged)
    assert index_cache.read(path, key, len(corpus.phrases), len(corpus.category_code)) is None


def test_another_stemmer_installed_means_a_fresh_index(
    library: Library, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    SearchIndex.for_library(library, cache_dir=cache)
    path = cache / "search-index-es.bin"
    before = path.read_bytes()
    assert index_cache.stemmer_files(("es", "en")), "the Snowball stemmers' files are part of the key"
    assert index_cache.stemmer_files(("en",)) == "", "English uses none"
    monkeypatch.setattr(index_cache, "stemmer_files", lambda languages: "an upgraded PyStemmer")
    SearchIndex.for_library(library, cache_dir=cache)
    assert path.read_bytes() != before, "built again for the new stemmer and kept"


def test_a_posting_costs_five_bytes_in_the_large_library_ranking(library: Library, cache: Path) -> None:
    """A phrase index (4 bytes) and a weight's code (1 byte) per posting, fresh or read back: the float
    weights and each posting's term length took 12 bytes more, 20 MB at 50,000 phrases."""
    import numpy as np

    labels = {k: c.label for k, c in library.categories.items()}
    SearchIndex(library.phrases, labels, vectorised=True, cache_dir=cache)
    for index in (
        SearchIndex(library.phrases, labels, vectorised=True),
        SearchIndex(library.phrases, labels, vectorised=True, cache_dir=cache),
    ):
        vectors = index._ranking
        postings = int(vectors.counts.sum())  # type: ignore[union-attr]
        per_posting = [
            value.itemsize
            for value in vars(vectors).values()
            if isinstance(value, np.ndarray) and len(value) == postings
        ]
        assert sum(per_posting) == 5, per_posting
