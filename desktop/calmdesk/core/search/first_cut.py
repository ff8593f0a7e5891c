"""One query on a very large library: a plain text scan picks the phrases worth indexing, so nothing waits
for an index of every phrase (the CLI answers one query and exits)."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Sequence
from itertools import compress, islice, repeat
from operator import contains

from calmdesk.core.model import Phrase
from calmdesk.core.search.query import analyse
from calmdesk.core.search.vocabulary import Vocabulary

# From this many phrases on, one query is answered from a first cut: the size past which CalmDesk warns on
# import that search slows down (docs/dev/interfaces.md).
FIRST_CUT_MIN = 20_000
# Phrases the first cut keeps: an index of this many builds in well under a second.
FIRST_CUT_SIZE = 2_000
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
        {
            max(w.split(), key=len)[:NEEDLE_LENGTH]  # a several-word alternate by its longest word
            for w in (term.word if term.literal else "", *term.alternates)
            if w
        }
        for term in analyse(query, vocabulary)
        if not term.optional
    ]
    strong = [f"{p.title} {' '.join(p.tags)}".lower() for p in phrases]
    texts = [p.text.lower() for p in phrases]
    everywhere = range(len(phrases))
    priority: Counter[int] = Counter()  # phrase index -> weight of the query's words it holds
    for group in needles:
        in_strong: set[int] = set()
        in_text: set[int] = set()
        for needle in group:  # each test runs in C (map, compress): no Python step per phrase
            in_strong.update(compress(everywhere, map(contains, strong, repeat(needle))))
            in_text.update(compress(everywhere, map(contains, texts, repeat(needle))))
        in_text |= in_strong
        priority.update(in_text)
        for _ in range(STRONG_WEIGHT):
            priority.update(in_strong)
    best = heapq.nsmallest(size, priority, key=lambda i: (-priority[i], i))
    if len(best) < size:  # room left: the first phrases holding none of the words, as the index would list
        kept = set(best)
        best += islice((i for i in everywhere if i not in kept), size - len(best))
    return [phrases[i] for i in sorted(best)]
