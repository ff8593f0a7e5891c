"""Ranking a large library with numpy: each query word one array over all phrases, not a loop per phrase."""

from __future__ import annotations

from collections.abc import Collection
from itertools import chain, repeat
from operator import contains
from typing import TYPE_CHECKING, Any

from calmdesk.core.search.corpus import Corpus
from calmdesk.core.search.pool import STEP_BOOST, Bonus, Query, Ranked
from calmdesk.core.search.saved_postings import SavedPostings
from calmdesk.core.search.weights import (
    FALLBACK_PENALTY,
    HINT_LIFT,
    HINT_MATCH,
    ON_REQUEST_PENALTY,
    OPTIONAL_WEIGHT,
    SEQUENCE_LIFT,
)
from calmdesk.core.search.wordmatch import COMPLETION_PENALTY, WordMatch

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    Floats = NDArray[np.float64]
    Flags = NDArray[np.bool_]
    Indexes = NDArray[np.intp]


# From this many phrases on, a library is ranked here. Below it the plain loop (`plain`) scores every match
# within a keystroke, and the app and the CLI skip numpy's import (about 0.1 s) for the libraries most
# agents have: the built-in packs and a few hundred phrases of their own.
VECTOR_MIN_PHRASES = 1500
# Phrases whose sequence lift is tested first, best possible score first; each later chunk is twice as big
# (see `_lifts`).
LIFT_CHUNK = 256
# Float round-off allowance when deciding which phrases the lift could still carry onto the page.
_EPSILON = 1e-9


class Vectors:
    """The corpus's postings as flat arrays (CSR over the sorted vocabulary), built once per library.

    `ids[starts[t]:starts[t + 1]]` are the phrases holding term t and `weights[...]` its field weights there,
    so a prefix, being a range of sorted terms, is one slice.
    """

    def __init__(self, corpus: Corpus, on_request: frozenset[int], fallbacks: frozenset[int]) -> None:
        import numpy as np  # only large libraries pay for it (see VECTOR_MIN_PHRASES)

        self.np: Any = np
        postings = corpus.postings
        self.size = len(corpus)
        # Per posting only a phrase index (4 bytes) and a weight's code (1 byte into the handful of weights
        # there are); a slice's weights and term lengths are looked up when a query reaches it. Read back
        # from the index cache, the arrays are the file's as they are.
        if isinstance(postings, SavedPostings):
            self.starts = np.frombuffer(postings.starts, dtype=np.uint32).astype(np.int64)
            self.ids = np.frombuffer(postings.ids, dtype=np.uint32)
            self.weight_codes = np.frombuffer(postings.codes, dtype=np.uint8)
            self.weight_table = np.array(postings.table, dtype=np.float64)
        else:
            counts = np.fromiter(map(len, postings), dtype=np.int64, count=len(postings))
            total = int(counts.sum())
            self.starts = np.zeros(len(postings) + 1, dtype=np.int64)
            np.cumsum(counts, out=self.starts[1:])
            self.ids = np.fromiter(chain.from_iterable(postings), dtype=np.uint32, count=total)
            weights = np.fromiter(
                chain.from_iterable(p.values() for p in postings), dtype=np.float64, count=total
            )
            self.weight_table, codes = np.unique(weights, return_inverse=True)
            self.weight_codes = codes.astype(np.uint8 if len(self.weight_table) <= 256 else np.uint32)
        self.counts = np.diff(self.starts)  # per term
        # Term lengths as 4-byte integers: the same scores (numpy divides integers as float64).
        self.lengths = np.fromiter(map(len, corpus.vocab), dtype=np.uint32, count=len(corpus.vocab))
        self.codes = np.frombuffer(corpus.category_codes, dtype=np.uint8)
        self.texts = corpus.all_texts
        self.term_id = corpus.term_id
        self.category_code = corpus.category_code
        self.on_request = on_request
        # English fallbacks in a library shown in another language, None when there are none.
        self.fallbacks: Flags | None = None
        if fallbacks:
            self.fallbacks = np.zeros(self.size, dtype=bool)
            self.fallbacks[list(fallbacks)] = True

    def of(self, match: WordMatch) -> Floats:
        """The word's score in every phrase (0.0 where it does not match): the best span for each, with
        the same arithmetic as the loop in `wordmatch`, so both ways rank alike."""
        if match.vector is not None:
            return match.vector  # type: ignore[no-any-return]
        np = self.np
        scores = np.zeros(self.size)
        for span in match.spans:
            start, end = self.starts[span.lo], self.starts[span.hi]
            if start == end:
                continue
            weights = self.weight_table[self.weight_codes[start:end]]
            if span.prefix:
                typed = len(span.needle) - 1
                lengths = np.repeat(self.lengths[span.lo : span.hi], self.counts[span.lo : span.hi])
                full = np.maximum(lengths, typed)
                values = (span.quality - COMPLETION_PENALTY * (1 - typed / full)) * weights
            else:
                values = span.quality * weights
            np.maximum.at(scores, self.ids[start:end], values)
        if match.sequences:  # several-word alternates: already scored per phrase (see `wordmatch`)
            np.maximum.at(scores, list(match.sequences), list(match.sequences.values()))
        match.vector = scores
        return scores  # type: ignore[no-any-return]

    def in_codes(self, codes: Collection[int], positions: Indexes | None = None) -> Flags:
        """Whether each phrase (or each of `positions`) belongs to one of the category `codes`."""
        table = self.np.zeros(256, dtype=bool)
        table[list(codes)] = True
        return table[self.codes if positions is None else self.codes[positions]]  # type: ignore[no-any-return]

    def full(
        self, required: list[WordMatch], optional: list[WordMatch], query: Query, category: str | None
    ) -> list[Ranked]:
        """(score, phrase) of the best phrases matching every required word: `Plain.full`, as arrays."""
        np = self.np
        category_code = None if category is None else self.category_code[category]
        if not required:
            return []
        vectors = [self.of(m) for m in required]
        matching = vectors[0] > 0
        for vector in vectors[1:]:
            matching &= vector > 0
        if category_code is not None:
            matching &= self.codes == category_code
        positions = np.flatnonzero(matching)
        if not positions.size:
            return []
        total = np.zeros(positions.size)
        asked = np.zeros(positions.size, dtype=bool)
        for match, vector in zip(required, vectors, strict=True):
            hinted = self.in_codes(match.hint_codes, positions)
            total = total + (vector[positions] + np.where(hinted, HINT_LIFT, 0.0))
            if not match.guessed:
                asked |= hinted
        for match in optional:
            total = total + OPTIONAL_WEIGHT * self.of(match)[positions]
        count = len(required) + OPTIONAL_WEIGHT * len(optional)
        return self._finish(positions, total / count, asked, query)

    def partial(
        self,
        meaningful: list[WordMatch],
        weights: list[float],
        optional: list[WordMatch],
        query: Query,
        category: str | None,
        exclude: Collection[int],
    ) -> list[Ranked]:
        """(score, phrase) of the best phrases matching some of the words: `Plain.partial`, as arrays.

        Unlike the plain loop, which samples the phrases of common words, it ranks every phrase."""
        np = self.np
        category_code = None if category is None else self.category_code[category]
        got = np.zeros(self.size)
        asked = np.zeros(self.size, dtype=bool)
        for match, weight in zip(meaningful, weights, strict=True):
            vector = self.of(match)
            hinted = self.in_codes(match.hint_codes)
            if not match.guessed:
                asked |= hinted
            got = got + weight * np.where((vector == 0) & hinted, HINT_MATCH, vector)
        found = got != 0
        if category_code is not None:
            found &= self.codes == category_code
        if exclude:
            found[list(exclude)] = False
        positions = np.flatnonzero(found)
        if not positions.size:
            return []
        got = got[positions]
        for match in optional:
            got = got + OPTIONAL_WEIGHT * self.of(match)[positions]
        whole = sum(weights) + OPTIONAL_WEIGHT * len(optional)
        return self._finish(positions, got / whole, asked[positions], query)

    def _finish(self, positions: Indexes, mean: Floats, asked: Flags, query: Query) -> list[Ranked]:
        """Boosts, the sequence lift and the penalties added to each phrase's mean, in the order the plain
        loop adds them, so that both ways give equal scores to the last bit."""
        boosted = mean + self._bonus(query.bonus, positions)
        penalised = self.in_codes(self.on_request, positions) & ~asked
        fallback = self.fallbacks[positions] if self.fallbacks is not None else None
        scores = self._penalised(boosted, penalised, fallback)
        if query.pairs:
            lifted = boosted + self._lifts(positions, scores, query)
            scores = self._penalised(lifted, penalised, fallback)
        return self._best(positions, scores, query.limit)

    @staticmethod
    def _penalised(scores: Floats, penalised: Flags, fallback: Flags | None) -> Floats:
        scores = scores.copy()
        scores[penalised] -= ON_REQUEST_PENALTY
        if fallback is not None:
            scores[fallback] -= FALLBACK_PENALTY
        return scores

    def _lifts(self, positions: Indexes, scores: Floats, query: Query) -> Floats:
        """`Plain`'s sequence lift of each phrase: its share of the query's word pairs held side by side.

        A text test per phrase and pair is the one step numpy cannot do, so it runs only where it can matter:
        on phrases holding both words of a pair (from the postings), best possible score first, in chunks,
        until no phrase left could reach the page (`scores`, without the lift, are lower bounds). Every
        phrase not tested either holds no pair or cannot reach the page; its lift is left at 0.0."""
        np = self.np
        pairs = query.pairs
        share = SEQUENCE_LIFT / len(pairs)  # for the bounds only: the lift is computed as the loop does it
        words = [pair.split() for pair in pairs]
        holding = [self._holding(a, positions) & self._holding(b, positions) for a, b in words]
        possible = np.sum(holding, axis=0)
        held = np.zeros(positions.size)
        upper = scores + share * possible
        some = np.flatnonzero(possible)
        order = some[np.argsort(-upper[some], kind="stable")]
        last = positions.size - query.limit  # where the page's last score sits in ascending order
        start, size = 0, LIFT_CHUNK
        while start < order.size:
            chunk = order[start : start + size]
            if last > 0 and upper[chunk[0]] + _EPSILON < np.partition(scores + share * held, last)[last]:
                break
            start, size = start + size, 2 * size  # chunks double: few bound checks, however long the walk
            for pair, holds in zip(pairs, holding, strict=True):
                tested = chunk[holds[chunk]]
                if tested.size:
                    texts = [self.texts[i] for i in positions[tested].tolist()]
                    found = np.fromiter(map(contains, texts, repeat(pair)), dtype=bool, count=len(texts))
                    held[tested[found]] += 1
        return SEQUENCE_LIFT * held / len(pairs)  # type: ignore[no-any-return]

    def _holding(self, word: str, positions: Indexes) -> Flags:
        """Whether each of `positions` holds `word` itself (no stem, no prefix)."""
        term = self.term_id.get(word)
        flags = self.np.zeros(self.size, dtype=bool)
        if term is not None:
            flags[self.ids[self.starts[term] : self.starts[term + 1]]] = True
        return flags[positions]  # type: ignore[no-any-return]

    def _bonus(self, bonus: Bonus, positions: Indexes) -> Floats:
        """`Bonus.of` for each of `positions` (sorted): the fixed boosts plus the step's."""
        np = self.np
        extra = np.zeros(positions.size)
        fixed = bonus.fixed
        if fixed:
            boosted = np.fromiter(fixed, dtype=np.intp, count=len(fixed))
            values = np.fromiter(fixed.values(), dtype=np.float64, count=len(fixed))
            where = np.minimum(np.searchsorted(positions, boosted), positions.size - 1)
            inside = positions[where] == boosted
            extra[where[inside]] = values[inside]
        if bonus.step_codes:
            extra = extra + np.where(self.in_codes(bonus.step_codes, positions), STEP_BOOST, 0.0)
        return extra  # type: ignore[no-any-return]

    def _best(self, positions: Indexes, scores: Floats, limit: int) -> list[Ranked]:
        """(score, phrase) of the `limit` best, best first, ties in library order (`positions` is sorted)."""
        np = self.np
        if positions.size > limit:
            kth = np.partition(scores, positions.size - limit)[positions.size - limit]
            keep = scores >= kth
            positions, scores = positions[keep], scores[keep]
        order = np.lexsort((positions, -scores))[:limit]
        return [(float(scores[o]), int(positions[o])) for o in order]
