"""A customer's message made ready to read: bounded, cleaned, tokenised, with quotes and clauses marked."""

from __future__ import annotations

import bisect
import re
from itertools import accumulate, chain, compress, count, filterfalse, repeat
from operator import add, itemgetter
from typing import NamedTuple

# The cleaning's bound, kept importable from here where the reader's callers look for it.
from calmdesk.core.reading.cleaning import MAX_READ_CHARS as MAX_READ_CHARS
from calmdesk.core.reading.cleaning import clean
from calmdesk.core.tone.patterns import BREAK, SENTENCE_ENDS, fold

# Quoted speech: "...", curly double or single quotes, and '...' when the marks are not apostrophes
# (a letter on neither outer side). Every branch opens with its quote mark, the look behind comes after it:
# the engine then skips to the next quote mark instead of trying each position of the text.
_QUOTES = re.compile(
    r"\"[^\"\n]{1,300}\"|\u201c[^\u201d\n]{1,300}\u201d|\u2018[^\u2019\n]{1,300}\u2019"
    r"|'(?<![\w']')[^'\n]{1,300}'(?![\w])"
)
# A quote of at most this many words is a "scare quote" ("express" delivery), not somebody's words.
SCARE_WORDS = 2
# One token per match: a word (inner apostrophes kept: "don't"), a run of ! and ? marks, one other mark, or a
# line break. The same tokens as the tone rules' (so cues are written alike). Kept by split: the text comes
# back as gap, token, gap, token, ..., gap. A token can start at every character that is not in a gap, so
# these are exactly `findall`'s tokens, and the lengths of the pieces add up to each token's place: C does
# the whole scan. Possessive: nothing follows a word or a run inside the pattern, so no backtracking could
# change a match, and the engine keeps no state to try it.
_SPLIT = re.compile(r"([^\W_]++(?:['\u2019\u02bc][^\W_]++)*+|[!?]{2,}+|[.,;:!?\n])")
_RUNS = re.compile(r"[!?][!?]+")  # the runs `_SPLIT` finds: one mark, then more (faster to find)
# Every token that is not a word: the marks `_SPLIT` finds, as `_mark` writes them.
MARKS = frozenset({".", ",", ";", ":", "!", "?", "!!", "??", "?!", BREAK})
# Words that start a new clause: a negation before them does not reach past them.
# English's clause words and condition words; another language's are its data ([negation] clause_words and
# conditions), applied once the message's language is known (Prepared.with_clause_words, signals.sort_cues).
ENGLISH_CLAUSE_WORDS = frozenset(
    {"but", "however", "though", "although", "because", "so", "unless", "otherwise"}
)
ENGLISH_CONDITIONS = frozenset({"if", "unless", "until", "till", "once", "when"})
_CLAUSE_MARKS = frozenset({",", ";", ":", "_,"})
_CLAUSE_ENDS = _CLAUSE_MARKS | SENTENCE_ENDS
_FIRST_PERSON = frozenset({"i", "i'm", "im", "me", "my", "i've", "i'd", "i'll", "we", "our"})
# "Can I ...?", "Is it possible ...?": the first word of an asking question, after any greeting.
_ASKING = frozenset({"can", "could", "is", "are", "do", "does", "did", "how", "what", "when", "would", "will",
                     "may", "should", "which", "who", "has", "have"})  # fmt: skip
_GREETINGS = frozenset({"hi", "hello", "hey", "hiya", "dear", "good", "morning", "afternoon", "evening",
                        "team", "there", "quick", "question", "q", "sorry", "excuse", "me"})  # fmt: skip
_NOTE_OPENING = re.compile(r"\b(?:customer|cust|caller|called|rang|spoke (?:to|with)|note)\b", re.IGNORECASE)
_first_letter = itemgetter(0)


class Token(NamedTuple):
    """A token of the message: its folded form and where it sits (end exclusive)."""

    norm: str
    start: int
    end: int
    is_word: bool


class Prepared:
    """The text read, its tokens as parallel lists (folded form, start, end), and per token: its sentence,
    its clause and whether it stands in quotes. Not changed once made (`with_norms` makes another).

    Lists, not a Token per token: a long message has thousands, and most steps read only the few tokens a
    cue touches. `tokens` and `clause` are made on first use, at C speed."""

    __slots__ = ("_base_norms", "_clause", "_clause_words", "_raw", "_tokens", "ends", "norms", "quoted",
                 "scare_quotes", "sentence", "starts", "text")  # fmt: skip

    def __init__(
        self, text: str, raw: list[str], norms: list[str], starts: list[int], ends: list[int]
    ) -> None:
        self.text = text
        self._raw = raw  # each token as found (lower-cased where that kept every place): words start alnum
        self.norms = norms  # each token's folded form, misspellings put right (CueIndex.normalise)
        self.starts = starts  # each token's start, for bisecting from a character position to a token
        self.ends = ends
        # Sentences and clauses are cut where the message was tokenised, before any spelling was put right.
        self._base_norms = norms
        self._clause_words = ENGLISH_CLAUSE_WORDS
        self._clause: list[int] | None = None
        self._tokens: list[Token] | None = None
        self.sentence = _numbered(norms)
        self.quoted, self.scare_quotes = _quoted(text, raw, starts)

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            words = map(str.isalnum, map(_first_letter, self._raw))
            fields = zip(self.norms, self.starts, self.ends, words, strict=True)
            self._tokens = list(map(tuple.__new__, repeat(Token), fields))
        return self._tokens

    @property
    def clause(self) -> list[int]:
        if self._clause is None:
            self._clause = _clauses(self._base_norms, self._clause_words)
        return self._clause

    def with_norms(self, norms: list[str]) -> Prepared:
        """This message with its words read as `norms` (misspellings put right); the rest as it is."""
        other = self._copy()
        other.norms = norms
        other._tokens = None
        return other

    def with_clause_words(self, words: frozenset[str]) -> Prepared:
        """This message with its clauses cut where `words` begin one (another language's "but", "because")
        instead of English's: a negation reaches no further than its clause, in every language."""
        other = self._copy()
        other._clause_words = words
        other._clause = None
        return other

    def _copy(self) -> Prepared:
        other = Prepared.__new__(Prepared)
        for name in Prepared.__slots__:
            setattr(other, name, getattr(self, name))
        return other

    def new_clause(self, index: int) -> bool:
        """Whether token `index` starts another clause than the token before it's (as `clause` numbers
        them, without making the whole list: a negation looks a few tokens ahead only)."""
        base = self._base_norms
        return base[index - 1] in _CLAUSE_ENDS or base[index] in self._clause_words

    def is_word(self, index: int) -> bool:
        return self._raw[index][0].isalnum()

    def word_at(self, index: int) -> str:
        return self.norms[index] if 0 <= index < len(self.norms) else ""

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character range of tokens first..last (inclusive)."""
        return self.starts[first], self.ends[last]

    def starts_sentence(self, index: int) -> bool:
        return index == 0 or self.sentence[index - 1] != self.sentence[index]


def is_note(message: Prepared, caller_starts: tuple[int, ...] = ()) -> bool:
    """Written about a caller, not by the customer: a caller word near the start and hardly an "I" at all.

    `caller_starts`: where the language's own caller words ([name] caller: "Kundin", "appel de") start."""
    if not _NOTE_OPENING.search(message.text[:80]) and not any(start < 80 for start in caller_starts):
        return False
    mine = 0
    for index in compress(count(), map(_FIRST_PERSON.__contains__, message.norms)):
        if not message.quoted[index]:
            mine += 1
            if mine > 1:
                return False
    return True


def opens_with_request(message: Prepared, requests: list[int]) -> bool:
    """The message opens (after any greeting) with a polite request: `requests` are the tokens where the
    language's request words start ([anger] requesting: "please", "I'd like", "bitte")."""
    first = _after_greeting(message)
    if first >= len(message.norms):
        return False
    return first in requests


def _after_greeting(message: Prepared) -> int:
    norms, starts, text = message.norms, message.starts, message.text
    first = 0
    while first < len(norms) and (
        norms[first] in _GREETINGS
        or not message.is_word(first)
        or text[starts[first] - 1 : starts[first]] == "@"  # "@CalmShop do you ...?"
    ):
        first += 1
    return first


def opens_with_question(message: Prepared) -> bool:
    """The message opens with a question of the asking kind ("Hi, can I ...?", "Is it possible to ...?"), not
    a "why" or "where": a customer asking for something, not complaining yet."""
    norms = message.norms
    first = _after_greeting(message)
    return first < len(norms) and norms[first] in _ASKING and ends_asking(message, first)


def ends_asking(message: Prepared, first: int) -> bool:
    """Whether the sentence token `first` stands in has a question mark from there on."""
    # Its sentence's tokens only: sentences are numbered in order, so the first of the next one ends it.
    norms, sentence = message.norms, message.sentence
    for index in range(first, len(norms)):
        if sentence[index] != sentence[first]:
            return False
        if norms[index] == "?":
            return True
    return False


def prepare(raw: str | bytes) -> Prepared | None:
    text = clean(raw)
    if text is None:
        return None
    tokens, norms, starts, ends = tokenize(text)
    return Prepared(text, tokens, norms, starts, ends)


def tokenize(text: str) -> tuple[list[str], list[str], list[int], list[int]]:
    """The tokens of `text` as found, their folded forms, their starts and their ends.

    This was most of a reading's time on a long message: one split and C-level maps do it now. Only the
    different words that need folding (accents, another script) cost a Python step, each once."""
    lowered = text.lower()
    same_places = len(lowered) == len(text)  # lower() moved nothing ("İ" grows): fold the text at once
    source = lowered if same_places else text
    pieces = _SPLIT.split(source)
    found = pieces[1::2]
    places = list(accumulate(map(len, pieces)))
    forms = {"\n": BREAK}  # what a token reads as where that is not the token itself
    for run in set(_RUNS.findall(source)):
        forms[run] = _mark(run)
    if same_places and not source.isascii():  # the words not in ASCII need folding: each different one once
        for token in filterfalse(str.isascii, set(found)):  # a mark is ASCII: these are words
            forms[token] = fold(token)
    elif not same_places:  # the text was not lowered: every word is folded
        for token in set(found):
            if token[0].isalnum():
                forms[token] = fold(token)
    return found, list(map(forms.get, found, found)), places[:-1:2], places[1::2]


def _numbered(norms: list[str]) -> list[int]:
    """Each token's sentence: how many sentence ends come before it."""
    numbers: list[int] = list(accumulate(map(SENTENCE_ENDS.__contains__, norms), initial=0))
    numbers.pop()
    return numbers


def _clauses(norms: list[str], words: frozenset[str]) -> list[int]:
    """Each token's clause: the clause marks and sentence ends before it, and the clause words up to it (a
    word is never a mark: one set look-up each tells a clause's start or end)."""
    ends = chain((False,), map(_CLAUSE_ENDS.__contains__, norms))
    return list(accumulate(map(add, ends, map(words.__contains__, norms))))


def _mark(token: str) -> str:
    """A mark's token: a line break, one mark, or a run of ! and ? as "!!", "??" or "?!"."""
    if len(token) > 1:
        return "?!" if "!" in token and "?" in token else token[:2]
    return BREAK if token == "\n" else token


def _quoted(text: str, found: list[str], starts: list[int]) -> tuple[list[bool], int]:
    """Per token, whether it stands inside somebody else's quoted words; and the count of scare quotes."""
    flags = [False] * len(found)
    scare = 0
    for quote in _QUOTES.finditer(text):
        start, end = quote.span()
        at = bisect.bisect_left(starts, start)
        inside = bisect.bisect_left(starts, end)
        words = sum(1 for token in found[at:inside] if token[0].isalnum())
        if words <= SCARE_WORDS:
            scare += 1  # the customer's own words, with a raised eyebrow: read them as written
            continue
        flags[at:inside] = repeat(True, inside - at)
    return flags, scare
