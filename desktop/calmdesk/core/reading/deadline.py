"""Whether the customer needs something by a time ("by Friday", "within 48 hours", "today"), and which."""

from __future__ import annotations

import re
from itertools import compress, count
from operator import itemgetter

from calmdesk.core.reading.model import Evidence
from calmdesk.core.reading.prepared import Prepared
from calmdesk.core.reading.signals import Cues

# Times written with numbers: "5pm", "10am", "the 21st", "17:00" (its hour), and a number before a unit.
_CLOCK = re.compile(r"\d{1,2}(?:am|pm)|\d{1,2}(?:st|nd|rd|th)")
_DIGITS = frozenset("0123456789")
_URGENT = frozenset({"today", "tonight", "tomorrow", "now", "2moro", "tmrw", "asap"})
PAST_REACH = 2  # a past word this close before a time makes it a report, not a deadline ("since Monday")
MAX_ALONE_WORDS = 2  # "TODAY." on its own is a deadline however the sentence before asked


def deadline(message: Prepared, cues: Cues) -> tuple[str | None, list[Evidence]]:
    times = _times(message, cues)
    leads = {f.last: f for f in cues.group("deadline_lead")}
    past_ends = {f.last for f in cues.group("deadline_past")}
    demand_sentences = {message.sentence[f.first] for f in cues.group("deadline_demand")}
    seen_until = -1
    for first, last in times:
        if first <= seen_until:
            continue  # "31st" inside "the 31st" is the same time
        seen_until = last
        lead = leads.get(first - 1)
        if lead is not None and not any(lead.first - k in past_ends for k in range(1, PAST_REACH + 1)):
            return _found(message, lead.first, last)  # "by Friday"; not "valid until the 31st"
        if lead is not None:
            continue
        if last > first and message.norms[first].isdigit():
            continue  # "3 weeks" without "within" is how long, not by when
        if any(first - k in past_ends for k in range(1, PAST_REACH + 1)):
            continue
        sentence = message.sentence[first]
        if sentence in demand_sentences:
            return _found(message, first, last)
        urgent = message.norms[first] in _URGENT  # "TODAY." on its own; "It's Thursday." only tells the day
        if urgent and sentence > 0 and _words_in_sentence(message, first) <= MAX_ALONE_WORDS:
            return _found(message, first, last)
    return None, []


def _words_in_sentence(message: Prepared, index: int) -> int:
    """How many words the sentence of token `index` has, counted outwards from it (a sentence is short)."""
    sentences = message.sentence
    sentence = sentences[index]
    first = last = index
    while first > 0 and sentences[first - 1] == sentence:
        first -= 1
    while last + 1 < len(sentences) and sentences[last + 1] == sentence:
        last += 1
    return sum(1 for i in range(first, last + 1) if message.is_word(i))


def _times(message: Prepared, cues: Cues) -> list[tuple[int, int]]:
    """Token ranges of the times in the message, in reading order."""
    spans = [(f.first, f.last) for f in cues.group("deadline_times")]
    units = {f.first: f for f in cues.group("deadline_units")}
    norms = message.norms
    # The tokens that start with a digit, picked at C speed: most tokens are words.
    for index in compress(count(), map(_DIGITS.__contains__, map(itemgetter(0), norms))):
        norm = norms[index]
        if _CLOCK.fullmatch(norm):
            spans.append((index, index))
        elif norm.isdigit() and index + 1 in units:
            spans.append((index, units[index + 1].last))
        elif norm.isdigit() and message.word_at(index + 1) == ":" and message.word_at(index + 2).isdigit():
            spans.append((index, index + 2))
    return sorted(spans, key=lambda span: (span[0], -span[1]))  # the longest first: "tomorrow morning"


def _found(message: Prepared, first: int, last: int) -> tuple[str, list[Evidence]]:
    start, end = message.span(first, last)
    text = message.text[start:end]
    return text, [Evidence("deadline", text, start, end, text)]
