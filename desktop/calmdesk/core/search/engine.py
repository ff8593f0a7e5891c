"""Phrase search for the picker: every query word must match, typos forgiven, ranked in a few milliseconds."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain

from calmdesk.core.model import CATEGORY_KEYS, Phrase
from calmdesk.core.search.corpus import Corpus
from calmdesk.core.search.pool import Bonus, Pool
from calmdesk.core.search.wordmatch import WordMatch, WordMatcher
from calmdesk.core.text import words

# Function words typed out of habit ("sorry for the wait") that a good reply may phrase otherwise ("sorry
# about the wait"). They lift the phrases holding them but rule none out, unless the query has nothing else.
# "customer" and "client" too: every reply speaks to one as "you", so in "customer rude" the word describes
# the situation, not the reply. English only, like the built-in content.
_OPTIONAL_TEXT = """
    a an the i im ive ill id me my mine we were weve well us our ours you youre youve youll your yours it its
    he she they them their this that these those is are am was be been being do does did done have has had
    can could will would shall should may might must to of in on at by for from with about as into onto
    and or but so if then than there here what which who whom whose when where why how just very too also
    out up off over again customer customers client clients
"""
OPTIONAL_WORDS = frozenset(_OPTIONAL_TEXT.split())
# The optional nouns, also when misspelt or half typed: "cusotmer rude" must not demand a word no reply holds.
OPTIONAL_NOUNS = ("customer", "customers", "client", "clients")
# An optional word counts this much of a full word in the mean: enough to break ties between phrases that
# match the meaningful words alike, too little to let "the" outweigh them.
OPTIONAL_WEIGHT = 0.25

# Longer input is cut, never refused: a paste of a whole e-mail into the popup must not freeze it.
MAX_QUERY_CHARS = 200
# Words past this are ignored (the last, being typed, is always kept): each word costs a pass over candidates.
MAX_QUERY_WORDS = 12


@dataclass(frozen=True, slots=True)
class Boosts:
    """What the user did: favourites, recency (id -> 0..1, 1 = just used), the active step's categories.

    Empty by default, so `Boosts()` ranks on the query alone.
    """

    favourites: frozenset[str] = frozenset()
    recent: Mapping[str, float] = field(default_factory=dict)
    step_categories: frozenset[str] = frozenset()
    # Phrases the agent marked as having worked for this kind of complaint: id -> 0..1 (1 = marked often).
    worked: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Hit:
    phrase: Phrase
    score: float


def _is_optional(word: str, optional_words: frozenset[str], *, typing: bool) -> bool:
    if word in optional_words:
        return True
    if not optional_words or len(word) < 4:
        return False  # nothing is optional in this query, or too short to tell a noun from anything else
    if typing and any(noun.startswith(word) for noun in OPTIONAL_NOUNS):
        return True
    if len(word) < 6:
        return False
    from rapidfuzz.distance import OSA  # already loaded by any typo lookup

    return any(OSA.distance(word, noun, score_cutoff=1) <= 1 for noun in OPTIONAL_NOUNS)


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
        bonus = Bonus(corpus, boosts or Boosts())
        required, optional = self._matches(query[:MAX_QUERY_CHARS])
        if not required:
            return self._browse(bonus, category, limit)
        if any(not m.size for m in required):
            return []  # a word that matches nothing at all
        category_code = None if category is None else corpus.category_code[category]
        pool = Pool(corpus, required, bonus, category, limit)
        scored = self._scored(pool.candidates(), required, optional, bonus, category_code)
        ranked = heapq.nsmallest(limit, scored)
        return [Hit(corpus.phrases[index], -negative) for negative, index in ranked]

    def _matches(self, query: str) -> tuple[list[WordMatch], list[WordMatch]]:
        """The query's words resolved: those every result must match, and those that only add to a score."""
        found = words(query)
        if not found:
            return [], []
        last = found[-1]
        earlier = [w for w in dict.fromkeys(found[:-1]) if w != last][: MAX_QUERY_WORDS - 1]
        # A query ending in a space has its last word finished: it is no longer a prefix.
        typing = not query[-1].isspace()
        required: list[WordMatch] = []
        optional: list[WordMatch] = []
        if all(w in OPTIONAL_WORDS for w in (*earlier, last)):
            optional_words: frozenset[str] = frozenset()  # nothing else to go by: they all count
        else:
            optional_words = OPTIONAL_WORDS
        for word in earlier:
            match = self._matcher.match(word, last=False)
            (optional if _is_optional(word, optional_words, typing=False) else required).append(match)
        last_match = self._matcher.match(last, last=typing)
        (optional if _is_optional(last, optional_words, typing=typing) else required).append(last_match)
        return required, optional

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
        count = len(required) + OPTIONAL_WEIGHT * len(optional)
        for index in candidates:
            if category_code is not None and codes[index] != category_code:
                continue
            total = 0.0
            for match in required:
                value = match.score(corpus, index)
                if not value:
                    break
                total += value
            else:
                for match in optional:
                    total += OPTIONAL_WEIGHT * match.score(corpus, index)
                yield -(total / count + bonus.of(index)), index

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
