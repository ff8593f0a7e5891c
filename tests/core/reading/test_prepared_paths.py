"""The reader's fast paths read as the plain way: the tokeniser's (one split, ASCII text, accents, letters
that grow when lowered) as the one-token-at-a-time loop (norms, places, sentences, clauses, quotes), and
the order formats as one pattern as each format alone."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from calmdesk.core.reading.knowledge_files import order_format
from calmdesk.core.reading.numbers import _EMAIL, any_format, email
from calmdesk.core.reading.prepared import ENGLISH_CLAUSE_WORDS, prepare
from calmdesk.core.tone.patterns import BREAK, SENTENCE_ENDS, fold

_TOKEN = re.compile(r"[^\W_]+(?:['\u2019\u02bc][^\W_]+)*|[!?]{2,}|[.,;:!?\n]")
_CLAUSE_MARKS = {",", ";", ":", "_,"}


def plain(text: str, clause_words: frozenset[str] = ENGLISH_CLAUSE_WORDS) -> list[tuple[object, ...]]:
    """Each token as the reader read it before its fast paths: (norm, start, end, is word, sentence,
    clause), one match object and one fold at a time."""
    tokens: list[tuple[object, ...]] = []
    sentence = clause = 0
    for found in _TOKEN.finditer(text.lower() if len(text.lower()) == len(text) else text):
        token = found.group()
        if token[0].isalnum():
            norm = fold(token)
            if norm in clause_words:
                clause += 1
            tokens.append((norm, found.start(), found.end(), True, sentence, clause))
            continue
        if len(token) > 1:
            norm = "?!" if "!" in token and "?" in token else token[:2]
        else:
            norm = BREAK if token == "\n" else token
        tokens.append((norm, found.start(), found.end(), False, sentence, clause))
        if norm in SENTENCE_ENDS:
            sentence += 1
            clause += 1
        elif norm in _CLAUSE_MARKS:
            clause += 1
    return tokens


def fast(text: str, clause_words: frozenset[str] | None = None) -> list[tuple[object, ...]]:
    message = prepare(text)
    assert message is not None
    if clause_words is not None:
        message = message.with_clause_words(clause_words)
    rows = zip(message.norms, message.starts, message.ends, message.sentence, message.clause, strict=True)
    made = [(n, s, e, message.is_word(i), sn, c) for i, (n, s, e, sn, c) in enumerate(rows)]
    assert [tuple(t) for t in message.tokens] == [row[:4] for row in made]
    # The clause test a negation walks with agrees with the numbers.
    assert [message.new_clause(i) for i in range(1, len(made))] == [
        message.clause[i] != message.clause[i - 1] for i in range(1, len(made))
    ]
    return made


# Letters that fold (accents, a curly apostrophe), that grow when lowered ("İ"), other scripts, marks and
# runs of them, underscores, digits, quotes, emoji and the pilcrow a line break becomes.
_PIECES = list(
    "abAB zZ09_'\u2019\u02bc.,;:!?\n\"\u201c\u201d\u00e9\u00c9\u00df\u0130\u0131\u00b6\u0436\u4e00"
)
TRICKY = st.lists(
    st.sampled_from([*_PIECES, "\U0001f621", "\u0301", "but", " so ", "\u00fcber", "Don't"]),
    min_size=1,
    max_size=60,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(TRICKY)
@example("Where is it?! I said NO!!! \u201cWe can't help\u201d, but\nso be it")
@example("\u0130stanbul caf\u00e9 don\u2019t __x__ ??!")
def test_the_fast_tokeniser_reads_as_the_plain_loop(text: str) -> None:
    if prepare(text) is None:
        return
    assert fast(text) == plain(text)


@settings(max_examples=100, deadline=None)
@given(TRICKY)
def test_another_languages_clause_words_cut_as_the_plain_loop(text: str) -> None:
    words = frozenset({"aber", "pero", "ab", "\u00fcber"})
    if prepare(text) is None:
        return
    assert fast(text, words) == plain(text, words)


_FORMATS = st.lists(st.text(st.sampled_from("#@*A-Z09 /x"), min_size=1, max_size=10), min_size=1, max_size=6)


@settings(max_examples=200, deadline=None)
@given(_FORMATS, st.text(st.sampled_from("#AaZz0189-/ x"), max_size=14))
def test_the_order_formats_as_one_pattern_match_as_each_one(shapes: list[str], value: str) -> None:
    formats = tuple(order_format(shape) for shape in shapes)
    assert (any_format(formats).fullmatch(value) is not None) == any(f.fullmatch(value) for f in formats)


def _first_address(text: str) -> str | None:
    """The address as the reader found it before: one scan from 64 before the first "@" to the end."""
    at = text.find("@")
    if at < 0:
        return None
    found = _EMAIL.search(text, max(0, at - 64))
    return found.group().rstrip(".") if found else None


_MAIL_PIECES = ["@", ".", "-", "_", "+", " ", "\n", "a", "Z", "9", "co", ".uk", "x" * 70, "jo.smith",
                "@example", ".com", "@CalmShop", "a@b.de"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_MAIL_PIECES), min_size=1, max_size=30).map("".join))
@example("@CalmShop mail me at jo.smith@example.co.uk. or @later")
def test_addresses_are_found_around_each_at_sign_as_in_one_scan(text: str) -> None:
    message = prepare(text)
    if message is None:
        return
    assert email(message)[0] == _first_address(message.text)
