"""Which phrases get scored: every match when there are few, else the first phrases of each ranking tier."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import islice
from typing import Protocol

from calmdesk.core.search.corpus import Corpus
from calmdesk.core.search.wordmatch import EXACT, WordMatch

# Boosts are added to the mean match score (at most 1.0) and are deliberately small: they order phrases that
# match about as well, but never lift a typo in a body text over a title that says exactly what was typed.
FAVOURITE_BOOST = 0.2
# A phrase the agent marked as having calmed this kind of complaint (issue 9): a little below a favourite,
# since it speaks for one kind of complaint only, and enough to lift it past a phrase that matches equally.
WORKED_BOOST = 0.15
RECENT_BOOST = 0.15  # times recency, 1.0 = just used
STEP_BOOST = 0.1
# What the agent copied after these very words before: the strongest boost, since it is the best evidence of
# what this query means to this agent; it lifts the phrase to the top of its group (full or partial matches).
LEARNED_BOOST = 1.0

# Scoring one candidate costs about a microsecond; past this many the pool is sampled by tier instead.
SCORE_ALL = 1500
# Each tier sample holds this many times the requested results, so finer score differences within a tier
# still get a say.
SAMPLE_FACTOR = 2


class BoostsLike(Protocol):
    @property
    def favourites(self) -> frozenset[str]: ...
    @property
    def recent(self) -> Mapping[str, float]: ...
    @property
    def step_categories(self) -> frozenset[str]: ...
    @property
    def learned(self) -> Mapping[str, float]: ...
    @property
    def worked(self) -> Mapping[str, float]: ...


class Bonus:
    """The boosts of one search, resolved from phrase ids to phrase indices."""

    def __init__(self, corpus: Corpus, boosts: BoostsLike) -> None:
        index_of = corpus.first_index
        self.favourites = {index_of[i] for i in boosts.favourites if i in index_of}
        self.recency = {
            index_of[i]: min(max(float(r), 0.0), 1.0) for i, r in boosts.recent.items() if i in index_of
        }
        self.learned = {
            index_of[i]: min(max(float(r), 0.0), 1.0) for i, r in boosts.learned.items() if i in index_of
        }
        self.worked = {
            index_of[i]: min(max(float(w), 0.0), 1.0) for i, w in boosts.worked.items() if i in index_of
        }
        self.explicit = self.favourites | set(self.recency) | set(self.worked) | set(self.learned)
        self.step_categories = boosts.step_categories
        self.step_codes = {
            corpus.category_code[k] for k in boosts.step_categories if k in corpus.category_code
        }
        self.fixed = {
            i: FAVOURITE_BOOST * (i in self.favourites)
            + RECENT_BOOST * self.recency.get(i, 0.0)
            + LEARNED_BOOST * self.learned.get(i, 0.0)
            + WORKED_BOOST * self.worked.get(i, 0.0)
            for i in self.explicit
        }
        self._codes = corpus.category_codes

    def of(self, index: int) -> float:
        step = STEP_BOOST if self._codes[index] in self.step_codes else 0.0
        return self.fixed.get(index, 0.0) + step


Ranked = tuple[float, int]  # (score, phrase index): what a ranking returns, best first


@dataclass(frozen=True, slots=True)
class Query:
    """What one search adds to its words' scores: the boosts, the word pairs of a fragment, the page size."""

    bonus: Bonus
    pairs: tuple[str, ...]
    limit: int


class Pool:
    """Candidate phrases for one query; scoring them decides which match and in what order."""

    def __init__(
        self, corpus: Corpus, matches: list[WordMatch], bonus: Bonus, category: str | None, limit: int
    ) -> None:
        self._corpus = corpus
        self._matches = matches
        self._bonus = bonus
        self._category_code = None if category is None else corpus.category_code[category]
        self._limit = limit
        self._sample = SAMPLE_FACTOR * limit
        self._masks: list[bytes | None] = [None if category is None else corpus.mask(frozenset({category}))]
        step = bonus.step_categories if category is None else bonus.step_categories & {category}
        if step:
            self._masks.append(corpus.mask(frozenset(step)))

    def candidates(self) -> AbstractSet[int]:
        """Every phrase that can match when there are few; else a sample that holds the best of them.

        Scoring thousands of candidates would cost more than a keystroke allows, so past SCORE_ALL the pool
        takes the first phrases in library order of each tier (the words in title or tags; anywhere; both
        again within the active step's categories), the whole-word title matches of a one-word query, and
        every favourite and recent phrase. The best tier and the boosts always come first; what can slip
        is the finer order inside a tier: a phrase far down a large library that only scores a hair higher
        (a shorter completion, a word its body repeats) may miss the first page.
        """
        corpus = self._corpus
        every = _intersect([m.phrases(corpus) for m in self._matches])
        if every is not None and len(every) <= SCORE_ALL:
            return every
        pool = set(self._bonus.explicit)
        strong = _intersect([m.strong_phrases(corpus) for m in self._matches])
        for tier, texts in ((strong, corpus.strong_texts), (every, corpus.all_texts)):
            if tier is None:
                pool.update(self._scanned(texts))
            else:
                pool.update(self._first(tier))
        if len(self._matches) == 1:
            pool.update(self._exact_in_titles(self._matches[0]))
        return pool

    def _first(self, tier: AbstractSet[int]) -> list[int]:
        """The first `limit` phrases of `tier` in library order, and the first in the step's categories."""
        if len(tier) <= SCORE_ALL:
            return list(tier)
        codes = self._corpus.category_codes
        allowed: Iterable[int] = tier
        if self._category_code is not None:
            allowed = [i for i in tier if codes[i] == self._category_code]
        found = heapq.nsmallest(self._sample, allowed)
        step = self._bonus.step_codes
        if step:
            found += heapq.nsmallest(self._sample, (i for i in allowed if codes[i] in step))
        return found

    def _scanned(self, texts: list[str]) -> list[int]:
        needles = [m.scan_needle for m in self._matches]
        found: list[int] = []
        for mask in self._masks:
            found += islice(self._corpus.scan(texts, needles, mask), self._sample)
        return found

    def _exact_in_titles(self, match: WordMatch) -> Iterable[int]:
        # Whole-word title hits outrank the prefix hits that fill the first tiers: fetch them directly.
        exact = match.spans[0] if match.spans and match.spans[0].quality == EXACT else None
        if exact is None:
            return ()
        listed = self._corpus.strong_postings[exact.lo]  # in library order
        if self._category_code is not None:
            codes, code = self._corpus.category_codes, self._category_code
            return islice((i for i in listed if codes[i] == code), self._limit)
        return listed[: self._limit]


def _intersect(sets: list[AbstractSet[int] | None]) -> AbstractSet[int] | None:
    """Phrases in every known set, smallest first so each step only shrinks; None when none is known."""
    known = sorted((s for s in sets if s is not None), key=len)
    if not known:
        return None
    if len(known) == 1:
        return known[0]
    found = set(known[0])
    for other in known[1:]:
        found &= other
        if not found:
            break
    return found


# The fallback (partial matches) scores every phrase of a word up to this many postings; a commoner word,
# being worth little anyway (its weight falls with its frequency), only brings its first title/tag matches.
PARTIAL_ALL = 1500
PARTIAL_SAMPLE = 200
# Phrases a category-wide hint ("when" text) brings into the fallback, in library order.
HINT_SAMPLE = 60


def partial_candidates(
    corpus: Corpus, matches: list[WordMatch], category_code: int | None, exclude: AbstractSet[int]
) -> set[int]:
    """Phrases matching at least one of `matches` (sampled for common words), for the fallback to rank."""
    pool: set[int] = set()
    for match in matches:
        phrases = match.phrases(corpus) if match.size <= PARTIAL_ALL else None
        if phrases is not None:
            pool.update(phrases)
        else:
            strong = match.strong_phrases(corpus)
            if strong is None:
                strong_scan = corpus.scan(corpus.strong_texts, [match.scan_needle], None)
                pool.update(islice(strong_scan, PARTIAL_SAMPLE))
            else:
                pool.update(islice(strong, PARTIAL_SAMPLE))
        for code in match.hint_codes:
            members = corpus.members[code]
            pool.update(members[:HINT_SAMPLE])
    if category_code is not None:
        codes = corpus.category_codes
        return {i for i in pool if codes[i] == category_code and i not in exclude}
    return pool - exclude
