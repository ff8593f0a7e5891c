"""Phrase search for the picker: `SearchIndex(...).search(query, ...)` is the one entry point.

Inside: `query` reads a query with the agents' words of `vocabulary` (resources/search/vocabulary.toml),
`stemming` makes word forms meet, `corpus` holds the prebuilt vocabulary and postings, `wordmatch` resolves
one query term (exact, prefix, stem, typo, alias), `pool` picks the candidates to score and holds the boosts,
and `engine` ranks: full matches first, then partial ones.
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
