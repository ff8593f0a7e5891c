"""Phrase search for the picker: `SearchIndex(phrases, labels).search(query, ...)` is the one entry point.

Inside: `corpus` (the prebuilt vocabulary and postings), `wordmatch` (one query word resolved: exact, prefix,
stem, typo), `pool` (which phrases get scored, and the user's boosts) and `engine` (ranking a query).
"""

from __future__ import annotations

from calmdesk.core.search.engine import MAX_QUERY_CHARS, MAX_QUERY_WORDS, Boosts, Hit, SearchIndex

__all__ = ["MAX_QUERY_CHARS", "MAX_QUERY_WORDS", "Boosts", "Hit", "SearchIndex"]
