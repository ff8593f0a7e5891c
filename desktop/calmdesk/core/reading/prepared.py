"""A customer's message made ready to read: bounded, cleaned, tokenised, with quotes and clauses marked."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from calmdesk.core.tone.patterns import BREAK, SENTENCE_ENDS, fold

# A message is read from its first characters only: a 10 MB clipboard costs no more than a long e-mail, and
# what a customer wants is said near the top. 5,000 characters is a long e-mail; four times that is plenty.
MAX_READ_CHARS = 20_000
# More control characters than this share of the text: it is binary data (an image, a file), not a message.
_BINARY_SHARE = 0.05
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# Where a reply quotes the conversation before it: everything from here on was written by someone else.
_HISTORY = re.compile(
    r"^(?:On .{1,200}wrote:|-{2,} ?Original Message ?-{2,}|From: .{1,200}\n(?:Sent|Date): )", re.M
)
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
# line break. The same tokens as the tone rules' (so cues are written alike), made here in one cheap pass.
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019\u02bc][^\W_]+)*|[!?]{2,}|[.,;:!?\n]")
# Every token that is not a word: the marks `_TOKEN` finds, as `_mark` writes them.
MARKS = frozenset({".", ",", ";", ":", "!", "?", "!!", "??", "?!", BREAK})
# Words that start a new clause: a negation before them does not reach past them.
# English's clause words and condition words; another language's are its data ([negation] clause_words and
# conditions), applied once the message's language is known (with_clause_words, signals.sort_cues).
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


class Token(NamedTuple):
    """A token of the message: its folded form and where it sits (end exclusive). A tuple, because a long
    message has thousands and a frozen dataclass costs several times as much to make."""

    norm: str
    start: int
    end: int
    is_word: bool


@dataclass(frozen=True, slots=True)
class Prepared:
    """The text read, its tokens, and per token: its sentence, its clause and whether it stands in quotes."""

    text: str
    tokens: list[Token]
    norms: list[str]  # each token's folded form, the same as tokens[i].norm, for the cue search's loop
    starts: list[int]  # each token's start, for bisecting from a character position to a token
    sentence: list[int]
    clause: list[int]
    quoted: list[bool]
    scare_quotes: int  # how many short quotes in the customer's own words ("express" delivery)

    def word_at(self, index: int) -> str:
        return self.tokens[index].norm if 0 <= index < len(self.tokens) else ""

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character range of tokens first..last (inclusive)."""
        return self.tokens[first].start, self.tokens[last].end

    def starts_sentence(self, index: int) -> bool:
        return index == 0 or self.sentence[index - 1] != self.sentence[index]


def is_note(message: Prepared, caller_starts: tuple[int, ...] = ()) -> bool:
    """Written about a caller, not by the customer: a caller word near the start and hardly an "I" at all.

    `caller_starts`: where the language's own caller words ([name] caller: "Kundin", "appel de") start."""
    if not _NOTE_OPENING.search(message.text[:80]) and not any(start < 80 for start in caller_starts):
        return False
    mine = 0
    for index, norm in enumerate(message.norms):
        if norm in _FIRST_PERSON and not message.quoted[index]:
            mine += 1
            if mine > 1:
                return False
    return True


def opens_with_request(message: Prepared, requests: list[int]) -> bool:
    """The message opens (after any greeting) with a polite request: `requests` are the tokens where the
    language's request words start ([anger] requesting: "please", "I'd like", "bitte")."""
    first = _after_greeting(message)
    if first >= len(message.tokens):
        return False
    return first in requests


def _after_greeting(message: Prepared) -> int:
    tokens = message.tokens
    text = message.text
    first = 0
    while first < len(tokens) and (
        tokens[first].norm in _GREETINGS
        or not tokens[first].is_word
        or text[tokens[first].start - 1 : tokens[first].start] == "@"  # "@CalmShop do you ...?"
    ):
        first += 1
    return first


def opens_with_question(message: Prepared) -> bool:
    """The message opens with a question of the asking kind ("Hi, can I ...?", "Is it possible to ...?"), not
    a "why" or "where": a customer asking for something, not complaining yet."""
    tokens = message.tokens
    first = 0
    text = message.text
    while first < len(tokens) and (
        tokens[first].norm in _GREETINGS
        or not tokens[first].is_word
        or text[tokens[first].start - 1 : tokens[first].start] == "@"  # "@CalmShop do you ...?"
    ):
        first += 1
    if first >= len(tokens) or tokens[first].norm not in _ASKING:
        return False
    # Its sentence's tokens only: sentences are numbered in order, so the first of the next one ends it.
    sentence = message.sentence
    for index in range(first, len(tokens)):
        if sentence[index] != sentence[first]:
            return False
        if tokens[index].norm == "?":
            return True
    return False


def clean(raw: str | bytes) -> str | None:
    """The message's readable text, or None when it is not text at all (binary data, nothing but spaces)."""
    if isinstance(raw, bytes):
        head = raw[: MAX_READ_CHARS * 4]
        if b"\x00" in head:
            return None
        raw = head.decode("utf-8", errors="replace")
    text = raw[:MAX_READ_CHARS]
    if "\x00" in text:
        return None
    controls = len(_CONTROLS.findall(text))
    if controls > max(4, len(text) * _BINARY_SHARE):
        return None
    # Every change keeps each character in its place, so evidence spans point into the text as given.
    text = _CONTROLS.sub(" ", text.replace("\r\n", " \n").replace("\r", "\n"))
    history = _HISTORY.search(text)
    if history is not None and history.start() > 0:
        text = text[: history.start()]
    # A line quoted from an earlier message ("> ...") is blanked, not removed: spans keep their places.
    text = re.sub(r"(?m)^>.*$", lambda m: " " * len(m.group()), text)
    return text if text.strip() else None


def prepare(raw: str | bytes) -> Prepared | None:
    text = clean(raw)
    if text is None:
        return None
    tokens, starts, sentence, clause = tokenize(text)
    quoted, scare = _quoted(text, tokens, starts)
    return Prepared(text, tokens, [t[0] for t in tokens], starts, sentence, clause, quoted, scare)


def with_clause_words(message: Prepared, words: frozenset[str]) -> Prepared:
    """`message` with its clauses cut where `words` begin one (another language's "but", "because") instead
    of English's: a negation reaches no further than its clause, in every language."""
    clause: list[int] = []
    append = clause.append
    number = 0
    for norm in message.norms:  # a word is never a mark: one set look-up tells a clause's start or end
        if norm in words:
            number += 1
            append(number)
        else:
            append(number)
            if norm in _CLAUSE_ENDS:
                number += 1
    return replace(message, clause=clause)


def tokenize(text: str) -> tuple[list[Token], list[int], list[int], list[int]]:
    """The tokens of `text`, their starts, and the sentence and clause each belongs to.

    One plain pattern, tuples and a single loop: this is most of a reading's time on a long message.
    """
    lowered = text.lower()
    same_places = len(lowered) == len(text)  # lower() moved nothing ("İ" grows): fold the text at once
    source = lowered if same_places else text
    all_ascii = same_places and source.isascii()  # then no word needs folding at all
    tokens: list[Token] = []
    starts: list[int] = []
    sentence: list[int] = []
    clause: list[int] = []
    make = tuple.__new__
    folded: dict[str, str] = {}  # a long message repeats its words: each is folded once
    sentence_no = clause_no = 0
    # findall and find beat finditer's match objects: between two tokens lies nothing a token is made of, so
    # each token is found exactly where it stands.
    find = source.find
    end = 0
    for token in _TOKEN.findall(source):
        start = find(token, end)
        end = start + len(token)
        if token[0].isalnum():
            if all_ascii or (same_places and token.isascii()):
                norm = token
            else:
                norm = folded.get(token) or folded.setdefault(token, fold(token))
            if norm in ENGLISH_CLAUSE_WORDS:
                clause_no += 1
            tokens.append(make(Token, (norm, start, end, True)))
            starts.append(start)
            sentence.append(sentence_no)
            clause.append(clause_no)
            continue
        norm = _mark(token)
        tokens.append(make(Token, (norm, start, end, False)))
        starts.append(start)
        sentence.append(sentence_no)
        clause.append(clause_no)
        if norm in SENTENCE_ENDS:
            sentence_no += 1
            clause_no += 1
        elif norm in _CLAUSE_MARKS:
            clause_no += 1
    return tokens, starts, sentence, clause


def _mark(token: str) -> str:
    """A mark's token: a line break, one mark, or a run of ! and ? as "!!", "??" or "?!"."""
    if len(token) > 1:
        return "?!" if "!" in token and "?" in token else token[:2]
    return BREAK if token == "\n" else token


def _quoted(text: str, tokens: list[Token], starts: list[int]) -> tuple[list[bool], int]:
    """Per token, whether it stands inside somebody else's quoted words; and the count of scare quotes."""
    flags = [False] * len(tokens)
    scare = 0
    for found in _QUOTES.finditer(text):
        start, end = found.span()
        at = bisect.bisect_left(starts, start)
        inside = bisect.bisect_left(starts, end)
        words = sum(1 for t in tokens[at:inside] if t.is_word)
        if words <= SCARE_WORDS:
            scare += 1  # the customer's own words, with a raised eyebrow: read them as written
            continue
        for index in range(at, inside):
            flags[index] = True
    return flags, scare
