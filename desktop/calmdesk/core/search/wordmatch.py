"""One query word resolved against the vocabulary: exact, prefix, stem and typo matches with their weights."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from calmdesk.core.search.corpus import BODY, CORROBORATED, LABEL, MAX_WEIGHT, TAGS, TITLE, Corpus, Postings
from calmdesk.core.search.query import Term

# Match qualities, multiplied by the field weight. Whole word > stem > prefix > typo, as agents expect.
EXACT = 1.0
STEM = 0.9
LAST_PREFIX = 0.8  # the word being typed: the agent is mid-word
EARLIER_PREFIX = 0.7  # an earlier word that is only the start of one ("refu policy")
TYPO = (0.6, 0.45)  # one edit, two edits
TYPO_RANK_STEP = 0.01
# A word the typed one stands for ("sry" -> "sorry", "boss" -> "supervisor"): about as good as a stem, a
# little under the word itself, so a phrase holding exactly what was typed still comes first.
ALIAS = 0.85
# What a half-typed word may stand for: a guess, weaker than any prefix of the word itself.
GUESSED_ALIAS = 0.6
# Spans at least this good also bring their category hints: stems, aliases and the best one-edit typo.
HINTED_QUALITY = 0.55
# A prefix is worth a little less the more of the word is still missing: "sor" is likelier "sorry" than
# "sorrowful". Small enough never to cross into the next quality.
COMPLETION_PENALTY = 0.1

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
# Each kept typo costs a text test per candidate; past a couple of dozen they are noise anyway.
MAX_TYPOS = 24


class Span(NamedTuple):
    """Terms vocab[lo:hi] matching with one quality; `needle` finds the same words in a spaced text."""

    quality: float
    needle: str
    lo: int
    hi: int
    prefix: bool  # needle is " start": the words it finds may go on


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
    # Its score in every phrase as one array, when a large library is ranked by `vectors`.
    vector: Any = field(default=None, repr=False)
    _phrases: AbstractSet[int] | None = field(default=None, repr=False)
    _strong: AbstractSet[int] | None = field(default=None, repr=False)

    def phrases(self, corpus: Corpus) -> AbstractSet[int] | None:
        """Every phrase the word matches, or None when that set would cost more than a scan."""
        if self.scores is not None:
            return self.scores.keys()
        if self._phrases is None and self.size <= SET_POSTINGS:
            self._phrases = _union(corpus.postings, self.spans)
        return self._phrases

    def strong_phrases(self, corpus: Corpus) -> AbstractSet[int] | None:
        """The phrases matching the word in title or tags, or None when too many."""
        if self._strong is None and self.strong_size <= SET_POSTINGS:
            self._strong = _union(corpus.strong_postings, self.spans)
        return self._strong

    def score(self, corpus: Corpus, index: int) -> float:
        """Best quality * field weight of this word in phrase `index`; 0.0 when it does not match."""
        if self.scores is not None:
            return self.scores.get(index, 0.0)
        best = self.extra_scores.get(index, 0.0)
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
        typos = [] if common else _typos(corpus, word, last)
        extra = _stems(corpus, word, STEM, {exact}) + typos
    alias = GUESSED_ALIAS if term.guessed else ALIAS
    # A guess from a half-typed word only fills a gap: when the library has words starting so, they are it.
    guesses_needed = not (term.guessed and (main or extra))
    for alternate in term.alternates if guesses_needed else ():
        same = corpus.term_id.get(alternate)
        if same is not None:
            extra.append(Span(alias, f" {alternate} ", same, same + 1, prefix=False))
        extra += _stems(corpus, alternate, alias * STEM, {same})
    extra = _best_per_range(main, extra)
    spans = sorted(main + extra, key=lambda s: -s.quality)
    # Hints come from the word, what it stands for, and its likeliest spelling fix ("waitng" -> "waiting").
    sources = {*((word,) if term.literal else ()), *term.alternates}
    sources.update(s.needle.strip() for s in extra if not s.prefix and s.quality >= HINTED_QUALITY)
    hints: set[int] = set()
    for source in sources:
        for found in corpus.stems(source):
            hints |= corpus.hint_stems.get(found, set())
    size = _size(corpus, spans)
    biggest = max(spans, key=lambda s: corpus.range_size(s.lo, s.hi), default=None)
    scores = extra_scores = None
    text_spans = spans
    if materialise and size <= SMALL_POSTINGS:
        scores = _materialise(corpus, spans)
    elif materialise and _size(corpus, extra) <= SMALL_POSTINGS:
        extra_scores = _materialise(corpus, extra)
        text_spans = main
    return WordMatch(
        word=word,
        spans=spans,
        size=size,
        strong_size=sum(corpus.strong_range_size(s.lo, s.hi) for s in spans),
        scores=scores,
        scan_needle=biggest.needle if biggest else f" {word} ",
        extra_scores=extra_scores or {},
        text_spans=text_spans,
        hint_codes=frozenset(hints),
        guessed=term.guessed,
    )


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


def _stems(corpus: Corpus, word: str, quality: float, skip: set[int | None]) -> list[Span]:
    """Other forms of `word` in the vocabulary: "refunds" finds "refund", "apologies" "apologise"."""
    found = corpus.stems(word)
    term_ids = corpus.stem_terms.get(found[0], ())
    if len(found) > 1:  # a word's stems in two languages may share terms: each term once
        term_ids = list(dict.fromkeys(t for s in found for t in corpus.stem_terms.get(s, ())))
    return [Span(quality, f" {corpus.vocab[t]} ", t, t + 1, prefix=False) for t in term_ids if t not in skip]


def _best_per_range(main: list[Span], extra: list[Span]) -> list[Span]:
    """`extra` without the spans that repeat a vocabulary range already covered as well or better."""
    best: dict[tuple[int, int], Span] = {}
    for span in main:
        best[span.lo, span.hi] = span
    kept: dict[tuple[int, int], Span] = {}
    for span in extra:
        key = (span.lo, span.hi)
        known = best.get(key) or kept.get(key)
        if known is None or known.quality < span.quality:
            kept[key] = span
    return [span for key, span in kept.items() if key not in best]


def typo_edits(word: str) -> int:
    """How many edits a typo of `word` may be: none below four letters, one up to six, two past them."""
    return 0 if len(word) < 4 else 1 if len(word) <= 6 else 2


def _typos(corpus: Corpus, word: str, last: bool) -> list[Span]:
    """Terms within a few edits of `word` (or of its start, for the word being typed).

    The first letter must be right, as in Lucene's fuzzy prefix_length=1: typos there are rare, and it cuts
    the vocabulary rapidfuzz has to compare by about twenty times. Length decides the edits allowed, so
    three-letter words never turn into unrelated ones ("sor" -> "for").
    """
    max_edits = typo_edits(word)
    if not max_edits:
        return []
    if last:
        # Term beginnings one letter shorter or longer too: a doubled or a dropped letter.
        lengths = [n for n in (len(word) - 1, len(word), len(word) + 1) if n >= 4]
        choices = [p for n in lengths for p in corpus.prefixes_like(word[0], n)]
    else:
        lengths = list(range(len(word) - max_edits, len(word) + max_edits + 1))
        choices = [t for n in lengths for t in corpus.terms_like(word[0], n)]
    if not choices:
        return []
    from rapidfuzz import process  # imported on the first typo check: it costs ~12 ms at start-up
    from rapidfuzz.distance import OSA

    matched = process.extract(word, choices, scorer=OSA.distance, score_cutoff=max_edits, limit=None)
    # Fewest edits first, then the commonest words: a typo far more often aims at a frequent word.
    ranked = sorted(
        ((int(edits), choice) for choice, edits, _ in matched if edits),
        key=lambda m: (m[0], -corpus.range_size(*corpus.prefix_range(m[1]))),
    )
    found: list[Span] = []
    kept: list[str] = []
    for edits, choice in ranked:
        if last and (choice.startswith(word) or any(choice.startswith(k) for k in kept)):
            continue  # inside the prefix span, or a span already kept with as few edits
        # Each rank down costs a hair, so "soory" lists "sorry" (common) before "story" (rare).
        quality = TYPO[edits - 1] - TYPO_RANK_STEP * min(len(kept), 10)
        kept.append(choice)
        if last:
            lo, hi = corpus.prefix_range(choice)
            found.append(Span(quality, f" {choice}", lo, hi, prefix=True))
        else:
            term_id = corpus.term_id[choice]
            found.append(Span(quality, f" {choice} ", term_id, term_id + 1, prefix=False))
        if len(found) == MAX_TYPOS:
            break
    return found
