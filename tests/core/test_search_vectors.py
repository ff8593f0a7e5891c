"""The numpy ranking of large libraries ranks exactly as the plain loop does; only large libraries use it."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calmdesk.core.library import load_library
from calmdesk.core.model import CATEGORY_KEYS, Phrase
from calmdesk.core.search import Boosts, Hit, SearchIndex
from calmdesk.core.search import engine as search_engine
from calmdesk.core.search.vectors import VECTOR_MIN_PHRASES

ROOT = Path(__file__).resolve().parents[2]
EVAL_FILES = sorted((ROOT / "tests" / "core").glob("search_eval*.toml"))
BOOSTED = Boosts(
    favourites=frozenset({"closing.warm-goodbye", "apology.sorry-for-wait"}),
    recent={"wait.checking-now": 0.8},
    step_categories=frozenset({"wait", "apology"}),
    learned={"solution.refund-started": 1.0},
)


def eval_queries() -> list[str]:
    found = []
    for path in EVAL_FILES:
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            found.append(case["query"])
    return found


def ranked(hits: list[Hit]) -> list[tuple[str, float, bool]]:
    return [(h.phrase.id, round(h.score, 9), h.partial) for h in hits]


@pytest.fixture(scope="module")
def both() -> tuple[SearchIndex, SearchIndex]:
    library = load_library()
    plain = SearchIndex.for_library(library)
    forced = SearchIndex(
        library.phrases,
        {k: c.label for k, c in library.categories.items()},
        category_hints={k: c.when or c.description for k, c in library.categories.items()},
        on_request=[k for k, c in library.categories.items() if c.on_request],
        vocabulary=library.vocabulary,
        vectorised=True,
    )
    assert len(plain) < VECTOR_MIN_PHRASES  # the built-in library is ranked by the plain loop
    return plain, forced


def test_the_eval_sets_rank_alike_both_ways(both: tuple[SearchIndex, SearchIndex]) -> None:
    plain, arrays = both
    queries = eval_queries()
    assert len(queries) > 500
    for query in queries:
        # The whole query (also with boosts, and within one category) and a keystroke mid-way.
        half = query[: max(1, len(query) // 2)]
        assert ranked(arrays.search(query)) == ranked(plain.search(query)), query
        assert ranked(arrays.search(half)) == ranked(plain.search(half)), half
        assert ranked(arrays.search(query, boosts=BOOSTED)) == ranked(plain.search(query, boosts=BOOSTED))
        assert ranked(arrays.search(query, category="apology")) == ranked(
            plain.search(query, category="apology")
        )


WORDS = ("sorry", "refund", "wait", "the", "for", "your", "order", "late", "refunds", "patience", "thanks")
QUERY_WORDS = (*WORDS, "refnd", "sor", "pati", "late order", "zzz")


@st.composite
def libraries(draw: st.DrawFn) -> list[Phrase]:
    size = draw(st.integers(min_value=1, max_value=40))
    text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)
    return [
        Phrase(
            f"p{n}",
            draw(st.sampled_from(CATEGORY_KEYS)),
            draw(text),
            draw(text),
            "test",
            tuple(draw(st.lists(st.sampled_from(WORDS), max_size=3))),
        )
        for n in range(size)
    ]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    library=libraries(),
    query=st.lists(
        st.sampled_from((*WORDS, "refnd", "sor", "pati", "late order", "zzz")), min_size=1, max_size=4
    ).map(" ".join),
    limit=st.integers(min_value=1, max_value=8),
)
def test_random_libraries_rank_alike_both_ways(library: list[Phrase], query: str, limit: int) -> None:
    on_request = ["boundary"]
    plain = SearchIndex(library, on_request=on_request, vectorised=False)
    arrays = SearchIndex(library, on_request=on_request, vectorised=True)
    boosts = Boosts(favourites=frozenset({"p0"}), step_categories=frozenset({"wait"}))
    assert ranked(arrays.search(query, limit=limit)) == ranked(plain.search(query, limit=limit))
    assert ranked(arrays.search(query, limit=limit, boosts=boosts)) == ranked(
        plain.search(query, limit=limit, boosts=boosts)
    )


def test_a_large_library_ranks_every_phrase_not_a_sample() -> None:
    """The plain loop samples the first phrases of each tier past 1,500 matches, so a slightly better phrase
    at the end of a large library could miss the page; the arrays score every phrase."""
    filler = [Phrase(f"f{n}", "wait", f"Refund batch {n}", "We are checking.", "test") for n in range(3000)]
    best = Phrase("best", "solution", "Refund batch last", "We are checking.", "test", ("refund",))
    index = SearchIndex([*filler, best])
    assert [h.phrase.id for h in index.search("refund", limit=3)] == ["best", "f0", "f1"]


def test_fragments_rank_alike_both_ways_in_a_large_library() -> None:
    """The sequence lift is a text test the arrays skip where it cannot matter; past VECTOR_MIN_PHRASES, with
    fewer full matches than the plain loop scores in full, both must still agree on every page."""
    filler = [
        Phrase(f"f{n}", "wait", f"Hear from us {n}", "You will soon, we hear.", "test") for n in range(1200)
    ]
    others = [Phrase(f"o{n}", "closing", f"Other {n}", "Goodbye for now.", "test") for n in range(400)]
    lifted = [
        Phrase("body", "commitment", "Update", "You will hear from us today.", "test"),
        Phrase("title", "commitment", "You will hear from us", "Today.", "test"),
    ]
    library = [*filler, *others, *lifted]
    plain, arrays = SearchIndex(library, vectorised=False), SearchIndex(library)
    for query in ("you will hear from us", "hear from us", "will hear from", "you will hear from us today"):
        for limit in (1, 3, 50):
            assert ranked(arrays.search(query, limit=limit)) == ranked(plain.search(query, limit=limit)), (
                query
            )


def test_small_libraries_never_import_numpy() -> None:
    """Its import costs about 0.1 s: the app and the CLI with the built-in library must not pay it."""
    code = (
        "import sys\n"
        "from calmdesk.core.library import load_library\n"
        "from calmdesk.core.search import SearchIndex\n"
        "index = SearchIndex.for_library(load_library())\n"
        "assert index.search('sorry for the wait')\n"
        "print('numpy' in sys.modules)\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "desktop"), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize("lang", ["es", "de"])
def test_a_library_in_another_language_ranks_alike_both_ways(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each phrase also found by its English title and tags, English fallbacks (if any) penalised."""
    library = load_library(language=lang)
    plain = SearchIndex.for_library(library)
    monkeypatch.setattr(search_engine, "VECTOR_MIN_PHRASES", 0)
    arrays = SearchIndex.for_library(library)
    paths = sorted((ROOT / "tests" / "core" / "search_eval").glob(f"{lang}*.toml"))  # both rounds
    queries = [
        case["query"] for path in paths for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]
    ]
    for query in [*queries, "sorry for the wait", "refund please"]:
        assert ranked(arrays.search(query)) == ranked(plain.search(query)), query
