"""Phrase search for the picker: every query word must match, typos forgiven, ranked in a few milliseconds."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import compress, islice

from calmdesk.core.model import Phrase
from calmdesk.core.search_index import Corpus
from calmdesk.core.search_words import WordMatch, WordMatcher
from calmdesk.core.text import words

# Longer input is cut, never refused: a paste of a whole e-mail into the popup must not freeze it.
MAX_QUERY_CHARS = 200
# Words past this are ignored (the last, being typed, is always kept): each word costs a pass over candidates.
MAX_QUERY_WORDS = 12

# Boosts are added to the mean match score (at most 1.0) and are deliberately small: they order phrases that
# match about as well, but never lift a typo in a body text over a title that says exactly what was typed.
FAVOURITE_BOOST = 0.2
RECENT_BOOST = 0.15  # times recency, 1.0 = just used
STEP_BOOST = 0.1


@dataclass(frozen=True, slots=True)
class Boosts:
    """What the user did: favourites, recency (id -> 0..1, 1 = just used), the active step's categories.

    Empty by default, so `Boosts()` ranks on the query alone.
    """

    favourites: frozenset[str] = frozenset()
    recent: Mapping[str, float] = field(default_factory=dict)
    step_categories: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Hit:
    phrase: Phrase
    score: float


class SearchIndex:
    """An immutable library index; `search` is called on every keystroke.

    Not thread-safe: it keeps a small cache of resolved query words. Build one per library (and per thread).
    """

    def __init__(self, phrases: Iterable[Phrase], category_labels: Mapping[str, str] | None = None) -> None:
        self._corpus = Corpus(tuple(phrases), category_labels)
        self._matcher = WordMatcher(self._corpus)

    def __len__(self) -> int:
        return len(self._corpus)

    def clear_cache(self) -> None:
        """Forget resolved query words (the benchmark uses it to time cold keystrokes)."""
        self._matcher.clear_cache()

    def search(
        self, query: str, *, category: str | None = None, limit: int = 50, boosts: Boosts | None = None
    ) -> list[Hit]:
        """The best `limit` phrases for `query`, best first; ties keep library order."""
        corpus = self._corpus
        if limit <= 0 or (category is not None and category not in corpus.category_code):
            return []
        bonus = _Bonus(corpus, boosts or Boosts())
        category_code = None if category is None else corpus.category_code[category]
        matches = self._matches(query[:MAX_QUERY_CHARS])
        if not matches:
            return self._browse(bonus, category, limit)
        if any(not m.size for m in matches):
            return []  # a word that matches nothing at all
        small = sorted((m for m in matches if m.scores is not None), key=lambda m: m.size)
        # A rare word picks candidates from postings; only when every word is common is the library scanned.
        candidates = _intersect(small) if small else self._sample(matches, bonus, category, limit)
        ranked = heapq.nsmallest(limit, self._scored(candidates, matches, bonus, category_code))
        return [Hit(corpus.phrases[index], -negative) for negative, index in ranked]

    def _matches(self, query: str) -> list[WordMatch]:
        found = words(query)
        if not found:
            return []
        last = found[-1]
        earlier = [w for w in dict.fromkeys(found[:-1]) if w != last][: MAX_QUERY_WORDS - 1]
        # A query ending in a space has its last word finished: it is no longer a prefix.
        typing = not query[-1].isspace()
        matches = [self._matcher.match(w, last=False) for w in earlier]
        matches.append(self._matcher.match(last, last=typing))
        return matches

    def _scored(
        self,
        candidates: Iterable[int],
        matches: list[WordMatch],
        bonus: _Bonus,
        category_code: int | None,
    ) -> Iterator[tuple[float, int]]:
        """(-score, index) for every candidate that matches every word, so nsmallest ranks best first."""
        corpus = self._corpus
        codes = corpus.category_codes
        count = len(matches)
        for index in candidates:
            if category_code is not None and codes[index] != category_code:
                continue
            total = 0.0
            for match in matches:
                value = match.score(corpus, index)
                if not value:
                    break
                total += value
            else:
                yield -(total / count + bonus.of(index)), index

    def _sample(self, matches: list[WordMatch], bonus: _Bonus, category: str | None, limit: int) -> set[int]:
        """Candidates when every word is common: the first matches of each ranking tier, in library order.

        Scoring every phrase that matches "s" in a large library would take far too long, and only the top
        `limit` are shown. Phrase scores are tiered (whole word > prefix, title and tags > body, the active
        step's categories a notch up), so the first `limit` phrases of each tier, plus every favourite and
        recent phrase, hold the exact top `limit` for a one-word query; for several common words the order
        within the lower tiers can differ slightly from a full scoring.
        """
        corpus = self._corpus
        masks: list[bytes | None] = [None if category is None else corpus.mask(frozenset({category}))]
        step = bonus.step_categories if category is None else bonus.step_categories & {category}
        if step:
            masks.append(corpus.mask(step))
        needle_sets = [[m.needle for m in matches]]
        if all(m.exact_needle.strip() in corpus.term_id for m in matches):
            needle_sets.insert(0, [m.exact_needle for m in matches])
        found = set(bonus.explicit)
        for texts in (corpus.strong_texts, corpus.all_texts):
            for needles in needle_sets:
                for mask in masks:
                    found.update(islice(corpus.scan(texts, needles, mask), limit))
        # Stem and typo matches are not found by the scan; the word with the fewest brings its best ones.
        fewest = min(matches, key=lambda m: len(m.extra))
        found.update(islice(fewest.extra, 4 * limit))
        return found

    def _browse(self, bonus: _Bonus, category: str | None, limit: int) -> list[Hit]:
        """The empty query: favourites, then recent phrases (most recent first), then library order."""
        corpus = self._corpus
        codes = corpus.category_codes
        category_code = None if category is None else corpus.category_code[category]
        order = sorted(bonus.favourites) + sorted(bonus.recency, key=lambda i: (-bonus.recency[i], i))
        chosen = list(dict.fromkeys(i for i in order if category_code is None or codes[i] == category_code))
        chosen = chosen[:limit]
        if len(chosen) < limit:
            rest: Iterator[int] = iter(range(len(corpus)))
            if category is not None:
                rest = compress(range(len(corpus)), corpus.mask(frozenset({category})))
            seen = set(chosen)
            chosen += islice((i for i in rest if i not in seen), limit - len(chosen))
        return [Hit(corpus.phrases[i], bonus.of(i)) for i in chosen]


class _Bonus:
    """The boosts of one search, resolved from phrase ids to phrase indices."""

    def __init__(self, corpus: Corpus, boosts: Boosts) -> None:
        index_of = corpus.first_index
        self.favourites = {index_of[i] for i in boosts.favourites if i in index_of}
        self.recency = {
            index_of[i]: min(max(float(r), 0.0), 1.0) for i, r in boosts.recent.items() if i in index_of
        }
        self.explicit = self.favourites | set(self.recency)
        self.step_categories = boosts.step_categories
        self._fixed = {
            i: FAVOURITE_BOOST * (i in self.favourites) + RECENT_BOOST * self.recency.get(i, 0.0)
            for i in self.explicit
        }
        self._step_codes = {
            corpus.category_code[k] for k in boosts.step_categories if k in corpus.category_code
        }
        self._codes = corpus.category_codes

    def of(self, index: int) -> float:
        step = STEP_BOOST if self._codes[index] in self._step_codes else 0.0
        return self._fixed.get(index, 0.0) + step


def _intersect(small: list[WordMatch]) -> Iterable[int]:
    """Phrase indices in every materialised word's postings, smallest first so each step only shrinks."""
    first = small[0].scores
    assert first is not None
    if len(small) == 1:
        return first.keys()
    found: set[int] = set(first.keys())
    for match in small[1:]:
        assert match.scores is not None
        found &= match.scores.keys()
        if not found:
            break
    return found
