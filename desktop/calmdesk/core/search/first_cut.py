"""One query on a very large library: a plain text scan picks the phrases worth indexing, so nothing waits
for an index of every phrase (the CLI answers one query and exits)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat
from operator import contains

from calmdesk.core.model import Phrase
from calmdesk.core.search.query import analyse
from calmdesk.core.search.vocabulary import Vocabulary

# From this many phrases on, one query is answered from a first cut: the size past which CalmDesk warns on
# import that search slows down (docs/dev/interfaces.md).
FIRST_CUT_MIN = 20_000
# Phrases the first cut keeps: an index of this many builds in about a second.
FIRST_CUT_SIZE = 5_000
# A word is looked for by its beginning, so its other forms ("apologies", "apologise") and most typos
# (which keep the first letters) still pass the cut.
NEEDLE_LENGTH = 3
# A query word in a phrase's title or tags says more than one in its text, as in the index.
STRONG_WEIGHT = 2


def first_cut(
    phrases: Sequence[Phrase], query: str, vocabulary: Vocabulary, size: int | None = None
) -> list[Phrase]:
    """At most `size` (FIRST_CUT_SIZE) phrases of `phrases`, in library order: those holding the most of
    the query's words (each by its beginning, or by the beginning of a word it stands for), in title or tags
    first.

    What the full index would rank first is nearly always among them; a phrase holding none of the words
    is kept only while there is room, so an empty or symbol-only query still browses."""
    size = FIRST_CUT_SIZE if size is None else size
    if len(phrases) <= size:
        return list(phrases)
    needles = [
        {w[:NEEDLE_LENGTH] for w in (term.word if term.literal else "", *term.alternates) if w}
        for term in analyse(query, vocabulary)
        if not term.optional
    ]
    strong = [f"{p.title} {' '.join(p.tags)}".lower() for p in phrases]
    texts = [f"{s} {p.text}".lower() for s, p in zip(strong, phrases, strict=True)]
    priority = [0] * len(phrases)
    for group in needles:
        in_text = [False] * len(phrases)
        in_strong = [False] * len(phrases)
        for needle in group:
            in_text = list(map(max, in_text, map(contains, texts, repeat(needle))))
            in_strong = list(map(max, in_strong, map(contains, strong, repeat(needle))))
        priority = [p + t + STRONG_WEIGHT * s for p, t, s in zip(priority, in_text, in_strong, strict=True)]
    best = sorted(range(len(phrases)), key=lambda i: -priority[i])[:size]
    return [phrases[i] for i in sorted(best)]
