"""Phrase search for the picker: `SearchIndex(...).search(query, ...)` is the one entry point.

Inside: `query` reads a query with the agents' words of `vocabulary` (resources/search/vocabulary.toml),
`stemming` makes word forms meet, `corpus` holds the prebuilt vocabulary and postings, `wordmatch` resolves
one query term (exact, prefix, stem, typo, alias), `pool` picks the candidates to score and holds the boosts,
and `engine` ranks: full matches first, then partial ones, by `weights`. It hands the scoring to `plain` (a
loop per phrase, for the libraries most agents have) or, from 1,500 phrases on, to `vectors` (numpy arrays,
the same scores): a keystroke stays within a few milliseconds at 10,000 phrases.
"""

from __future__ import annotations

from calmdesk.core.search.engine import (
    MAX_QUERY_CHARS,
    MAX_QUERY_WORDS,
    Boosts,
    Hit,
    SearchIndex,
    has_words,
    query_key,
    terms_of,
)

__all__ = [
    "MAX_QUERY_CHARS",
    "MAX_QUERY_WORDS",
    "Boosts",
    "Hit",
    "SearchIndex",
    "has_words",
    "query_key",
    "terms_of",
]
