"""How a message shouts: words in capitals, "Where. Is. My. Refund.", and what is no shouting."""

from __future__ import annotations

import re
from itertools import islice

from calmdesk.core.reading.prepared import Prepared

# "Where. Is. My. Refund." - one word per sentence, for emphasis: at least this many in a row.
WORD_BY_WORD = 3
# A word of two letters or more: what shouting is counted against.
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
# What `word_by_word` looks for, loosely: three "word." in a row, one character (no letter, digit or
# mark) between them. Every run it finds matches this; most messages have nothing that does.
_GAP = r"(?:[^\w.,;:!?\n]|_)"
_WORD = r"[^\W_]+(?:['\u2019\u02bc][^\W_]+)*"
# Both patterns open with a plain character and look behind only then: the engine skips to each full stop
# (each capital) instead of testing every position of the text.
_WORD_BY_WORD_HINT = re.compile(rf"\.(?<=[^\W_]\.){_GAP}{_WORD}\.{_GAP}{_WORD}\.")
_SHOUT_WORD = re.compile(r"[A-Z](?<![\w'][A-Z])[A-Z']{2,}(?![\w'])")  # no letter or ' before it
# A word in capitals that is no shouting: "I", "OK", short codes and abbreviations.
_NOT_SHOUTING = frozenset({"ASAP", "GDPR", "USB", "HDMI", "VAT", "TV", "UK", "USA", "EU", "DPD", "DHL", "UPS",
                           "SKU", "PIN", "FAQ", "ETA", "PDF", "ID", "LTD", "PLC", "BBC", "RE", "FW", "NHS",
                           "OK", "PS", "AM", "PM", "BST", "GMT", "CEO", "API", "APP", "SMS", "IBAN", "PRO",
                           "LED", "LCD", "GB", "NO", "ORD", "INV", "REF", "ACME", "PS5"})  # fmt: skip
_SHORT_NOT_SHOUTING = frozenset(w for w in _NOT_SHOUTING if len(w) <= 2)  # all in capitals
# A letter that is not A-Z or a-z ("é", "ß", "²" too: _LETTER_WORD takes it as a letter).
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z]")
# In ASCII, _LETTER_WORD's words are the runs of [A-Za-z]: all in capitals, or with a small letter.
# Each opens with a letter and looks behind only then (as _SHOUT_WORD): no look behind at every position.
_ASCII_CAPITALS_WORD = re.compile(r"[A-Z](?<![A-Za-z][A-Z])[A-Z]+(?![A-Za-z])")
_ASCII_SMALL_LETTER_WORD = re.compile(
    r"[a-z](?<![A-Za-z][a-z])[A-Za-z]+|[A-Z](?<![A-Za-z][A-Z])[A-Z]*[a-z][A-Za-z]*"
)


def word_by_word(message: Prepared) -> bool:
    """ "Where. Is. My. Refund.": WORD_BY_WORD one-word sentences in a row, each word right before its full
    stop and one space after the last. A pattern over the text tells first whether there can be such a run
    (the loop over every token costs more than one scan of the text, and most messages have none)."""
    if _WORD_BY_WORD_HINT.search(message.text) is None:
        return False
    norms, starts, ends = message.norms, message.starts, message.ends
    run = 0
    index = 0
    last = len(norms) - 1
    while index < last:
        follows = run == 0 or starts[index] == ends[index - 1] + 1
        stop = norms[index + 1] == "." and starts[index + 1] == ends[index]
        if message.is_word(index) and stop and follows:
            run += 1
            if run >= WORD_BY_WORD:
                return True
            index += 2
            continue
        run = 0
        index += 1
    return False


def shouted(message: Prepared) -> tuple[list[tuple[int, int]], bool]:
    """The words written in capitals for emphasis, and whether they make up most of the message."""
    text = message.text
    shouted = [
        found.span() for found in _SHOUT_WORD.finditer(text)
        if found.group() not in _NOT_SHOUTING and not code_beside(text, *found.span())
    ]  # fmt: skip
    if len(shouted) < 2:
        return shouted, False
    return shouted, mostly_capitals(text)


def mostly_capitals(text: str) -> bool:
    """Whether most words of two letters or more are in capitals (at least three such words in all)."""
    # Short words count too once the long ones shout: "WHERE IS MY PARCEL" is all capitals. The short
    # abbreviations ("TV", "OK", all in capitals) count as neither; C-speed counts, not a loop per word.
    if text.isascii() or _OTHER_LETTER.search(text) is None:  # "£" or "€" is no letter
        return _mostly_capitals_ascii(text)
    words = _LETTER_WORD.findall(text)
    left_out = sum(map(_SHORT_NOT_SHOUTING.__contains__, words))
    upper = sum(map(str.isupper, words)) - left_out
    counted = len(words) - left_out
    return counted >= 3 and upper >= 0.5 * counted


def _mostly_capitals_ascii(text: str) -> bool:
    """`mostly_capitals` of a text whose letters are all ASCII, without a list of all its words (5,000
    characters make ~800): a word is in capitals or has a small letter, so most are in capitals when the
    words with a small letter are no more than those in capitals; they are counted only that far."""
    capitals = _ASCII_CAPITALS_WORD.findall(text)
    upper = len(capitals) - sum(map(_SHORT_NOT_SHOUTING.__contains__, capitals))
    small = sum(1 for _ in islice(_ASCII_SMALL_LETTER_WORD.finditer(text), upper + 1))
    return upper + small >= 3 and small <= upper


def code_beside(text: str, start: int, end: int) -> bool:
    """A capital word that is part of a product code: "XR-200", "SKU HX-4410", "E-404"."""
    return (end < len(text) and text[end] in "-0123456789") or (start > 0 and text[start - 1] == "-")
