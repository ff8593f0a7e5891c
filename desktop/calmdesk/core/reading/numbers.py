"""The order number and the e-mail address in a message, told apart from phones, parcels, prices and dates."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from calmdesk.core.reading.cues import Found
from calmdesk.core.reading.knowledge import Knowledge
from calmdesk.core.reading.model import Evidence
from calmdesk.core.reading.prepared import Prepared
from calmdesk.core.reading.signals import Cues
from calmdesk.core.tone.patterns import SENTENCE_ENDS

# Something an order reference could be: letters, digits and inner hyphens, at least three digits, an
# optional "#" before it. Never part of a longer word, an address or a path.
_CANDIDATE = re.compile(
    r"(?<![\w@/+£$€-])#?(?=[A-Za-z-]{0,12}\d)[A-Za-z0-9](?:[A-Za-z0-9-]{0,24}[A-Za-z0-9])?(?![\w@/]|[.,-]\d)"
)
MIN_DIGITS = 3
# A candidate's first digit is at most this far from its start: "#", then up to 12 letters or hyphens.
DIGIT_REACH = 14
_DIGIT = re.compile(r"\d")
# A phone number: "07700 900461", "+44 20 7946 0018", "0800 123 4567", "(0161) 496 0732".
_PHONE = re.compile(r"(?<![\w#-])(?:\+\d{1,3}[\s.-]?|\(?0)\d{1,5}\)?(?:[\s.-]?\d{2,4}){2,4}(?!\w)")
# A date: 01/02/2024, 2024-10-03, 12.04.24.
_DATE = re.compile(r"(?<!\w)(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})(?!\w)")
# A parcel's tracking code: S10 ("RM123456785GB"), UPS "1Z...", or a long run of digits and capitals.
_TRACKING = re.compile(r"[A-Z]{2}\d{9}[A-Z]{2}|1Z[0-9A-Z]{16}|[A-Z0-9]{16,}|\d{12,}")
# A product or model code: "XR-200", "KB-750", "WM-8100", "TH-400": a few capitals and a short number.
_PRODUCT = re.compile(r"[A-Z]{1,4}-?\d{1,4}")
_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}"
)
_DOMAIN_RUN = re.compile(r"[A-Za-z0-9.-]*")  # what an address may hold after its "@"
PHONE_REACH = 24  # a phone number is at most this long: how far around a candidate to look for one
KEYWORD_REACH = 4  # tokens between an order keyword and the number ("order number is: 123")
ACCEPT = 3.0  # the score a candidate needs: an order keyword before it, or a team's order format


def email(message: Prepared) -> tuple[str | None, list[Evidence]]:
    """The first address in the message. Every address holds one "@", and the first "@" that has one has
    the first: each "@" is looked at in turn, in a window around it. A "@" with no address ("@CalmShop")
    used to send the pattern through the whole rest of the text, at every letter up to 64 ahead."""
    text = message.text
    at = text.find("@")
    while at >= 0:
        # An address holding this "@" starts at most 64 before it and ends where the domain's letters do.
        domain_end = _DOMAIN_RUN.match(text, at + 1).end()  # type: ignore[union-attr]  # * always matches
        found = _EMAIL.search(text, max(0, at - 64), domain_end)
        if found is not None:
            value = found.group().rstrip(".")
            start = found.start()
            return value, [Evidence("email", value, start, start + len(value), value)]
        at = text.find("@", at + 1)
    return None, []


def order_number(message: Prepared, cues: Cues, knowledge: Knowledge) -> tuple[str | None, list[Evidence]]:
    text = message.text
    starts = message.starts
    keyword_ends = _ends(cues.group("order_keywords"))
    other_ends = _ends(cues.group("order_not_keywords"))
    best: tuple[float, int, str] | None = None
    for found in _candidates(text):
        start = found.start()
        if sum(map(str.isdigit, found.group())) < MIN_DIGITS:
            continue
        if start > 0 and text[start - 1] in "£$€":
            continue
        score = _score(
            found.group(), message, bisect.bisect_left(starts, start), keyword_ends, other_ends, knowledge
        )
        # Only a candidate that would be taken is looked at for a phone number or a date around it: the
        # score is cheap, the patterns over its surroundings are not, and most candidates score too low.
        if score >= ACCEPT and (best is None or score > best[0]) and not _inside_phone_or_date(text, start):
            best = (score, start, found.group())
    if best is None:
        return None, []
    _, start, value = best
    return value, [Evidence("order_number", value, start, start + len(value), value)]


@functools.lru_cache(maxsize=16)
def any_format(formats: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """A team's order formats (knowledge_files.order_format: no groups, one set of flags) as one pattern: a
    candidate is tried once, not once per format."""
    flags = functools.reduce(lambda a, b: a | b, (f.flags for f in formats), 0)
    return re.compile("|".join(f"(?:{f.pattern})" for f in formats), flags)


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """What `_CANDIDATE.finditer(text)` finds, looked for only near a digit: a candidate has a digit within
    its first DIGIT_REACH characters, so the stretches of words far from any digit (most of a message) are
    skipped instead of tried at every letter."""
    position = 0
    while True:
        digit = _DIGIT.search(text, position)
        if digit is None:
            return
        found = _CANDIDATE.search(text, max(position, digit.start() - DIGIT_REACH))
        if found is None:
            return
        yield found
        position = found.end()


def _inside_phone_or_date(text: str, start: int) -> bool:
    """Whether the candidate at `start` is part of a phone number or a date (looked for around it only:
    scanning a long message for every phone number costs more than the few candidates)."""
    window = max(0, start - PHONE_REACH)
    for found in _PHONE.finditer(text, window, start + PHONE_REACH):
        if found.start() <= start < found.end() and sum(map(str.isdigit, found.group())) >= 9:
            return True
    return any(found.start() <= start < found.end() for found in _DATE.finditer(text, window, start + 12))


def _ends(found: list[Found]) -> dict[int, Found]:
    return {one.last: one for one in found}


def _score(
    value: str,
    message: Prepared,
    token: int,
    keyword_ends: dict[int, Found],
    other_ends: dict[int, Found],
    knowledge: Knowledge,
) -> float:
    bare = value.lstrip("#")
    digits = sum(map(str.isdigit, bare))
    score = 0.0
    for back in range(token - 1, max(-1, token - 1 - KEYWORD_REACH), -1):
        if message.norms[back] in SENTENCE_ENDS and message.norms[back] != ".":
            break
        if back in other_ends:
            return 0.0  # the nearest label says what it is: a ticket, an invoice, a phone number
        if back in keyword_ends:
            score += 3.0
            break
    if knowledge.order_formats and any_format(knowledge.order_formats).fullmatch(value):
        score += ACCEPT  # a team's own shape needs no "order" before it
    if value.startswith("#"):
        score += 1.0
    if _TRACKING.fullmatch(bare) and score < 2 * ACCEPT:
        return 0.0
    if _PRODUCT.fullmatch(bare) and any(c.isalpha() for c in bare) and digits <= 4:
        score -= 1.0  # "XR-200" is more often a product than an order, but a keyword before it settles it
    if bare.isdigit() and len(bare) == 4 and 1990 <= int(bare) <= 2039 and score < 3.0:
        return 0.0  # a year
    return score
