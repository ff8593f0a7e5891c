"""Which language a customer's message is in, and the reader's knowledge for that language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from calmdesk.core.languages import ENGLISH, SUPPORTED
from calmdesk.core.messages import gettext as _
from calmdesk.core.model import Problem
from calmdesk.core.tone.patterns import fold

if TYPE_CHECKING:
    from calmdesk.core.reading.prepared import Prepared

# A language needs this many of its common words before the message is taken as written in it, and another
# than English more than English has: "Hi, my Bestellung" is English, "Order 55120" no language at all.
MIN_WORDS = 2
# How a language's own letters are kept among its words: "\x00ß" is no word a message can hold. A letter
# counts as one word, however often it comes: "Straße, Größe, Füße" is no more German than "Straße".
LETTER = "\x00"
# English's files read for another language keep these tables only: what no language owns. (Tips are
# words too: each language has its own, shown in the agent's interface language: for_reply.threat_tips.)
_NEUTRAL = ("answer", "language", "marker")  # "marker": how anger features count, in any language


def detect(message: Prepared, words: Mapping[str, tuple[str, ...]]) -> str:
    """The language most of the message's common words belong to (`words`: each word and letter, the
    languages it belongs to: `word_index`); "" when too few of any language's words are there to tell
    ("Order 55120?", a name): the caller reads it as English.

    One dict lookup per token: nothing is fetched, no model is loaded. Only the first 400 tokens are
    counted: the language is plain long before that, and a quoted mail below is often in another."""
    counts: dict[str, int] = {}
    get = words.get
    for found in filter(None, map(get, message.norms[:400])):  # a Python step for a common word only
        for code in found:
            counts[code] = counts.get(code, 0) + 1
    text = message.text[:3000]
    if not text.isascii():  # an English message has none of the other alphabets' letters: skip the scan
        for ch in {ch for ch in set(text.lower()) if not ch.isascii()}:  # each letter once, not each use
            for code in get(LETTER + ch, ()):
                counts[code] = counts.get(code, 0) + 1
    if not counts:
        return ""
    english = counts.get(ENGLISH, 0)
    best = max(counts, key=lambda code: (counts[code], code == ENGLISH))
    if counts[best] < MIN_WORDS:
        return ""
    return ENGLISH if best == ENGLISH or counts[best] <= english else best


def word_index(words: Mapping[str, set[str]]) -> dict[str, tuple[str, ...]]:
    """Each language word (and letter) with the languages it belongs to, for `detect`."""
    index: dict[str, list[str]] = {}
    for code, known in words.items():
        for word in known:
            index.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in index.items()}


def neutral_tables(parsed: dict[str, Any]) -> dict[str, Any]:
    """Of one of English's files, what another language uses too: answers, the language words, and the
    order-number formats (their keywords are words, so each language has its own)."""
    kept = {key: value for key, value in parsed.items() if key in _NEUTRAL}
    order = parsed.get("order")
    if isinstance(order, dict) and "formats" in order:
        kept["order"] = {"formats": order["formats"]}
    return kept


def add_language_words(
    found: dict[str, set[str]], problems: list[Problem], source: str, table: dict[str, Any]
) -> None:
    """[language.<code>] words = [...] (folded as the tokens are) and letters = "..." (each letter stored
    as a one-character entry, which no folded word can be: folding takes the accents off)."""
    for code, entry in table.items():
        words = entry.get("words") if isinstance(entry, dict) else None
        letters = entry.get("letters", "") if isinstance(entry, dict) else ""
        if (
            code not in SUPPORTED
            or not isinstance(words, list)
            or not all(isinstance(w, str) for w in words)
            or not isinstance(letters, str)
        ):
            said = _("[language.{code}]: a supported language with words = [...]").format(code=code)
            problems.append(Problem(source, said))
            continue
        known = found.setdefault(code, set())
        known.update(fold(w) for w in words if w.strip())
        known.update(LETTER + ch for ch in letters.lower() if not ch.isascii())
