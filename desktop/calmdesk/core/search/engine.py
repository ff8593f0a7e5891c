"""Ranking a query: every required word matched first, then the best partial matches, never a dead end."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain, pairwise
from pathlib import Path
from typing import Protocol

from calmdesk.core.model import CATEGORY_KEYS, Category, Phrase
from calmdesk.core.search.alias_slips import alias_slip
from calmdesk.core.search.compounds import COMPOUNDING, known_part
from calmdesk.core.search.first_cut import FIRST_CUT_MIN, first_cut
from calmdesk.core.search.index_cache import cached_corpus
from calmdesk.core.search.plain import Plain
from calmdesk.core.search.pool import Bonus, Query
from calmdesk.core.search.query import MAX_QUERY_CHARS, MAX_QUERY_WORDS, Term, analyse, has_words
from calmdesk.core.search.query import query_key as _query_key
from calmdesk.core.search.vectors import VECTOR_MIN_PHRASES, Vectors
from calmdesk.core.search.vocabulary import Vocabulary, builtin
from calmdesk.core.search.weights import SEQUENCE_MIN_WORDS
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
    @property
    def english_hints(self) -> Mapping[str, str]: ...


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
        also: Mapping[str, tuple[str, str]] | None = None,
        vectorised: bool | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        """`languages`: those of the phrases (each brings its stemmer); `also`: more words to find a phrase
        by (phrase id -> its English version's title and tags), weaker than its own. `vectorised`:
        rank with numpy (`vectors`); by default from VECTOR_MIN_PHRASES phrases on. `cache_dir`: where the
        index's costly half is kept between runs (index_cache); None builds it all."""
        self._corpus = cached_corpus(
            tuple(phrases),
            category_labels or {},
            category_hints or {},
            languages=languages,
            also=also or {},
            cache_dir=cache_dir,
        )
        if vectorised is None:
            vectorised = len(self._corpus) >= VECTOR_MIN_PHRASES
        self._matcher = WordMatcher(self._corpus, vectorised=vectorised)
        self._vocabulary = vocabulary if vocabulary is not None else builtin()
        codes = self._corpus.category_code
        on_request_codes = frozenset(codes[k] for k in on_request if k in codes)
        wanted = languages[0] if languages else "en"
        # Empty for a library in English: the check for them then costs nothing.
        fallbacks = frozenset(
            i for i, p in enumerate(self._corpus.phrases) if p.lang != wanted and wanted != "en"
        )
        self._compounding = wanted in COMPOUNDING
        ranking = Vectors if vectorised else Plain
        self._ranking: Plain | Vectors = ranking(self._corpus, on_request_codes, fallbacks)

    @classmethod
    def for_library(
        cls,
        library: LibraryLike,
        vocabulary: Vocabulary | None = None,
        *,
        phrases: Sequence[Phrase] | None = None,
        cache_dir: Path | None = None,
    ) -> SearchIndex:
        """The index the app and the CLI search: the library's phrases (or only `phrases` of them), with its
        categories' labels, "when" texts and on-request flags. A library shown in another language than
        English is also searched in English: each phrase by its English version's title and tags, each
        category by its English "when". `cache_dir`: see __init__."""
        phrases = library.phrases if phrases is None else phrases
        categories = library.categories
        hints = {key: c.when or c.description for key, c in categories.items()}
        language = library.language
        also: dict[str, tuple[str, str]] = {}
        if language != "en":
            english = {p.id: p for p in library.versions if p.lang == "en"}
            also = {
                p.id: (english[p.id].title, " ".join(english[p.id].tags))
                for p in phrases
                if p.lang != "en" and p.id in english
            }
            english_when = library.english_hints
            if not english_when:  # a library made without them (by hand): read them
                from calmdesk.core.content import english_hints

                english_when = english_hints()
            for key, when in english_when.items():
                if key in hints:
                    hints[key] = f"{hints[key]} {when}"
        return cls(
            phrases,
            {key: c.label for key, c in categories.items()},
            category_hints=hints,
            on_request=[key for key, c in categories.items() if c.on_request],
            vocabulary=vocabulary if vocabulary is not None else library.vocabulary,
            languages=(language, "en") if language != "en" else ("en",),
            also=also,
            cache_dir=cache_dir,
        )

    @classmethod
    def for_query(cls, library: LibraryLike, query: str) -> SearchIndex:
        """An index good for this one query: the whole library's, or past FIRST_CUT_MIN phrases only the
        first cut's (see `first_cut`): a one-off search of a huge library answers in seconds, not a minute."""
        if len(library.phrases) < FIRST_CUT_MIN:
            return cls.for_library(library)
        vocabulary = library.vocabulary if library.vocabulary is not None else builtin()
        return cls.for_library(library, phrases=first_cut(library.phrases, query, vocabulary))

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
        asked = [t for t in terms if not t.optional]
        required = self._parts(asked, [self._match_required(t) for t in asked])
        optional = [self._matcher.match(t) for t in terms if t.optional]
        phrases = corpus.phrases
        ranking = self._ranking
        page = Query(bonus, _word_pairs(query), limit)
        hits: list[Hit] = []
        if all(m.size for m in required):
            hits = [Hit(phrases[i], score) for score, i in ranking.full(required, optional, page, category)]
        meaningful = [m for m in required if m.size or m.hint_codes]
        if len(hits) < limit and meaningful:
            page = Query(bonus, page.pairs, limit - len(hits))
            found = {corpus.first_index[h.phrase.id] for h in hits}
            weights = self._rarity(meaningful)
            partial = ranking.partial(meaningful, weights, optional, page, category, found)
            hits += [Hit(phrases[i], score, partial=True) for score, i in partial]
        return hits

    def _match_required(self, term: Term) -> WordMatch:
        """How `term` matches; a typed word that matched nothing at all may be a slip in a word only the
        vocabulary knows, and then stands, as a guess, for what that word stands for."""
        found = self._matcher.match(term)
        if found.size or found.hint_codes or not term.literal or term.alternates:
            return found
        meant = alias_slip(term.word, self._vocabulary)
        if not meant:
            return found
        return self._matcher.match(Term(term.word, meant, literal=False, typing=term.typing, guessed=True))

    def _parts(self, terms: list[Term], found: list[WordMatch]) -> list[WordMatch]:
        """When no required word relates to the library, each word written together with another
        ("Zeitrahmen") by the known word inside it, as a guess: a weak answer beats an empty list. Only
        then: beside words that matched, a guessed part would only blur their ranking."""
        if not self._compounding or any(m.size or m.hint_codes for m in found):
            return found
        known = _Known(self._corpus.term_id, self._vocabulary)
        parts = [known_part(t.word, known) if t.literal else None for t in terms]
        return [
            m if part is None else self._matcher.match(Term(part, self._vocabulary.aliases.get((part,), ())))
            for m, part in zip(found, parts, strict=True)
        ]

    def _rarity(self, matches: list[WordMatch]) -> list[float]:
        """Each word's weight in the fallback: its rarity (BM25's idf)."""
        total = len(self._corpus)
        return [math.log(1.0 + total / (1.0 + m.size)) for m in matches]

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


@dataclass(frozen=True, slots=True)
class _Known:
    """The words the search knows: those the library holds and the vocabulary's one-word names."""

    terms: Mapping[str, int]
    vocabulary: Vocabulary

    def __contains__(self, word: object) -> bool:
        return word in self.terms or (word,) in self.vocabulary.aliases


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
