"""Where one query word may match in the vocabulary: spans of terms with a quality each (the word itself, its
start, its other forms, its typos, the words it stands for). `wordmatch` turns them into scores per phrase."""

from __future__ import annotations

from typing import NamedTuple

from calmdesk.core.search.corpus import Corpus

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

# Each kept typo costs a text test per candidate; past a couple of dozen they are noise anyway.
MAX_TYPOS = 24


class Span(NamedTuple):
    """Terms vocab[lo:hi] matching with one quality; `needle` finds the same words in a spaced text."""

    quality: float
    needle: str
    lo: int
    hi: int
    prefix: bool  # needle is " start": the words it finds may go on


def stem_spans(corpus: Corpus, word: str, quality: float, skip: set[int | None]) -> list[Span]:
    """Other forms of `word` in the vocabulary: "refunds" finds "refund", "apologies" "apologise"."""
    found = corpus.stems(word)
    term_ids = corpus.stem_terms.get(found[0], ())
    if len(found) > 1:  # a word's stems in two languages may share terms: each term once
        term_ids = list(dict.fromkeys(t for s in found for t in corpus.stem_terms.get(s, ())))
    return [Span(quality, f" {corpus.vocab[t]} ", t, t + 1, prefix=False) for t in term_ids if t not in skip]


def best_per_range(main: list[Span], extra: list[Span]) -> list[Span]:
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


def typo_spans(corpus: Corpus, word: str, last: bool) -> list[Span]:
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
