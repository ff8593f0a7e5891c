"""A query read the way an agent means it: shorthand and names expanded, negations turned, filler weighed
lightly. Pure: the terms it returns are then matched against the library by `wordmatch`."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from calmdesk.core.search.vocabulary import Vocabulary
from calmdesk.core.text import words

# Longer input is cut, never refused: a paste of a whole e-mail into the popup must not freeze it.
MAX_QUERY_CHARS = 200
# Terms past this are ignored (the last, being typed, is always kept): each costs a pass over candidates.
MAX_QUERY_WORDS = 12
# The optional nouns, also when misspelt or half typed: "cusotmer rude" must not demand a word no reply holds.
OPTIONAL_NOUNS = ("customer", "customers", "client", "clients")
# How far a negation reaches: "not very happy", "not at all happy".
NEGATION_REACH = 3
# A longer form of a one-word name ("regrets") stands for what the name does when their stem is this long.
MIN_FORM_STEM = 5
# A half-typed word takes the meanings of at most this many names it begins: more would be noise.
MAX_NAMES_BEGUN = 4


@dataclass(frozen=True, slots=True)
class Term:
    """One thing the query asks for.

    `word` is what was typed (several words for a multi-word name such as "money back"); `literal` says
    whether it is searched for itself, `alternates` are the words it stands for (any of them will do).
    `typing`: the agent is still typing it, so it is also a prefix. `optional` terms only lift a phrase.
    """

    word: str
    alternates: tuple[str, ...] = ()
    literal: bool = True
    typing: bool = False
    optional: bool = False
    # The alternates are a guess from a half-typed word ("disc" may become "disconnect" or "discount"):
    # they find phrases, but weakly, and never count as asking for an on-request phrase.
    guessed: bool = False


def analyse(query: str, vocabulary: Vocabulary) -> list[Term]:
    """The terms of `query`, in order; empty when it holds no word at all (symbols, emoji, spaces)."""
    query = query[:MAX_QUERY_CHARS]
    for symbol, meaning in vocabulary.symbols.items():
        if symbol in query:
            query = query.replace(symbol, meaning)
    found = words(query)
    if not found:
        return []
    # A query ending in a space or a punctuation mark has its last word finished: it is no longer a prefix.
    typing = query.rstrip() == query and query[-1].isalnum()
    terms: list[Term] = []
    negated_until = -1
    i = 0
    while i < len(found):
        last = typing and i == len(found) - 1
        # "can't promise": a negated word means its opposite, even when it is also a name for something.
        turned = i <= negated_until and found[i] in vocabulary.opposites
        size = 0 if turned else _alias_at(found, i, vocabulary, typing)
        if size:
            key = tuple(found[i : i + size])
            meant = vocabulary.aliases[key]
            # "u", "ur", "2": shorthand for words that only lift stays one of them.
            filler = all(w in vocabulary.optional or w in vocabulary.intensifiers for w in meant)
            # A multi-word name is searched by what it stands for; its words only lift.
            terms.append(
                Term(" ".join(key), meant, literal=size == 1, typing=last and size == 1, optional=filler)
            )
            i += size
            continue
        word = found[i]
        if word in vocabulary.negations:
            negated_until = i + NEGATION_REACH
            terms.append(Term(word, optional=True))
        elif i <= negated_until and word in vocabulary.opposites:
            # "not happy": the opposite is meant, and the word itself would find the wrong replies.
            terms.append(Term(word, vocabulary.opposites[word], literal=False))
            negated_until = -1
        elif word in vocabulary.intensifiers or word in vocabulary.optional:
            terms.append(Term(word, typing=last, optional=True))
        else:
            # The word being typed may be the start of a name the vocabulary knows: "twee" for "tweet".
            meant = _names_begun(word, vocabulary) if last else ()
            optional = _optional_noun(word, typing=last)
            name = None if meant or len(word) < 4 else _alias_key(word, vocabulary)
            if name is not None:  # a form of a name ("regrets" of "regret"): it stands for the same
                terms.append(Term(word, vocabulary.aliases[(name,)], typing=last))
            else:
                terms.append(Term(word, meant, typing=last, optional=optional, guessed=bool(meant)))
        i += 1
    if all(t.optional for t in terms):
        # Nothing else to go by ("thank you", "not now"): they all count.
        terms = [Term(t.word, t.alternates, t.literal, t.typing, False, t.guessed) for t in terms]
    terms = _deduplicated(terms)
    cleaned = _without_echoes(terms)
    if all(t.optional for t in cleaned):
        # Words that each restate the other ("money back refund"): one of them must still be asked for.
        cleaned = terms
    return _capped(cleaned)


def query_key(query: str, vocabulary: Vocabulary) -> str:
    """What a query asks for, as a key for the search memory: the stems of its required terms, sorted, so
    "Refund, sorry" and "sorry refund " meet. Empty when it asks for nothing in particular."""
    from calmdesk.core.search.stemming import stem

    return " ".join(sorted({stem(t.word) for t in analyse(query, vocabulary) if not t.optional}))


def has_words(query: str) -> bool:
    """Whether `query` holds anything to search for: a query of symbols or emoji only just browses."""
    return bool(words(query[:MAX_QUERY_CHARS]))


def _alias_at(found: list[str], i: int, vocabulary: Vocabulary, typing: bool) -> int:
    """The length of the longest alias starting at word `i`, 0 when none. The word being typed is only
    taken as an alias once it is complete... unless it already is one ("sry")."""
    aliases = vocabulary.aliases
    for size in range(min(vocabulary.longest_alias, len(found) - i), 0, -1):
        if tuple(found[i : i + size]) in aliases:
            return size
    return 0


def _alias_key(word: str, vocabulary: Vocabulary) -> str | None:
    """The one-word name `word` is a longer form of ("regrets" of "regret", "embarrassment" of
    "embarrassed"): an entry covers the other forms of its word, as the library's words do. Short stems
    are left alone, where the light stemmer joins words that only look alike ("serious", "serial")."""
    from calmdesk.core.search.stemming import stem

    root = stem(word)
    key = _stem_index(vocabulary.prefix_keys).get(root) if len(root) >= MIN_FORM_STEM else None
    return key if key is not None and len(word) > len(key) else None


@lru_cache(maxsize=4)
def _stem_index(keys: tuple[str, ...]) -> dict[str, str]:
    from calmdesk.core.search.stemming import stem

    index: dict[str, str] = {}
    for key in keys:
        index.setdefault(stem(key), key)
    return index


def _names_begun(word: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """What the one-word names starting with `word` stand for (a few of them), once three letters are in."""
    if len(word) < 3:
        return ()
    keys = vocabulary.prefix_keys
    start = bisect_left(keys, word)
    found: dict[str, None] = {}
    for key in islice(keys, start, start + MAX_NAMES_BEGUN):
        if not key.startswith(word):
            break
        found.update(dict.fromkeys(vocabulary.aliases[(key,)]))
    return tuple(found)


def _optional_noun(word: str, *, typing: bool) -> bool:
    """ "cust" being typed, or "cusotmer": the customer, who describes the situation, not the reply."""
    if len(word) < 4:
        return False
    if typing and any(noun.startswith(word) for noun in OPTIONAL_NOUNS):
        return True
    if len(word) < 6:
        return False
    return any(_one_edit_apart(word, noun) for noun in OPTIONAL_NOUNS)


def _one_edit_apart(a: str, b: str) -> bool:
    """At most one insertion, deletion, substitution or swap of neighbours between `a` and `b` (OSA <= 1).

    Plain Python: checked for every word of six letters or more, it must not pull in rapidfuzz (12 ms at
    start-up) when no typo is looked up.
    """
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    if len(a) == len(b):
        rest_a, rest_b = a[start + 1 :], b[start + 1 :]
        swapped = (
            a[start + 1 : start + 2] == b[start : start + 1]
            and a[start : start + 1] == b[start + 1 : start + 2]
        )
        return rest_a == rest_b or (swapped and a[start + 2 :] == b[start + 2 :])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[start + 1 :] == shorter[start:]


def _without_echoes(terms: list[Term]) -> list[Term]:
    """Each term without the alternates another term already asks for: in "thanks patience", "patience" may
    stand for "thanks" on its own, but here "thanks" is asked for already, and one "Thanks" in a title must
    not answer both words (it ranked "Thanks for honest feedback" over the phrases about patience).

    A term left with none of its meanings restates another word: its meanings were all typed ("sry" beside
    "sorry"), or an earlier term means exactly the same ("ty" after "thx"). It then only lifts (optional):
    "sry sorry" asked for a word "sry" no phrase holds, and every result was partial."""
    from calmdesk.core.search.stemming import stem

    typed = [{stem(part) for part in t.word.split()} if t.literal else set() for t in terms]
    meant = [frozenset(stem(a) for a in t.alternates) for t in terms]
    cleaned: list[Term] = []
    for number, term in enumerate(terms):
        others = set().union(*(stems for i, stems in enumerate(typed) if i != number))
        same = term.alternates and meant[number] in meant[:number]
        if not term.alternates or not (same or others & meant[number]):
            cleaned.append(term)
            continue
        kept = () if same else tuple(a for a in term.alternates if stem(a) not in others)
        optional = term.optional or not kept
        cleaned.append(Term(term.word, kept, term.literal, term.typing, optional, term.guessed))
    return cleaned


def _deduplicated(terms: list[Term]) -> list[Term]:
    seen: set[str] = set()
    kept = []
    for term in reversed(terms):  # the last (being typed) wins over an earlier copy
        if term.word not in seen:
            seen.add(term.word)
            kept.append(term)
    return kept[::-1]


def _capped(terms: list[Term]) -> list[Term]:
    if len(terms) <= MAX_QUERY_WORDS:
        return terms
    return [*terms[: MAX_QUERY_WORDS - 1], terms[-1]]
