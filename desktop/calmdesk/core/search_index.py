"""The prebuilt half of search: a sorted vocabulary with postings, plus per-phrase texts for cheap checks."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from itertools import accumulate, compress, islice, repeat
from operator import and_, contains

from calmdesk.core.model import Phrase
from calmdesk.core.text import words

# Field weights: what the agent reads in the picker (title) and the words chosen to find a phrase (tags) say
# more about a phrase than a word buried in its body; the category label sits in between.
STRONG = 1.0
LABEL = 0.7
BODY = 0.4

# Placeholder names ("customer_name") are not words an agent types to find a reply; indexing them would let
# "name" match half the library.
_PLACEHOLDER = re.compile(r"\{\{[^{}]*\}\}")

Postings = dict[int, float]  # phrase index -> best field weight; keys in library order


class Corpus:
    """Immutable after build: every structure the matcher reads, built once per library.

    Phrases are addressed by their index in library order, which is also the final tie-break.
    """

    def __init__(self, phrases: Sequence[Phrase], category_labels: Mapping[str, str] | None) -> None:
        self.phrases: tuple[Phrase, ...] = tuple(phrases)
        labels = dict(category_labels or {})
        categories = sorted({p.category for p in self.phrases} | set(labels))
        self.category_code: dict[str, int] = {key: code for code, key in enumerate(categories)}
        # One byte per phrase: its category code. bytes.translate() turns it into a 0/1 mask in C.
        self.category_codes: bytes = bytes(self.category_code[p.category] for p in self.phrases)
        self.label_texts: dict[str, str] = {
            key: _spaced(words(labels.get(key) or key.replace("_", " "))) for key in categories
        }
        self.label_texts_by_code: list[str] = [self.label_texts[key] for key in categories]
        self.first_index: dict[str, int] = {}
        self.strong_texts: list[str] = []
        self.all_texts: list[str] = []
        postings: dict[str, Postings] = {}
        for index, phrase in enumerate(self.phrases):
            self.first_index.setdefault(phrase.id, index)
            strong = words(phrase.title) + [w for tag in phrase.tags for w in words(tag)]
            label = self.label_texts[phrase.category].split()
            body = words(_PLACEHOLDER.sub(" ", phrase.text))
            # Ascending weight order, so a later assignment is always the higher weight of the two.
            for field_words, weight in ((body, BODY), (label, LABEL), (strong, STRONG)):
                for word in field_words:
                    found = postings.get(word)
                    if found is None:
                        postings[word] = {index: weight}
                    else:
                        found[index] = weight
            self.strong_texts.append(_spaced(strong))
            self.all_texts.append(_spaced(strong + label + body))
        self.vocab: list[str] = sorted(postings)
        self.term_id: dict[str, int] = {term: i for i, term in enumerate(self.vocab)}
        self.postings: list[Postings] = [postings[term] for term in self.vocab]
        # Postings counts summed over the sorted vocabulary: the size of any prefix range in O(1).
        self.cumulative: list[int] = [0, *accumulate(len(p) for p in self.postings)]
        self._buckets: dict[tuple[str, int], list[str]] = {}
        for term in self.vocab:
            self._buckets.setdefault((term[0], len(term)), []).append(term)
        self._prefix_buckets: dict[tuple[str, int], list[str]] = {}

    def __len__(self) -> int:
        return len(self.phrases)

    def category_of(self, index: int) -> int:
        return self.category_codes[index]

    def terms_like(self, first: str, length: int) -> list[str]:
        """Whole terms starting with `first` of exactly `length` characters (fuzzy candidates)."""
        return self._buckets.get((first, length), [])

    def prefixes_like(self, first: str, length: int) -> list[str]:
        """Distinct `length`-character beginnings of terms starting with `first` (fuzzy prefixes)."""
        key = (first, length)
        found = self._prefix_buckets.get(key)
        if found is None:
            # Built on first use: only the lengths an agent actually types are ever needed.
            lo, hi = self.prefix_range(first)
            found = sorted({t[:length] for t in islice(self.vocab, lo, hi) if len(t) >= length})
            self._prefix_buckets[key] = found
        return found

    def prefix_range(self, prefix: str) -> tuple[int, int]:
        """Vocabulary slice [lo, hi) of the terms starting with `prefix`."""
        lo = bisect_left(self.vocab, prefix)
        hi = bisect_left(self.vocab, prefix + "\U0010ffff", lo)
        return lo, hi

    def range_size(self, lo: int, hi: int) -> int:
        return self.cumulative[hi] - self.cumulative[lo]

    def mask(self, categories: frozenset[str]) -> bytes:
        """One byte per phrase, 1 where its category is in `categories`."""
        table = bytearray(256)
        for key in categories:
            code = self.category_code.get(key)
            if code is not None:
                table[code] = 1
        return self.category_codes.translate(table)

    def scan(self, texts: Sequence[str], needles: Sequence[str], mask: bytes | None) -> Iterator[int]:
        """Phrase indices, in library order, whose text holds every needle (lazy, so callers stop early).

        The first needle is tested by C-level iterators, which is what keeps a one-letter query cheap on a
        100,000-phrase library; the rest only on the phrases that passed it.
        """
        hits: Iterator[object] = map(contains, texts, repeat(needles[0]))
        if mask is not None:
            hits = map(and_, mask, hits)
        found: Iterator[int] = compress(range(len(texts)), hits)
        rest = needles[1:]
        if rest:
            found = (i for i in found if all(n in texts[i] for n in rest))
        return found


def _spaced(field_words: Sequence[str]) -> str:
    # Leading and trailing spaces make " word " a whole-word test and " wo" a word-start test.
    return " " + " ".join(field_words) + " "
