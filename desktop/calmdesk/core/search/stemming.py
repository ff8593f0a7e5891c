"""Stemmers: a light English one of our own, Snowball's for the other languages (`stems_for`).

The light English stemmer: the forms of one word (and its British and American spellings) share a stem.

Not Porter: a few ordered rules, enough that "apology", "apologies", "apologise" and "apologizing" meet, as do
"cancelled" and "canceled", "behaviour" and "behavior". Index and query run through the same function, so a
rule only ever merges words that differ by it; a stem is never shown to anyone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

# Inflections, longest first; stripped once, leaving at least three letters. ("ies" -> "y": "replies".)
_INFLECTIONS = (("ings", ""), ("ing", ""), ("ies", "y"), ("ied", "y"), ("es", ""), ("ed", ""), ("s", ""))
# An "s" that is no plural: "class", "status", "this".
_NOT_PLURAL = ("ss", "us", "is")
# Word-forming endings, longest first; up to two are stripped, each leaving at least four letters, so
# "respectfully" -> "respectful" -> "respect" and "delivered" -> "deliver" -> "deliv" (like "delivery").
_DERIVATIONS = tuple(
    sorted(
        [
            "isation",
            "ization",
            "ibility",
            "ability",
            "ation",
            "ition",
            "ution",
            "ment",
            "ness",
            "ence",
            "ance",
            "ency",
            "ancy",
            "able",
            "ible",
            "ful",
            "ous",
            "ive",
            "ise",
            "ize",
            "ist",
            "ism",
            "ity",
            "ate",
            "ent",
            "ant",
            "ion",
            "ic",
            "al",
            "ly",
            "er",
            "or",
            "is",
            "iz",
            "at",
            "y",
            "i",
            "e",
        ],
        key=len,
        reverse=True,
    )
)
_DERIVATIONS_BY_LENGTH = tuple(
    (length, frozenset(s for s in _DERIVATIONS if len(s) == length))
    for length in sorted({len(s) for s in _DERIVATIONS}, reverse=True)
)
_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of one normalised word (see `calmdesk.core.text.words`); short words are their own stem."""
    if len(word) < 4 or not word.isalpha():
        return word
    w = _british_to_american(word)
    for suffix, replacement in _INFLECTIONS:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix in ("s", "es") and w.endswith(_NOT_PLURAL):
                continue
            w = w[: -len(suffix)] + replacement
            break
    for _ in range(2):
        # Longest first, one set lookup per length: the same as trying every ending, several times faster.
        for length, endings in _DERIVATIONS_BY_LENGTH:
            if len(w) - length >= 4 and w[-length:] in endings:
                w = w[:-length]
                break
        else:
            break
    # "cancell" (from "cancelled") and "cancel" (from "canceled"); "stopp" and "stop".
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in _VOWELS:
        w = w[:-1]
    return w


def _british_to_american(word: str) -> str:
    # "colour", "behaviour", "favourite" (long enough for "four" and "your" to stay apart); "centre".
    if len(word) >= 6 and "our" in word:
        word = word.replace("our", "or")
    if word.endswith("tre"):
        word = word[:-3] + "ter"
    elif word.endswith("ogue"):
        word = word[:-2]
    return word


# The Snowball algorithms of the other content languages: the snowballstemmer package, which runs them on
# PyStemmer's C stemmers (a dependency too: the same stems, 2 MB less memory than its pure-Python ones).
SNOWBALL = {"es": "spanish", "de": "german", "fr": "french", "pt": "portuguese"}
# German written without umlauts: "rueckerstattung" is "rückerstattung", which words() folds to "u".
_GERMAN_DIGRAPHS = (("ae", "a"), ("oe", "o"), ("ue", "u"))


@lru_cache(maxsize=8)
def stemmer(lang: str) -> Callable[[str], str]:
    """The stemmer of `lang` over normalised words (accents already folded, as in the index); the light
    English one for English and any language Snowball lacks here."""
    name = SNOWBALL.get(lang)
    if name is None:
        return stem
    import snowballstemmer  # only when a library in another language is indexed

    from calmdesk.core.text import normalize

    algorithm = snowballstemmer.stemmer(name)
    german = lang == "de"

    @lru_cache(maxsize=65536)
    def snowball_stem(word: str) -> str:
        if len(word) < 4 or not word.isalpha():
            return word
        if german:
            for pair, single in _GERMAN_DIGRAPHS:
                word = word.replace(pair, single)
        return normalize(algorithm.stemWord(word))

    return snowball_stem


def stems_for(languages: Sequence[str]) -> Callable[[str], tuple[str, ...]]:
    """A word's stems in each of `languages` (duplicates dropped): a library in Spanish indexes the
    English versions too, so "refund" and "reembolso" each meet their own forms."""
    functions = tuple(dict.fromkeys(stemmer(lang) for lang in languages or ("en",)))
    if len(functions) == 1:
        only = functions[0]
        return lambda word: (only(word),)
    return lambda word: tuple(dict.fromkeys(f(word) for f in functions))
