"""Ranking a query: every required word matched first, then the best partial matches, never a dead end."""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain, pairwise
from typing import Protocol

from calmdesk.core.model import CATEGORY_KEYS, Category, Phrase
from calmdesk.core.search.corpus import Corpus
from calmdesk.core.search.pool import Bonus, Pool, partial_candidates
from calmdesk.core.search.query import MAX_QUERY_CHARS, MAX_QUERY_WORDS, Term, analyse, has_words
from calmdesk.core.search.query import query_key as _query_key
from calmdesk.core.search.vectors import VECTOR_MIN_PHRASES, Query, Vectors
from calmdesk.core.search.vocabulary import Vocabulary, builtin
from calmdesk.core.search.weights import (
    FALLBACK_PENALTY,
    HINT_LIFT,
    HINT_MATCH,
    ON_REQUEST_PENALTY,
    OPTIONAL_WEIGHT,
    SEQUENCE_LIFT,
    SEQUENCE_MIN_WORDS,
)
from calmdesk.core.search.wordmatch import WordMatch, WordMatcher
from calmdesk.core.text import words

__all__ = ["MAX_QUERY_CHARS", "MAX_QUERY_WORDS", "Boosts", "Hit", "SearchIndex", "has_words", "query_key"]


class LibraryLike(Protocol):
    """What the index needs of a `calmdesk.core.library.Library`."""

    @property
    def phrases(self) -> tuple[Phrase, ...]: ...
    @property
    def categories(self) -> Mapping[str, Category]: ...
    @property
    def vocabulary(self) -> Vocabulary | None: ...
    @property
    def language(self) -> str: ...
    @property
    def versions(self) -> tuple[Phrase, ...]: ...


@dataclass(frozen=True, slots=True)
class Boosts:
    """What the user did: favourites, recency (id -> 0..1, 1 = just used), the active step's categories.

    Empty by default, so `Boosts()` ranks on the query alone.
    """

    favourites: frozenset[str] = frozenset()
    recent: Mapping[str, float] = field(default_factory=dict)
    step_categories: frozenset[str] = frozenset()
    # Phrases copied before after this very query (id -> 0..1, 1 = the most copied): see `query_key`.
    learned: Mapping[str, float] = field(default_factory=dict)
    # Phrases the agent marked as having worked for this kind of complaint: id -> 0..1 (1 = marked often).
    worked: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Hit:
    """One result. `partial`: it matches only some of the query's words (shown apart, after full matches)."""

    phrase: Phrase
    score: float
    partial: bool = False


class SearchIndex:
    """An immutable library index; `search` is called on every keystroke.

    Not thread-safe: it keeps a small cache of resolved query words. Build one per library (and per thread).
    """

    def __init__(
        self,
        phrases: Iterable[Phrase],
        category_labels: Mapping[str, str] | None = None,
        *,
        category_hints: Mapping[str, str] | None = None,
        on_request: Iterable[str] = (),
        vocabulary: Vocabulary | None = None,
        languages: Sequence[str] = ("en",),
        also: Mapping[str, str] | None = None,
        vectorised: bool | None = None,
    ) -> None:
        """`languages`: those of the phrases (each brings its stemmer); `also`: more words to find a phrase
        by (phrase id -> text), weaker than its own: its English version's title and tags. `vectorised`:
        rank with numpy (`vectors`); by default from VECTOR_MIN_PHRASES phrases on."""
        self._corpus = Corpus(tuple(phrases), category_labels, category_hints, languages=languages, also=also)
        if vectorised is None:
            vectorised = len(self._corpus) >= VECTOR_MIN_PHRASES
        self._vectors = Vectors(self._corpus) if vectorised else None
        self._matcher = WordMatcher(self._corpus, vectorised=vectorised)
        self._vocabulary = vocabulary if vocabulary is not None else builtin()
        codes = self._corpus.category_code
        self._on_request = frozenset(codes[k] for k in on_request if k in codes)
        wanted = languages[0] if languages else "en"
        # Empty for a library in English: the check below then costs nothing.
        self._fallbacks = frozenset(
            i for i, p in enumerate(self._corpus.phrases) if p.lang != wanted and wanted != "en"
        )
        self._pairs: tuple[str, ...] = ()  # the current query's word pairs (see _sequence_lift)
        if self._vectors is not None and self._fallbacks:
            self._fallback_flags = self._vectors.np.zeros(len(self._corpus), dtype=bool)
            self._fallback_flags[list(self._fallbacks)] = True
        else:
            self._fallback_flags = None

    @classmethod
    def for_library(cls, library: LibraryLike, vocabulary: Vocabulary | None = None) -> SearchIndex:
        """The index the app and the CLI search: the library's phrases, with its categories' labels, "when"
        texts and on-request flags. A library shown in another language than English is also searched in
        English: each phrase by its English version's title and tags, each category by its English "when"."""
        categories = library.categories
        hints = {key: c.when or c.description for key, c in categories.items()}
        language = library.language
        also: dict[str, str] = {}
        if language != "en":
            english = {p.id: p for p in library.versions if p.lang == "en"}
            also = {
                p.id: f"{english[p.id].title} {' '.join(english[p.id].tags)}"
                for p in library.phrases
                if p.lang != "en" and p.id in english
            }
            from calmdesk.core.content import load_categories

            for key, category in load_categories()[0].items():
                if key in hints:
                    hints[key] = f"{hints[key]} {category.when or category.description}"
        return cls(
            library.phrases,
            {key: c.label for key, c in categories.items()},
            category_hints=hints,
            on_request=[key for key, c in categories.items() if c.on_request],
            vocabulary=vocabulary if vocabulary is not None else library.vocabulary,
            languages=(language, "en") if language != "en" else ("en",),
            also=also,
        )

    def __len__(self) -> int:
        return len(self._corpus)

    def clear_cache(self) -> None:
        """Forget resolved query words (the benchmark uses it to time cold keystrokes)."""
        self._matcher.clear_cache()

    def search(
        self, query: str, *, category: str | None = None, limit: int = 50, boosts: Boosts | None = None
    ) -> list[Hit]:
        """The best `limit` phrases for `query`, best first; ties keep library order.

        Phrases matching every required word come first; when they are fewer than `limit`, the best partial
        matches follow (flagged `partial`). Nothing only when no query word relates to the library. A query
        without words (empty, symbols, emoji) browses: favourites, recent, the step's, then all in order.
        """
        corpus = self._corpus
        if limit <= 0 or (category is not None and category not in corpus.category_code):
            return []
        bonus = Bonus(corpus, boosts or Boosts())
        terms = analyse(query, self._vocabulary)
        if not terms:
            return self._browse(bonus, category, limit)
        required = [self._matcher.match(t) for t in terms if not t.optional]
        optional = [self._matcher.match(t) for t in terms if t.optional]
        category_code = None if category is None else corpus.category_code[category]
        self._pairs = _word_pairs(query)
        if self._vectors is not None:
            return self._vector_search(required, optional, bonus, category_code, limit)
        hits: list[Hit] = []
        if all(m.size for m in required):
            pool = Pool(corpus, required, bonus, category, limit)
            scored = self._scored(pool.candidates(), required, optional, bonus, category_code)
            hits = [Hit(corpus.phrases[i], -negative) for negative, i in heapq.nsmallest(limit, scored)]
        if len(hits) < limit:
            hits += self._partial(required, optional, bonus, category_code, limit - len(hits), hits)
        return hits

    def _vector_search(
        self,
        required: list[WordMatch],
        optional: list[WordMatch],
        bonus: Bonus,
        category_code: int | None,
        limit: int,
    ) -> list[Hit]:
        """`search` for a large library: the same ranking as the loops below, computed by `vectors`."""
        vectors, phrases = self._vectors, self._corpus.phrases
        assert vectors is not None
        query = Query(bonus, self._on_request, self._fallback_flags, self._pairs, limit)
        hits: list[Hit] = []
        if all(m.size for m in required):
            hits = [
                Hit(phrases[i], score) for score, i in vectors.full(required, optional, query, category_code)
            ]
        meaningful = [m for m in required if m.size or m.hint_codes]
        if len(hits) < limit and meaningful:
            query = Query(bonus, self._on_request, self._fallback_flags, self._pairs, limit - len(hits))
            found = {self._corpus.first_index[h.phrase.id] for h in hits}
            weights = self._rarity(meaningful)
            partial = vectors.partial(meaningful, weights, optional, query, category_code, found)
            hits += [Hit(phrases[i], score, partial=True) for score, i in partial]
        return hits

    def _rarity(self, matches: list[WordMatch]) -> list[float]:
        """Each word's weight in the fallback: its rarity (BM25's idf)."""
        total = len(self._corpus)
        return [math.log(1.0 + total / (1.0 + m.size)) for m in matches]

    def _scored(
        self,
        candidates: Iterable[int],
        required: list[WordMatch],
        optional: list[WordMatch],
        bonus: Bonus,
        category_code: int | None,
    ) -> Iterator[tuple[float, int]]:
        """(-score, index) for every candidate matching every required word, so nsmallest ranks best first.

        The score is a weighted mean over all words, so an optional word present lifts a phrase a little.
        """
        corpus = self._corpus
        codes = corpus.category_codes
        on_request = self._on_request
        fallbacks = self._fallbacks
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
                score = total / count + bonus.of(index) + self._sequence_lift(index)
                if code in on_request and not asked:
                    score -= ON_REQUEST_PENALTY
                if fallbacks and index in fallbacks:
                    score -= FALLBACK_PENALTY
                yield -score, index

    def _partial(
        self,
        required: list[WordMatch],
        optional: list[WordMatch],
        bonus: Bonus,
        category_code: int | None,
        wanted: int,
        found: list[Hit],
    ) -> list[Hit]:
        """Phrases matching some of the required words, best coverage first: each word weighs by its
        rarity (BM25's idf), times how well it matched; optional words and boosts only order near-ties."""
        corpus = self._corpus
        meaningful = [m for m in required if m.size or m.hint_codes]
        if not meaningful:
            return []
        weights = self._rarity(meaningful)
        whole = sum(weights) + OPTIONAL_WEIGHT * len(optional)
        # Optional words only order near-ties here: the dense ones ("a", "the" in a big library) would cost a
        # text scan per candidate for a lift of a few hundredths.
        optional = [m for m in optional if m.scores is not None]
        exclude = {corpus.first_index[h.phrase.id] for h in found}
        candidates = partial_candidates(corpus, meaningful, category_code, exclude)
        codes = corpus.category_codes
        on_request = self._on_request
        fallbacks = self._fallbacks

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
                score = got / whole + bonus.of(index) + self._sequence_lift(index)
                if code in on_request and not asked:
                    score -= ON_REQUEST_PENALTY
                if fallbacks and index in fallbacks:
                    score -= FALLBACK_PENALTY
                yield -score, index

        return [
            Hit(corpus.phrases[i], -negative, partial=True)
            for negative, i in heapq.nsmallest(wanted, ranked())
        ]

    def _sequence_lift(self, index: int) -> float:
        """A little for each pair of query words the phrase holds side by side: a fragment of the reply
        ("you will hear from us") is recognised by its run of small words, which otherwise only lift."""
        pairs = self._pairs
        if not pairs:
            return 0.0
        text = self._corpus.all_texts[index]
        return SEQUENCE_LIFT * sum(pair in text for pair in pairs) / len(pairs)

    @cached_property
    def _conversation_order(self) -> tuple[int, ...]:
        """Phrase indexes in the order a complaint unfolds (listen, empathy, apology, ...), library order
        within a category: what an agent browsing with an empty query expects, not pack file order."""
        rank = {key: position for position, key in enumerate(CATEGORY_KEYS)}
        phrases = self._corpus.phrases
        return tuple(sorted(range(len(phrases)), key=lambda i: (rank.get(phrases[i].category, len(rank)), i)))

    def _browse(self, bonus: Bonus, category: str | None, limit: int) -> list[Hit]:
        """The empty query: favourites, then recent phrases (most recent first), then the phrases of the
        active checklist step, then the rest in conversation order."""
        phrases = self._corpus.phrases
        order = self._conversation_order
        candidates = chain(
            sorted(bonus.favourites),
            sorted(bonus.recency, key=lambda i: (-bonus.recency[i], i)),
            (i for i in order if phrases[i].category in bonus.step_categories),
            order,
        )
        chosen: dict[int, None] = {}  # insertion-ordered set; stops as soon as the page is full
        for i in candidates:
            if category in (None, phrases[i].category):
                chosen.setdefault(i)
                if len(chosen) == limit:
                    break
        return [Hit(phrases[i], bonus.of(i)) for i in chosen]


def _word_pairs(query: str) -> tuple[str, ...]:
    """ " a b " for each pair of neighbouring query words, when the query is long enough to be a fragment."""
    found = words(query[:MAX_QUERY_CHARS])
    if len(found) < SEQUENCE_MIN_WORDS:
        return ()
    return tuple(dict.fromkeys(f" {a} {b} " for a, b in pairwise(found)))


def query_key(query: str, vocabulary: Vocabulary | None = None) -> str:
    """The search memory's key for `query` (stems of its required words, sorted); "" for none."""
    return _query_key(query, vocabulary if vocabulary is not None else builtin())


def terms_of(query: str, vocabulary: Vocabulary | None = None) -> list[Term]:
    """How `query` is read (for tools and tests): its terms after shorthand, names and negations."""
    return analyse(query, vocabulary if vocabulary is not None else builtin())
