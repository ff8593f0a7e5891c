"""How angry a message reads, 0 to 3: its words, its shouting and marks, what it threatens, and irony."""

from __future__ import annotations

import re

from calmdesk.core.reading.cues import Found
from calmdesk.core.reading.model import Evidence
from calmdesk.core.reading.prepared import Prepared
from calmdesk.core.reading.signals import Cues, evidence

# Points per finding; the sum is cut into the four levels at LEVEL_STEPS. Tuned on the evaluation set
# (tests/core/reading/reading_eval.toml), never on its holdout.
LEVEL_STEPS = (0.9, 1.9, 3.0)
WORD_WEIGHT = 0.8  # times the strongest anger word's level (1 annoyed, 2 angry, 3 furious)
MORE_WORDS = 0.35  # each further anger word, up to MAX_MORE_WORDS
MAX_MORE_WORDS = 1.05
CALM_WORD = -0.4  # each calm word, up to MAX_CALM
MAX_CALM = -1.2
THREAT_POINTS = {"legal": 1.0, "chargeback": 0.9, "public": 0.8, "leave": 0.6}
MAX_THREAT_POINTS = 1.6
REPEAT_POINTS = 0.4
COMPLAINT_POINTS = 0.5  # the message is about a problem at all
IRONY_POINTS = 1.4
SHOUTING_POINTS = 1.2  # most of the message in capitals
CAPITAL_WORD = 0.35  # one word in capitals for emphasis ("NOT", "AGAIN"), up to MAX_CAPITALS
MAX_CAPITALS = 0.7
MARKS_POINTS = 0.4  # "!!", "??", "?!"
# A word in capitals that is no shouting: "I", "OK", short codes and abbreviations.
_SHOUT_WORD = re.compile(r"[A-Z][A-Z']{2,}")
_NOT_SHOUTING = frozenset({"ASAP", "GDPR", "USB", "HDMI", "VAT", "TV", "UK", "USA", "EU", "DPD", "DHL", "UPS",
                           "SKU", "PIN", "FAQ", "ETA", "PDF", "ID", "LTD", "PLC", "BBC", "RE", "FW", "NHS",
                           "OK", "PS", "AM", "PM", "BST", "GMT", "CEO", "API", "APP", "SMS", "IBAN", "PRO",
                           "LED", "LCD", "GB", "NO", "ORD", "INV", "REF"})  # fmt: skip


def anger(
    message: Prepared, cues: Cues, threats: tuple[str, ...], repeat: bool, complaint: bool
) -> tuple[int, list[Evidence]]:
    words = [w for w in cues.group("anger") if w.cue.label != "calm"]
    strongest: Found | None = max(words, key=lambda w: w.cue.weight, default=None)
    points = 0.0
    shown: list[Evidence] = []
    if strongest is not None:
        points += WORD_WEIGHT * strongest.cue.weight
        shown.append(evidence(message, "anger", strongest))
        distinct = {w.cue.pattern for w in words if w.cue.weight >= 2} - {strongest.cue.pattern}
        points += min(MAX_MORE_WORDS, MORE_WORDS * len(distinct))
    calm = {w.cue.pattern for w in cues.group("anger") if w.cue.label == "calm"}
    points += max(MAX_CALM, CALM_WORD * len(calm))
    points += min(MAX_THREAT_POINTS, sum(THREAT_POINTS.get(t, 0.5) for t in threats))
    points += REPEAT_POINTS if repeat else 0.0
    points += COMPLAINT_POINTS if complaint else 0.0
    irony = cues.group("anger_ironic")
    if irony and complaint:
        points += IRONY_POINTS
        shown.append(evidence(message, "anger", irony[0]))
    points += _shouting(message, shown) + _marks(message)
    level = sum(points >= step for step in LEVEL_STEPS)
    return level, shown


def _shouting(message: Prepared, shown: list[Evidence]) -> float:
    text = message.text
    letters_words = [t for t in message.tokens if t.is_word and not t.norm.isdigit() and len(t.norm) > 1]
    shouted = [
        t for t in letters_words
        if _SHOUT_WORD.fullmatch(text[t.start : t.end]) and text[t.start : t.end] not in _NOT_SHOUTING
        and not _code_beside(text, t.start, t.end)
    ]  # fmt: skip
    if not shouted:
        return 0.0
    if len(shouted) >= 3 and len(shouted) >= 0.5 * len(letters_words):
        points = SHOUTING_POINTS
    else:
        points = min(MAX_CAPITALS, CAPITAL_WORD * len(shouted))
    first = shouted[0]
    shown.append(Evidence("anger", "capitals", first.start, first.end, text[first.start : first.end]))
    return points


def _code_beside(text: str, start: int, end: int) -> bool:
    """A capital word that is part of a product code: "XR-200", "SKU HX-4410", "E-404"."""
    return (end < len(text) and text[end] in "-0123456789") or (start > 0 and text[start - 1] == "-")


def _marks(message: Prepared) -> float:
    text = message.text
    if "!!" in text or "??" in text or "?!" in text or text.count("!") >= 3:
        return MARKS_POINTS
    return 0.0
