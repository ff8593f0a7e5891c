"""One query word resolved against the vocabulary: its spans (see `spans`) and what they score per phrase."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from calmdesk.core.search.corpus import BODY, CORROBORATED, LABEL, MAX_WEIGHT, TAGS, TITLE, Corpus, Postings
from calmdesk.core.search.query import Term
from calmdesk.core.search.spans import (
    ALIAS,
    COMPLETION_PENALTY,
    EARLIER_PREFIX,
    EXACT,
    GUESSED_ALIAS,
    HINTED_QUALITY,
    LAST_PREFIX,
    STEM,
    Span,
    best_per_range,
    stem_spans,
    typo_spans,
)

__all__ = ["COMPLETION_PENALTY", "EXACT", "WordMatch", "WordMatcher", "resolve"]

# Up to this many postings a word's scores are materialised (a Python loop per posting, about 1 ms for 8,000,
# once per word); beyond it the word is scored on the per-phrase texts, a few times dearer per candidate.
# Tuned with tests/benchmarks/bench_search.py.
SMALL_POSTINGS = 8000
# Up to this many postings a word's phrase set is built (a C-level union) to intersect with the others;
# beyond it the word is "dense" and only found by a lazy scan, which then stops early.
SET_POSTINGS = 30_000
CACHE_SIZE = 64
# A large library's words each hold an array over all its phrases (8 bytes a phrase): the cache then keeps as
# many as fit in this many phrase scores, and never fewer than a long query's words.
CACHE_SCORES = 4_000_000
MIN_CACHE_SIZE = 14
# A query word found in at least this many phrases is taken as typed: no typo lookup for it.
COMMON_POSTINGS = 3


@dataclass(slots=True)
class WordMatch:
    """How one query word matches phrases: its spans, best quality first, and what they cost."""

    word: str
    spans: list[Span]
    size: int  # postings behind the word: an upper bound on the phrases it matches
    strong_size: int  # the same, in titles and tags only
    scores: Postings | None  # phrase index -> quality * field weight, when size <= SMALL_POSTINGS
    scan_needle: str  # the needle of the biggest span: what a scan looks for when the word is dense
    # Otherwise the stem and typo spans are materialised on their own when small (they usually are), and
    # only the rest is tested on the phrase texts: each text test costs about as much as a whole dict lookup.
    extra_scores: Postings
    text_spans: list[Span]
    # Category codes whose "when" text holds the word (or what it stands for): a weak, category-wide match.
    hint_codes: frozenset[int] = frozenset()
    guessed: bool = False  # its alternates are a guess from a half-typed word (see query.Term)
    # Phrases holding a several-word alternate side by side ("e-mail", "message privé"): its quality * the
    # field weight, beside the spans (which are single terms). `strong_sequences`: those in title or tags.
    sequences: Postings = field(default_factory=dict)
    strong_sequences: frozenset[int] = frozenset()
    # Its score in every phrase as one array, when a large library is ranked by `vectors`.
    vector: Any = field(default=None, repr=False)
    _phrases: AbstractSet[int] | None = field(default=None, repr=False)
    _strong: AbstractSet[int] | None = field(default=None, repr=False)

    def phrases(self, corpus: Corpus) -> AbstractSet[int] | None:
        """Every phrase the word matches, or None when that set would cost more than a scan."""
        if self.scores is not None:
            return self.scores.keys()
        if self._phrases is None and self.size <= SET_POSTINGS:
            self._phrases = _union(corpus.postings, self.spans) | self.sequences.keys()
        return self._phrases

    def strong_phrases(self, corpus: Corpus) -> AbstractSet[int] | None:
        """The phrases matching the word in title or tags, or None when too many."""
        if self._strong is None and self.strong_size <= SET_POSTINGS:
            self._strong = _union(corpus.strong_postings, self.spans) | self.strong_sequences
        return self._strong

    def score(self, corpus: Corpus, index: int) -> float:
        """Best quality * field weight of this word in phrase `index`; 0.0 when it does not match."""
        if self.scores is not None:
            return self.scores.get(index, 0.0)
        best = max(self.extra_scores.get(index, 0.0), self.sequences.get(index, 0.0))
        everything = corpus.all_texts[index]
        for span in self.text_spans:
            if span.quality * MAX_WEIGHT <= best:
                break  # spans come best first: no later one can beat what is already found
            if span.needle not in everything:
                continue
            text, weight, rest = self._field(corpus, index, span.needle)
            quality, word = span.quality, span.needle
            if span.prefix:
                # The word the prefix completes to, here: prefix quality and corroboration are per word.
                start = text.find(span.needle)
                word = text[start : text.find(" ", start + 1) + 1]
                quality = _completed(quality, len(span.needle) - 1, len(word) - 2)
            if weight != BODY and everything.find(word, rest) >= 0:
                weight += CORROBORATED
            if quality * weight > best:
                best = quality * weight
        return best

    @staticmethod
    def _field(corpus: Corpus, index: int, needle: str) -> tuple[str, float, int]:
        """The best-weighted text of phrase `index` holding `needle`, its weight, and where in all_texts the
        fields after it begin (all_texts is known to hold the needle)."""
        title = corpus.title_texts[index]
        if needle in title:
            return title, TITLE, len(title) - 1
        strong = corpus.strong_texts[index]
        if needle in strong:
            return strong, TAGS, len(strong) - 1
        label = corpus.label_texts[corpus.category_codes[index]]
        if needle in label:
            return label, LABEL, len(strong) + len(label) - 2
        return corpus.all_texts[index], BODY, 0


class WordMatcher:
    """Resolves query words against a corpus, caching them: each keystroke repeats all but the last word."""

    def __init__(self, corpus: Corpus, *, vectorised: bool = False) -> None:
        self._corpus = corpus
        self._vectorised = vectorised
        self._cache_size = CACHE_SIZE
        if vectorised:
            self._cache_size = max(MIN_CACHE_SIZE, min(CACHE_SIZE, CACHE_SCORES // max(len(corpus), 1)))
        self._cache: OrderedDict[tuple[str, bool, bool, tuple[str, ...], bool], WordMatch] = OrderedDict()

    def clear_cache(self) -> None:
        self._cache.clear()

    def match(self, term: Term) -> WordMatch:
        key = (term.word, term.typing, term.literal, term.alternates, term.guessed)
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        found = resolve(self._corpus, term, materialise=not self._vectorised)
        self._cache[key] = found
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return found


def resolve(corpus: Corpus, term: Term, *, materialise: bool = True) -> WordMatch:
    """How `term` matches the corpus. `materialise`: build the per-phrase scores of a small word (the plain
    ranking reads them; the numpy one builds its own arrays)."""
    word, last = term.word, term.typing
    main: list[Span] = []
    extra: list[Span] = []
    if term.literal:
        # A one- or two-letter earlier word is far more often a whole word ("i", "dm") than a fragment.
        prefix_quality = LAST_PREFIX if last else EARLIER_PREFIX if len(word) >= 3 else 0.0
        lo, hi = corpus.prefix_range(word)
        exact = corpus.term_id.get(word)
        if exact is not None:
            main.append(Span(EXACT, f" {word} ", exact, exact + 1, prefix=False))
            lo = exact + 1  # the exact term sorts first among the terms it begins
        if prefix_quality and lo < hi:
            main.append(Span(prefix_quality, f" {word}", lo, hi, prefix=True))
        # A word the library holds often is taken as typed: its one-letter neighbours ("wait" -> "wail")
        # would only add noise (and the typo lookup's cost). A rare one may still be a slip for a commoner.
        common = exact is not None and corpus.range_size(exact, exact + 1) >= COMMON_POSTINGS
        typos = [] if common else typo_spans(corpus, word, last)
        extra = stem_spans(corpus, word, STEM, {exact}) + typos
    alias = GUESSED_ALIAS if term.guessed else ALIAS
    # A guess from a half-typed word only fills a gap: when the library has words starting so, they are it.
    guesses_needed = not (term.guessed and (main or extra))
    sequences: Postings = {}
    if not term.literal and " " in word:
        # A name of several words ("partial refund") still finds itself, side by side, as typed: its
        # alternates are any-of ("partial" or "refund"), and only the phrase saying both is exactly it.
        _add_sequence(corpus, word, EXACT, sequences)
    for alternate in term.alternates if guesses_needed else ():
        if " " in alternate:
            _add_sequence(corpus, alternate, alias, sequences)
            continue
        same = corpus.term_id.get(alternate)
        if same is not None:
            extra.append(Span(alias, f" {alternate} ", same, same + 1, prefix=False))
        extra += stem_spans(corpus, alternate, alias * STEM, {same})
    extra = best_per_range(main, extra)
    spans = sorted(main + extra, key=lambda s: -s.quality)
    # Hints come from the word, what it stands for, and its likeliest spelling fix ("waitng" -> "waiting").
    sources = {*((word,) if term.literal else ()), *term.alternates}
    sources.update(s.needle.strip() for s in extra if not s.prefix and s.quality >= HINTED_QUALITY)
    sources = {source for source in sources if " " not in source}  # a sequence's words say nothing alone
    hints: set[int] = set()
    for source in sources:
        for found in corpus.stems(source):
            hints |= corpus.hint_stems.get(found, set())
    strong_sequences = frozenset(i for i in sequences if _in_strong(corpus, i, sequence_needles(term)))
    size = _size(corpus, spans) + len(sequences)
    biggest = max(spans, key=lambda s: corpus.range_size(s.lo, s.hi), default=None)
    scores = extra_scores = None
    text_spans = spans
    if materialise and size <= SMALL_POSTINGS:
        scores = _with(_materialise(corpus, spans), sequences)
    elif materialise and _size(corpus, extra) <= SMALL_POSTINGS:
        extra_scores = _with(_materialise(corpus, extra), sequences)
        text_spans = main
    return WordMatch(
        word=word,
        spans=spans,
        size=size,
        strong_size=sum(corpus.strong_range_size(s.lo, s.hi) for s in spans) + len(strong_sequences),
        scores=scores,
        scan_needle=biggest.needle if biggest else f" {word} ",
        extra_scores=extra_scores or {},
        text_spans=text_spans,
        hint_codes=frozenset(hints),
        guessed=term.guessed,
        sequences=sequences,
        strong_sequences=strong_sequences,
    )


def sequence_needles(term: Term) -> list[str]:
    """The spaced texts of `term`'s words found side by side: its several-word alternates (" e mail ") and,
    for a name of several words, the name."""
    return [f" {a} " for a in (term.word, *term.alternates) if " " in a]


def _add_sequence(corpus: Corpus, alternate: str, quality: float, into: Postings) -> None:
    """Score into `into` the phrases holding the words of `alternate` side by side, each at its best field.
    A phrase holding only one of them is not what the name stands for: "e" of "e-mail" is Portuguese for
    "and", "end" of "week-end" ends a chat, "message" alone is any message."""
    ids = [corpus.term_id.get(part) for part in alternate.split()]
    if any(t is None for t in ids):
        return
    rarest = min((t for t in ids if t is not None), key=lambda t: corpus.range_size(t, t + 1))
    needle = f" {alternate} "
    for index in corpus.postings[rarest]:
        if needle in corpus.all_texts[index]:
            value = quality * WordMatch._field(corpus, index, needle)[1]
            if value > into.get(index, 0.0):
                into[index] = value


def _in_strong(corpus: Corpus, index: int, needles: list[str]) -> bool:
    return any(needle in corpus.strong_texts[index] for needle in needles)


def _with(scores: Postings, sequences: Postings) -> Postings:
    """`scores` with the sequences' better scores (a copy: `scores` may be the corpus's own postings)."""
    if not sequences:
        return scores
    merged = dict(scores)
    for index, value in sequences.items():
        if value > merged.get(index, 0.0):
            merged[index] = value
    return merged


def _completed(quality: float, typed: int, full: int) -> float:
    return quality - COMPLETION_PENALTY * (1 - typed / max(full, typed))


def _size(corpus: Corpus, spans: list[Span]) -> int:
    return sum(corpus.range_size(s.lo, s.hi) for s in spans)


def _materialise(corpus: Corpus, spans: list[Span]) -> Postings:
    if not spans:
        return {}
    if len(spans) == 1 and spans[0].quality == EXACT:
        return corpus.postings[spans[0].lo]  # shared, never mutated: EXACT is 1.0, so weights are scores
    scores: Postings = {}
    for span in spans:
        for term_id in range(span.lo, span.hi):
            quality = span.quality
            if span.prefix:
                quality = _completed(quality, len(span.needle) - 1, len(corpus.vocab[term_id]))
            for index, weight in corpus.postings[term_id].items():
                value = quality * weight
                if value > scores.get(index, 0.0):
                    scores[index] = value
    return scores


def _union(postings: Sequence[Postings] | Sequence[list[int]], spans: list[Span]) -> AbstractSet[int]:
    lists = [postings[t] for s in spans for t in range(s.lo, s.hi)]
    if len(lists) == 1 and isinstance(lists[0], dict):
        return lists[0].keys()  # one term: its postings already are the set, no copy needed
    return set().union(*lists)
