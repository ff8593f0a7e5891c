"""Ranking a small library with a plain loop per phrase: quick for a few hundred, and no numpy to import."""

from __future__ import annotations

import heapq
from collections.abc import Collection, Iterable, Iterator

from calmdesk.core.search.corpus import Corpus
from calmdesk.core.search.pool import Pool, Query, Ranked, partial_candidates
from calmdesk.core.search.weights import (
    FALLBACK_PENALTY,
    HINT_LIFT,
    HINT_MATCH,
    ON_REQUEST_PENALTY,
    OPTIONAL_WEIGHT,
    SEQUENCE_LIFT,
)
from calmdesk.core.search.wordmatch import WordMatch


class Plain:
    """Scores candidates one by one; `vectors.Vectors` ranks large libraries alike, with arrays."""

    def __init__(self, corpus: Corpus, on_request: frozenset[int], fallbacks: frozenset[int]) -> None:
        self._corpus = corpus
        self._on_request = on_request
        self._fallbacks = fallbacks  # English fallbacks in a library shown in another language

    def full(
        self, required: list[WordMatch], optional: list[WordMatch], query: Query, category: str | None
    ) -> list[Ranked]:
        """(score, phrase) of the best phrases matching every required word, best first."""
        pool = Pool(self._corpus, required, query.bonus, category, query.limit)
        code = None if category is None else self._corpus.category_code[category]
        scored = self._scored(pool.candidates(), required, optional, query, code)
        return [(-negative, i) for negative, i in heapq.nsmallest(query.limit, scored)]

    def _scored(
        self,
        candidates: Iterable[int],
        required: list[WordMatch],
        optional: list[WordMatch],
        query: Query,
        category_code: int | None,
    ) -> Iterator[tuple[float, int]]:
        """(-score, index) for every candidate matching every required word, so nsmallest ranks best first.

        The score is a weighted mean over all words, so an optional word present lifts a phrase a little.
        """
        corpus = self._corpus
        codes = corpus.category_codes
        count = len(required) + OPTIONAL_WEIGHT * len(optional)
        for index in candidates:
            code = codes[index]
            if category_code is not None and code != category_code:
                continue
            total = 0.0
            asked = False
            for match in required:
                value = match.score(corpus, index)
                if not value:
                    break
                hinted = code in match.hint_codes
                total += value + (HINT_LIFT if hinted else 0.0)
                asked = asked or (hinted and not match.guessed)
            else:
                for match in optional:
                    total += OPTIONAL_WEIGHT * match.score(corpus, index)
                yield -self._finish(index, total / count, asked, query), index

    def partial(
        self,
        meaningful: list[WordMatch],
        weights: list[float],
        optional: list[WordMatch],
        query: Query,
        category: str | None,
        exclude: Collection[int],
    ) -> list[Ranked]:
        """(score, phrase) of the best phrases matching some of the required words: each word weighs by its
        rarity, times how well it matched; optional words and boosts only order near-ties."""
        corpus = self._corpus
        whole = sum(weights) + OPTIONAL_WEIGHT * len(optional)
        # Optional words only order near-ties here: the dense ones ("a", "the" in a big library) would cost a
        # text scan per candidate for a lift of a few hundredths.
        optional = [m for m in optional if m.scores is not None]
        category_code = None if category is None else corpus.category_code[category]
        candidates = partial_candidates(corpus, meaningful, category_code, set(exclude))
        codes = corpus.category_codes

        def ranked() -> Iterator[tuple[float, int]]:
            for index in candidates:
                code = codes[index]
                got = 0.0
                asked = False
                for match, weight in zip(meaningful, weights, strict=True):
                    value = match.score(corpus, index)
                    hinted = code in match.hint_codes
                    asked = asked or (hinted and not match.guessed)
                    if not value and hinted:
                        value = HINT_MATCH
                    got += weight * value
                if not got:
                    continue
                for match in optional:
                    got += OPTIONAL_WEIGHT * match.score(corpus, index)
                yield -self._finish(index, got / whole, asked, query), index

        return [(-negative, i) for negative, i in heapq.nsmallest(query.limit, ranked())]

    def _finish(self, index: int, mean: float, asked: bool, query: Query) -> float:
        """The phrase's mean with its boosts, its sequence lift and its penalties."""
        score = mean + query.bonus.of(index) + self._sequence_lift(index, query.pairs)
        if self._corpus.category_codes[index] in self._on_request and not asked:
            score -= ON_REQUEST_PENALTY
        if self._fallbacks and index in self._fallbacks:
            score -= FALLBACK_PENALTY
        return score

    def _sequence_lift(self, index: int, pairs: tuple[str, ...]) -> float:
        """A little for each pair of query words the phrase holds side by side: a fragment of the reply
        ("you will hear from us") is recognised by its run of small words, which otherwise only lift."""
        if not pairs:
            return 0.0
        text = self._corpus.all_texts[index]
        return SEQUENCE_LIFT * sum(pair in text for pair in pairs) / len(pairs)
