"""One query word resolved against the vocabulary: exact, prefix, stem and typo matches with their weights."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from calmdesk.core.search_index import BODY, LABEL, STRONG, Corpus, Postings

# Match qualities, multiplied by the field weight. Whole word > stem > prefix > typo, as agents expect.
EXACT = 1.0
STEM = 0.9
LAST_PREFIX = 0.8  # the word being typed: the agent is mid-word
EARLIER_PREFIX = 0.7  # an earlier word that is only the start of one ("refu policy")
FUZZY = (0.6, 0.45)  # one edit, two edits

# A word whose postings exceed this is not materialised: it is checked on the per-phrase texts instead, for
# the (fewer) candidates the other words leave, or by a lazy scan when every word is that common.
SMALL_POSTINGS = 3000
# Typo matches beyond this many phrases add noise and cost, not answers; the closest typos are kept first.
FUZZY_CAP = 3000
CACHE_SIZE = 64

# Plural and verb endings agents add or drop: "refunds" finds "refund", "apologies" finds "apology".
_STEMS = (("ies", "y"), ("ing", ""), ("es", ""), ("ed", ""), ("ly", ""), ("s", ""))


@dataclass(slots=True)
class WordMatch:
    """How one query word matches phrases; `scores` is None when the word is too common to materialise."""

    word: str
    exact_needle: str  # " word ": the word whole, in a spaced text
    prefix_needle: str | None  # " word": a word starting with it, when prefixes count
    prefix_quality: float
    extra: Postings  # stems and typos, always materialised (capped)
    scores: Postings | None  # every match, phrase index -> quality * field weight
    size: int  # postings behind the word (an estimate of its candidate count)

    @property
    def needle(self) -> str:
        return self.prefix_needle or self.exact_needle

    def score(self, corpus: Corpus, index: int) -> float:
        """Best quality * field weight of this word in phrase `index`; 0.0 when it does not match."""
        if self.scores is not None:
            return self.scores.get(index, 0.0)
        best = self.extra.get(index, 0.0)
        label = corpus.label_texts_by_code[corpus.category_codes[index]]
        for text, weight in (
            (corpus.strong_texts[index], STRONG),
            (label, LABEL),
            (corpus.all_texts[index], BODY),
        ):
            if self.exact_needle in text:
                if weight == STRONG:
                    return EXACT * STRONG  # nothing scores higher
                best = max(best, EXACT * weight)
            elif self.prefix_needle is not None and self.prefix_needle in text:
                best = max(best, self.prefix_quality * weight)
        return best


class WordMatcher:
    """Resolves query words against a corpus, caching them: each keystroke repeats all but the last word."""

    def __init__(self, corpus: Corpus) -> None:
        self._corpus = corpus
        self._cache: OrderedDict[tuple[str, bool], WordMatch] = OrderedDict()

    def clear_cache(self) -> None:
        self._cache.clear()

    def match(self, word: str, *, last: bool) -> WordMatch:
        key = (word, last)
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        found = self._resolve(word, last)
        self._cache[key] = found
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return found

    def _resolve(self, word: str, last: bool) -> WordMatch:
        corpus = self._corpus
        # A one- or two-letter earlier word is far more often a whole word ("i", "dm") than a fragment.
        prefix_quality = LAST_PREFIX if last else EARLIER_PREFIX if len(word) >= 3 else 0.0
        exact_id = corpus.term_id.get(word)
        if prefix_quality:
            lo, hi = corpus.prefix_range(word)
        elif exact_id is not None:
            lo, hi = exact_id, exact_id + 1
        else:
            lo = hi = 0
        extra = _gather(corpus, _stems(corpus, word, lo, hi) + _typos(corpus, word, last, lo, hi))
        size = corpus.range_size(lo, hi)
        scores: Postings | None = None
        if size + len(extra) <= SMALL_POSTINGS:
            scores = _materialise(corpus, lo, hi, exact_id, prefix_quality, extra)
        return WordMatch(
            word=word,
            exact_needle=f" {word} ",
            prefix_needle=f" {word}" if prefix_quality else None,
            prefix_quality=prefix_quality,
            extra=extra,
            scores=scores,
            size=size + len(extra),
        )


def _materialise(
    corpus: Corpus, lo: int, hi: int, exact_id: int | None, prefix_quality: float, extra: Postings
) -> Postings:
    if not extra and hi - lo == 1 and exact_id == lo:
        return corpus.postings[lo]  # shared and never mutated: EXACT is 1.0, so weights are the scores
    scores = dict(extra)
    for term_id in range(lo, hi):
        quality = EXACT if term_id == exact_id else prefix_quality
        for index, weight in corpus.postings[term_id].items():
            value = quality * weight
            if value > scores.get(index, 0.0):
                scores[index] = value
    return scores


def _stems(corpus: Corpus, word: str, lo: int, hi: int) -> list[tuple[float, int, int]]:
    found = []
    for suffix, replacement in _STEMS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            term_id = corpus.term_id.get(word[: -len(suffix)] + replacement)
            if term_id is not None and not lo <= term_id < hi:
                found.append((STEM, term_id, term_id + 1))
    return found


def _typos(corpus: Corpus, word: str, last: bool, lo: int, hi: int) -> list[tuple[float, int, int]]:
    """Vocabulary ranges within a few edits of `word` (or of its start, for the word being typed).

    The first letter must be right, as in Lucene's fuzzy prefix_length=1: typos there are rare, and it cuts
    the vocabulary rapidfuzz has to compare by about twenty times. Length decides the edits allowed, so
    three-letter words never turn into unrelated ones ("sor" -> "for").
    """
    if len(word) < 4:
        return []
    max_edits = 1 if len(word) <= 6 else 2
    if last:
        # Compare with term beginnings one letter shorter or longer too: a dropped or doubled letter.
        lengths = [n for n in (len(word) - 1, len(word), len(word) + 1) if n >= 4]
        choices = [p for n in lengths for p in corpus.prefixes_like(word[0], n)]
    else:
        lengths = list(range(len(word) - max_edits, len(word) + max_edits + 1))
        choices = [t for n in lengths for t in corpus.terms_like(word[0], n)]
    if not choices:
        return []
    from rapidfuzz import process  # imported on first typo check: it costs ~12 ms at start-up
    from rapidfuzz.distance import OSA

    ranges = []
    for choice, edits, _ in process.extract(
        word, choices, scorer=OSA.distance, score_cutoff=max_edits, limit=None
    ):
        if edits == 0:
            continue  # the word itself: already the exact or prefix range
        if last:
            start, end = corpus.prefix_range(choice)
        else:
            start, end = corpus.term_id[choice], corpus.term_id[choice] + 1
        if start >= lo and end <= hi:
            continue  # already matched as a prefix, which scores higher
        ranges.append((FUZZY[int(edits) - 1], start, end))
    return ranges


def _gather(corpus: Corpus, ranges: list[tuple[float, int, int]]) -> Postings:
    """Best quality * weight per phrase over the ranges, best ranges first, stopping near FUZZY_CAP."""
    found: Postings = {}
    for quality, start, end in sorted(ranges, key=lambda r: -r[0]):
        if len(found) >= FUZZY_CAP:
            break
        for term_id in range(start, end):
            for index, weight in corpus.postings[term_id].items():
                value = quality * weight
                if value > found.get(index, 0.0):
                    found[index] = value
    return found
