"""Postings and stems read back from the index cache: flat arrays, each term's dict built on first use.

A fresh build holds a dict per term (phrase index -> weight). Read back from the cache, the same postings
stay in the file's three flat arrays (offsets, phrase indexes, weights as one-byte codes into a table of
the handful of weights there are) and a term's dict is made when a query first reaches it: a start does
not rebuild 1.6 million entries at 50,000 phrases, and the numpy ranking takes the arrays as they are
(vectors.Vectors). Indexing, length and iteration answer as the list of dicts would, with the same dicts.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from itertools import pairwise
from typing import overload

Postings = dict[int, float]  # phrase index -> best field weight (as corpus.Postings)


class SavedPostings(Sequence[Postings]):
    """`starts[t]:starts[t + 1]` of `ids` and `codes` are term t's postings, in library order; a posting's
    weight is `table[code]` (a byte, not a float: 7 bytes less per posting, 11 MB at 50,000 phrases)."""

    def __init__(
        self, starts: array[int], ids: array[int], codes: array[int], table: list[float], phrases: int
    ) -> None:
        self.starts, self.ids, self.codes, self.table = starts, ids, codes, table
        # One number object per phrase and per weight, shared by every dict made, as a fresh build has them.
        self._number = list(range(phrases)).__getitem__
        self._weight = table.__getitem__
        self._made: dict[int, Postings] = {}

    def __len__(self) -> int:
        return len(self.starts) - 1

    @overload
    def __getitem__(self, term: int) -> Postings: ...
    @overload
    def __getitem__(self, term: slice) -> list[Postings]: ...
    def __getitem__(self, term: int | slice) -> Postings | list[Postings]:
        if isinstance(term, slice):
            return [self[t] for t in range(*term.indices(len(self)))]
        if term < 0:
            term += len(self)
        made = self._made.get(term)
        if made is None:
            lo, hi = self.starts[term], self.starts[term + 1]  # IndexError past the last term
            numbers, weights = map(self._number, self.ids[lo:hi]), map(self._weight, self.codes[lo:hi])
            made = dict(zip(numbers, weights, strict=True))
            self._made[term] = made
        return made

    def __iter__(self) -> Iterator[Postings]:
        return (self[t] for t in range(len(self)))

    def lengths(self) -> Iterator[int]:
        """Each term's number of postings, without making its dict."""
        return (b - a for a, b in pairwise(self.starts))


class SavedStemTerms(Mapping[str, Sequence[int]]):
    """Stem -> the vocabulary terms sharing it, as `Corpus.stem_terms`: `stems` sorted, and the term ids
    of `stems[i]` are `ids[starts[i]:starts[i + 1]]`. Looked up by bisection, so a start makes no dict of
    a large library's stems; a query looks up a few."""

    def __init__(self, stems: list[str], starts: array[int], ids: array[int]) -> None:
        self.stems, self.starts, self.ids = stems, starts, ids

    def __getitem__(self, stem: str) -> Sequence[int]:
        at = bisect_left(self.stems, stem)
        if at == len(self.stems) or self.stems[at] != stem:
            raise KeyError(stem)
        return self.ids[self.starts[at] : self.starts[at + 1]]

    def __iter__(self) -> Iterator[str]:
        return iter(self.stems)

    def __len__(self) -> int:
        return len(self.stems)
