"""The prebuilt half of search: a sorted vocabulary with postings, plus per-phrase texts for cheap checks."""

from __future__ import annotations

import gc
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from itertools import accumulate, compress, islice, repeat
from operator import and_, contains
from typing import NamedTuple

from calmdesk.core.model import Phrase
from calmdesk.core.search.saved_postings import SavedPostings
from calmdesk.core.search.stemming import stems_for
from calmdesk.core.text import words

# Field weights: what the agent reads in the picker (title) and the words chosen to find a phrase (tags) say
# more about a phrase than a word buried in its body; the category label sits in between. The title edges out
# the tags: it names what the phrase is about, where a tag may be a loose synonym shared by many phrases.
TITLE = 1.0
TAGS = 0.95
LABEL = 0.7
# The title and tags of a phrase's English version, in a library shown in another language (nearly a title:
# they name the same phrase, in English): an agent who
# types English in a Spanish complaint still finds the Spanish phrase, under the words of its own language.
# Its title and tags keep the order they have in English (TAGS / TITLE), or a phrase merely tagged "voucher"
# tied with the one whose English title says "voucher", and library order chose.
OTHER = 0.85
OTHER_TAGS = OTHER * 0.95
BODY = 0.4
# Added to the weight of a word found in two fields or more (a tag the body repeats, a title word that is also
# the category): such a word is what the phrase is about, not a passing mention.
CORROBORATED = 0.05
MAX_WEIGHT = TITLE + CORROBORATED

# Placeholder names ("customer_name") are not words an agent types to find a reply; indexing them would let
# "name" match half the library. A default is what the phrase says unless told otherwise ("{{delay|a few
# days}}"), so its words are the phrase's words.
_PLACEHOLDER = re.compile(r"\{\{[^{}|]*(?:\|([^{}]*))?\}\}")

# Typo beginnings up to this length are prepared at build time; longer ones on first use.
_EAGER_PREFIX_LENGTH = 12

Postings = dict[int, float]  # phrase index -> best field weight


class Indexed(NamedTuple):
    """The costly half of a build, every phrase's words read and weighed once; what the index cache keeps
    (core/search/index_cache.py). The rest of a Corpus is derived from it in a few milliseconds."""

    title_texts: list[str]
    strong_texts: list[str]  # title and tags
    all_texts: list[str]  # title, tags, category label and body
    vocab: list[str]  # sorted
    postings: Sequence[Postings]  # by term id: phrase index -> weight, in library order
    strong_postings: list[list[int]]  # by term id: the phrases with the term in their title or tags
    # Stem -> the vocabulary terms sharing it ("apologies" finds "apologise" and "apologizing"). Kept with
    # the rest: stemming every term in two languages was most of a warm start's index time in German.
    stem_terms: Mapping[str, Sequence[int]]
    # Each stem of the categories' "when" words -> the category codes whose text holds it (stemmed in two
    # languages, these too cost a warm start more than reading them back).
    hint_stems: dict[str, set[int]]


class Corpus:
    """Immutable after build: every structure the matcher reads, built once per library.

    Phrases are addressed by their index in library order, which is also the final tie-break.
    """

    def __init__(
        self,
        phrases: Sequence[Phrase],
        category_labels: Mapping[str, str] | None,
        category_hints: Mapping[str, str] | None = None,
        *,
        languages: Sequence[str] = ("en",),
        also: Mapping[str, tuple[str, str]] | None = None,
        indexed: Indexed | None = None,
    ) -> None:
        """`indexed`: the costly half of this very build, kept from before (index_cache); built when None."""
        # The stems of a word in each language the index holds (English alone: one light stemmer).
        self.stems = stems_for(languages)
        # The build makes millions of small dicts and lists, none of which can form a cycle: without this the
        # cyclic collector walks them again and again, a quarter of the build time at 100,000 phrases.
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._build(phrases, category_labels, category_hints or {}, also or {}, indexed)
        finally:
            if collecting:
                gc.enable()

    def _build(
        self,
        phrases: Sequence[Phrase],
        category_labels: Mapping[str, str] | None,
        hints: Mapping[str, str],
        also: Mapping[str, tuple[str, str]],
        indexed: Indexed | None,
    ) -> None:
        self.phrases: tuple[Phrase, ...] = tuple(phrases)
        labels = dict(category_labels or {})
        categories = sorted({p.category for p in self.phrases} | set(labels))
        if len(categories) > 256:
            raise ValueError("search supports at most 256 categories")  # one byte per phrase, see below
        self.category_code: dict[str, int] = {key: code for code, key in enumerate(categories)}
        # One byte per phrase: its category code. bytes.translate() turns it into a 0/1 mask in C.
        self.category_codes: bytes = bytes(self.category_code[p.category] for p in self.phrases)
        label_words = [words(labels.get(key) or key.replace("_", " ")) for key in categories]
        self.label_texts: list[str] = [_spaced(found) for found in label_words]  # by category code
        self.first_index: dict[str, int] = {}
        for index, phrase in enumerate(self.phrases):
            self.first_index.setdefault(phrase.id, index)
        if indexed is None:
            indexed = self._index(label_words, hints, also)
        self.indexed = indexed
        self.title_texts, self.strong_texts = indexed.title_texts, indexed.strong_texts
        self.all_texts, self.vocab = indexed.all_texts, indexed.vocab
        self.postings, self.strong_postings = indexed.postings, indexed.strong_postings
        self.stem_terms, self.hint_stems = indexed.stem_terms, indexed.hint_stems
        # Each category's phrases in library order, for a hint to bring some into the fallback.
        self.members: list[list[int]] = [[] for _ in self.category_code]
        for index, code in enumerate(self.category_codes):
            self.members[code].append(index)
        self.term_id: dict[str, int] = {term: i for i, term in enumerate(self.vocab)}
        # Postings counts summed over the sorted vocabulary: the size of any prefix range in O(1). Postings
        # read back from the cache count without making their dicts (those are made on first use).
        saved = isinstance(self.postings, SavedPostings)
        counts = self.postings.lengths() if saved else map(len, self.postings)  # type: ignore[attr-defined]
        self._cumulative: list[int] = [0, *accumulate(counts)]
        self._strong_cumulative: list[int] = [0, *accumulate(map(len, self.strong_postings))]
        self._buckets: dict[tuple[str, int], list[str]] = {}
        for term in self.vocab:
            self._buckets.setdefault((term[0], len(term)), []).append(term)
        # Term beginnings of the lengths people type, built now: on first use they would cost a keystroke.
        beginnings: defaultdict[tuple[str, int], set[str]] = defaultdict(set)
        for term in self.vocab:
            for length in range(4, min(len(term), _EAGER_PREFIX_LENGTH) + 1):
                beginnings[term[0], length].add(term[:length])
        self._prefix_buckets: dict[tuple[str, int], list[str]] = {k: sorted(v) for k, v in beginnings.items()}

    def _index(
        self, label_words: list[list[str]], hints: Mapping[str, str], also: Mapping[str, tuple[str, str]]
    ) -> Indexed:
        """Every phrase's words, weighed by the field they are in: the texts and postings."""
        title_texts: list[str] = []
        strong_texts: list[str] = []
        all_texts: list[str] = []
        postings: defaultdict[str, Postings] = defaultdict(dict)
        strong_postings: defaultdict[str, list[int]] = defaultdict(list)
        for index, phrase in enumerate(self.phrases):
            title = words(phrase.title)
            tags = words(" ".join(phrase.tags))
            label = label_words[self.category_codes[index]]
            body = words(_PLACEHOLDER.sub(_default_words, phrase.text))
            other_title, other_tags = (words(t) for t in also.get(phrase.id, ("", "")))
            other = other_title + other_tags
            # Later updates overwrite earlier ones: each word ends with the weight of its best field.
            weights = dict.fromkeys(body, BODY)
            weights.update(dict.fromkeys(other_tags, OTHER_TAGS))
            weights.update(dict.fromkeys(other_title, OTHER))
            weights.update(dict.fromkeys(label, LABEL))
            weights.update(dict.fromkeys(tags, TAGS))
            weights.update(dict.fromkeys(title, TITLE))
            title_set, tag_set, label_set, body_set = set(title), set(tags), set(label), set(body)
            for word in (
                (title_set & (tag_set | label_set | body_set))
                | (tag_set & (label_set | body_set))
                | (label_set & body_set)
            ):
                weights[word] += CORROBORATED
            for word, weight in weights.items():
                postings[word][index] = weight
            for word in title_set | tag_set:
                strong_postings[word].append(index)
            title_texts.append(_spaced(title))
            strong_texts.append(_spaced(title + tags))
            all_texts.append(_spaced(title + tags + label + body + other))
        vocab = sorted(postings)
        stem_terms: dict[str, list[int]] = {}
        for term_id, term in enumerate(vocab):
            for found in self.stems(term):
                stem_terms.setdefault(found, []).append(term_id)
        return Indexed(
            title_texts,
            strong_texts,
            all_texts,
            vocab,
            [postings[term] for term in vocab],
            [strong_postings.get(term, []) for term in vocab],
            stem_terms,
            self._hint_stems(hints),
        )

    def _hint_stems(self, hints: Mapping[str, str]) -> dict[str, set[int]]:
        """Each stem of a category's "when" words -> the codes of the categories whose text holds it."""
        found: dict[str, set[int]] = {}
        for key, text in hints.items():
            code = self.category_code.get(key)
            if code is not None:
                for word in words(text):
                    for stem in self.stems(word):
                        found.setdefault(stem, set()).add(code)
        return found

    def __len__(self) -> int:
        return len(self.phrases)

    def terms_like(self, first: str, length: int) -> list[str]:
        """Whole terms starting with `first` of exactly `length` characters (typo candidates)."""
        return self._buckets.get((first, length), [])

    def prefixes_like(self, first: str, length: int) -> list[str]:
        """Distinct `length`-character beginnings of terms starting with `first` (typo candidates)."""
        key = (first, length)
        found = self._prefix_buckets.get(key)
        if found is None and length > _EAGER_PREFIX_LENGTH:
            # Built on first use: only the lengths an agent actually types are ever needed.
            lo, hi = self.prefix_range(first)
            found = sorted({t[:length] for t in islice(self.vocab, lo, hi) if len(t) >= length})
            self._prefix_buckets[key] = found
        return found or []

    def prefix_range(self, prefix: str) -> tuple[int, int]:
        """Vocabulary slice [lo, hi) of the terms starting with `prefix`."""
        lo = bisect_left(self.vocab, prefix)
        return lo, bisect_left(self.vocab, prefix + "\U0010ffff", lo)

    def range_size(self, lo: int, hi: int) -> int:
        return self._cumulative[hi] - self._cumulative[lo]

    def strong_range_size(self, lo: int, hi: int) -> int:
        return self._strong_cumulative[hi] - self._strong_cumulative[lo]

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
    # Leading and trailing spaces make " word " a whole-word test and " wo" a word-start test. The texts of
    # a phrase share their start (title, then tags, label, body), so len(text) - 1 is where the next begins.
    return " " + " ".join(field_words) + " " if field_words else " "


def _default_words(found: re.Match[str]) -> str:
    return f" {found.group(1) or ''} "
