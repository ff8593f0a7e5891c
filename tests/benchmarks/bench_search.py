"""Search speed figures as JSON: index build and per-keystroke latency on synthetic and built-in libraries.

    python tests/benchmarks/bench_search.py [--quick] [--sizes 1000,10000,100000] [--one-query 300000]

Figures only, no pass/fail. Each query is typed one keystroke at a time ("s", "so", "sor", ...), the way the
picker calls `search`; the word cache is cleared before each query so a query's first keystrokes are cold.
`--one-query N`: what one `calmdesk search` costs beyond loading the library, on N phrases: the index made
for that query (`SearchIndex.for_query`, a first cut past 20,000 phrases) and the search, per query.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# Runs from a plain checkout too: the package sits in desktop/, installed or not.
SOURCE_DIR = str(Path(__file__).resolve().parents[2] / "desktop")
if SOURCE_DIR not in sys.path:
    sys.path.append(SOURCE_DIR)

from calmdesk.core.model import CATEGORY_KEYS, Phrase  # noqa: E402
from calmdesk.core.search import SearchIndex  # noqa: E402

SEED = 20261122

# Queries as agents type them, typos included; every prefix of each is timed.
QUERIES = (
    "sorry",
    "sorry long wait",
    "apolgy",
    "refund",
    "refnd policy",
    "manager",
    "manger please",
    "patiense",
    "calm down",
    "escalate",
    "voucher",
    "dm me",
    "follow up tomorrow",
    "thank you",
    "bye",
    "customer rude",
    "swearing",
    "shipping delay",
    "order not arrived",
    "wrong item",
    "still waiting",
    "check with team",
    "compensation discount",
    "call back",
    "understand frustration",
    "take responsibility",
    "invoice wrong",
    "cancel subscription",
    "apologise for the inconvenience",
    "explain what happened",
)
# Queries that match few phrases with every word, or none: the partial-match fallback does the work here.
PARTIAL_QUERIES = (
    "thx",
    "sry for delay",
    "chargeback",
    "never arrived",
    "take it offline",
    "customer swore at me",
    "enjoy your evening",
    "refund zqxv policy",
    "not happy with the service at all",
    "wrong colour item sent again",
)


def wordlist(text: str) -> list[str]:
    return text.split()


SUPPORT_WORDS = wordlist("""
sorry apology apologise apologize understand frustration frustrating upset angry annoyed disappointed
refund return replacement exchange voucher discount credit compensation gesture goodwill coupon
wait waiting delay delayed hold moment minute minutes hours tomorrow today week shortly soon update
order parcel package delivery shipping shipped courier tracking arrived missing lost damaged broken
wrong item product invoice charge charged billing payment card subscription cancel account password
manager supervisor escalate escalation specialist team lead colleague department technical
thank thanks appreciate patience patient help assist resolve solution fix sorted check look
promise commit confirm call email chat message reply follow back contact reach private dm
calm respect language swearing abusive rude boundary continue conversation pause break
customer experience service feedback review public post comment social media
please kindly completely totally really truly sincerely personally right away immediately
""")
FILLER = wordlist("the a to for your you we our i it is this that and with on in of be will have can")
TITLE_STARTS = ("Sorry for", "We will", "Please", "Thanks for", "Let me", "Your", "About the", "Quick")


def made_up_words(rng: random.Random, count: int) -> list[str]:
    """Pronounceable nonsense (product names, jargon) so the vocabulary grows with the library."""
    vowels, consonants = "aeiou", "bcdfghklmnprstvz"
    found = set()
    while len(found) < count:
        size = rng.randint(2, 4)
        found.add("".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(size)))
    return sorted(found)


def synthetic_library(size: int, seed: int = SEED) -> list[Phrase]:
    rng = random.Random(seed)
    jargon = made_up_words(rng, max(200, size // 2))

    def pick_word() -> str:
        roll = rng.random()
        if roll < 0.45:
            return rng.choice(FILLER)
        if roll < 0.85:
            return rng.choice(SUPPORT_WORDS)
        return rng.choice(jargon)

    title_words = SUPPORT_WORDS + jargon[:50]
    tag_words = SUPPORT_WORDS + jargon
    phrases = []
    for n in range(size):
        title = " ".join([rng.choice(TITLE_STARTS)] + [rng.choice(title_words) for _ in range(3)])
        text = " ".join(pick_word() for _ in range(rng.randint(15, 60))).capitalize() + "."
        tags = tuple(rng.choice(tag_words) for _ in range(rng.randint(1, 5)))
        category = rng.choice(CATEGORY_KEYS)
        phrases.append(Phrase(f"syn.{n}", category, title.capitalize(), text, "synthetic", tags))
    return phrases


def keystrokes(query: str) -> list[str]:
    return [query[:n] for n in range(1, len(query) + 1)]


def time_typing(index: SearchIndex, queries: Sequence[str], repeat: int = 3) -> list[float]:
    """Milliseconds per keystroke over every prefix of every query: the median of `repeat` cold typings.

    The median damps the noise of other processes on a shared machine without hiding a slow keystroke.
    """
    timings = []
    for query in queries:
        runs = []
        for _ in range(repeat):
            index.clear_cache()
            run = []
            for typed in keystrokes(query):
                start = time.perf_counter()
                index.search(typed, limit=50)
                run.append((time.perf_counter() - start) * 1000)
            runs.append(run)
        timings += [statistics.median(samples) for samples in zip(*runs, strict=True)]
    return timings


def summary(timings: list[float]) -> dict[str, float | int]:
    ordered = sorted(timings)
    return {
        "keystrokes": len(ordered),
        "p50_ms": round(statistics.median(ordered), 3),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 3),
        "max_ms": round(ordered[-1], 3),
    }


def bench_size(size: int, queries: Sequence[str], lang: str = "en") -> dict[str, Any]:
    """`lang` other than English: the library as shown in that language, each phrase also indexed by the
    words of its English version (here another phrase's title and tags), stemmed in both languages."""
    phrases = synthetic_library(size)
    extra: dict[str, Any] = {}
    if lang != "en":
        others = synthetic_library(size, seed=SEED + 1)
        also = {p.id: (o.title, " ".join(o.tags)) for p, o in zip(phrases, others, strict=True)}
        extra = {"languages": (lang, "en"), "also": also}
    gc.collect()
    start = time.perf_counter()
    index = SearchIndex(phrases, **extra)
    build_ms = (time.perf_counter() - start) * 1000
    time_typing(index, queries[:3])  # warm-up: the lazy rapidfuzz import and first allocations
    return {"build_ms": round(build_ms, 1), **summary(time_typing(index, queries))}


class _Library:
    """The least of a library `SearchIndex.for_query` reads: synthetic phrases, no categories or words."""

    def __init__(self, phrases: list[Phrase]) -> None:
        self.phrases = tuple(phrases)
        self.categories: dict[str, Any] = {}
        self.vocabulary = None
        self.language = "en"
        self.versions = self.phrases


def bench_one_query(size: int, queries: Sequence[str]) -> dict[str, Any]:
    library = _Library(synthetic_library(size))
    timings = []
    for query in queries:
        gc.collect()
        start = time.perf_counter()
        SearchIndex.for_query(library, query).search(query, limit=50)
        timings.append((time.perf_counter() - start) * 1000)
    ordered = sorted(timings)
    return {
        "phrases": size,
        "queries": len(ordered),
        "p50_ms": round(statistics.median(ordered), 1),
        "max_ms": round(ordered[-1], 1),
    }


def run_fresh(code: str) -> dict[str, Any]:
    """Run `code` in a new interpreter (nothing imported or cached) and parse the JSON it prints."""
    path = os.pathsep.join(p for p in (os.environ.get("PYTHONPATH"), SOURCE_DIR) if p)
    env = {**os.environ, "PYTHONPATH": path}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


COLD_LOAD = """
import json, time
start = time.perf_counter()
from calmdesk.core.library import load_library
modules = time.perf_counter()
library = load_library()
loaded = time.perf_counter()
from calmdesk.core.search import SearchIndex
imported = time.perf_counter()
index = SearchIndex.for_library(library)
built = time.perf_counter()
print(json.dumps({
    "phrases": len(library.phrases),
    "cold_load_ms": round((loaded - start) * 1000, 1),  # both parts below, in a fresh interpreter
    "library_import_ms": round((modules - start) * 1000, 1),
    "load_library_ms": round((loaded - modules) * 1000, 1),
    "search_import_ms": round((imported - loaded) * 1000, 1),
    "index_build_ms": round((built - imported) * 1000, 1),
}))
"""


def bench_builtin(queries: Sequence[str]) -> dict[str, Any]:
    try:
        figures = run_fresh(COLD_LOAD)
    except (subprocess.CalledProcessError, json.JSONDecodeError) as exc:
        return {"error": str(exc)}
    from calmdesk.core.library import load_library

    library = load_library()
    index = SearchIndex.for_library(library)
    time_typing(index, queries[:3])
    return {**figures, **summary(time_typing(index, queries))}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small libraries and few queries (smoke test)")
    parser.add_argument("--sizes", help="comma-separated library sizes (default 1000,10000,100000)")
    parser.add_argument("--lang", default="en", help="time a library shown in this language (es, de, fr, pt)")
    parser.add_argument("--one-query", type=int, help="time one cold query (index and search) on N phrases")
    args = parser.parse_args(argv)
    if args.one_query:
        print(json.dumps({"one_query": bench_one_query(args.one_query, QUERIES[:10])}, indent=2))
        return 0
    sizes = [200, 2000] if args.quick else [1000, 10_000, 100_000]
    if args.sizes:
        sizes = [int(s) for s in args.sizes.split(",")]
    queries = (*QUERIES[:6], *PARTIAL_QUERIES[:2]) if args.quick else (*QUERIES, *PARTIAL_QUERIES)
    result = {
        "python": sys.version.split()[0],
        "queries": len(queries),
        "lang": args.lang,
        "sizes": {str(size): bench_size(size, queries, args.lang) for size in sizes},
        "builtin": bench_builtin(queries),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
