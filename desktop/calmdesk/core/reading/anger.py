"""How angry a message reads, 0 to 3: its words, shouting and marks, demands, blame, threats and irony.

Each feature is counted, weighed by WEIGHTS and summed; the sum is cut into the four levels at LEVEL_STEPS.
The weights were fitted on the evaluation set (tests/core/reading/reading_eval.toml), never on its holdout.
"""

from __future__ import annotations

import re

from calmdesk.core.reading.cues import Found
from calmdesk.core.reading.knowledge import ANGER_LEVELS
from calmdesk.core.reading.model import Evidence
from calmdesk.core.reading.prepared import Prepared, is_note
from calmdesk.core.reading.signals import Cues, evidence

LEVEL_STEPS = (0.9, 1.9, 3.0)
WEIGHTS = {
    "word": 0.3,  # times the strongest anger word's level (1 annoyed, 2 angry, 3 furious)
    "furious_words": 1.05,  # a furious word at all (on top of "word")
    "problems": 0.2,  # each distinct word of the problem ("broken", "charged twice", "not arrived")
    "blaming": 0.3,  # each "you charged", "your courier threw"
    "calm": -0.45,  # each calm or polite word
    "legal": 3.0,
    "chargeback": 1.6,
    "public": 1.55,
    "leave": 1.2,
    "repeat": 0.55,
    "problem": 0.8,  # the message is about a problem at all
    "demanding": 0.55,  # each demand ("I want", "now", "immediately")
    "irony": 1.1,  # praise beside a complaint
    "shouting": 1.5,  # most of the message in capitals
    "capitals": 0.4,  # each word in capitals for emphasis ("NOT", "AGAIN")
    "marks": 0.55,  # "!!", "??", "?!"
}
# At most this many of a feature count: the tenth swear word says no more than the first.
CAPS = {"calm": 3, "demanding": 2, "capitals": 2, "furious_words": 1, "problems": 3, "blaming": 2}
# "Where. Is. My. Refund." - one word per sentence, for emphasis.
_WORD_BY_WORD = re.compile(r"(?:\b\w+\. ){2,}\w+\.")
# A word in capitals that is no shouting: "I", "OK", short codes and abbreviations.
_ANGRY_EMOJI = re.compile("[\U0001f620\U0001f621\U0001f624\U0001f92c\U0001f4a2\U0001f47f\U0001f595]")
# A word of two letters or more: what shouting is counted against.
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_SHOUT_WORD = re.compile(r"(?<![\w'])[A-Z][A-Z']{2,}(?![\w'])")
_NOT_SHOUTING = frozenset({"ASAP", "GDPR", "USB", "HDMI", "VAT", "TV", "UK", "USA", "EU", "DPD", "DHL", "UPS",
                           "SKU", "PIN", "FAQ", "ETA", "PDF", "ID", "LTD", "PLC", "BBC", "RE", "FW", "NHS",
                           "OK", "PS", "AM", "PM", "BST", "GMT", "CEO", "API", "APP", "SMS", "IBAN", "PRO",
                           "LED", "LCD", "GB", "NO", "ORD", "INV", "REF", "ACME", "PS5"})  # fmt: skip


def anger(
    message: Prepared, cues: Cues, threats: tuple[str, ...], repeat: bool, problem: bool
) -> tuple[int, list[Evidence]]:
    shown: list[Evidence] = []
    features = features_of(message, cues, threats, repeat, problem, shown)
    points = sum(WEIGHTS[name] * min(value, CAPS.get(name, value)) for name, value in features.items())
    level = sum(points >= step for step in LEVEL_STEPS)
    stated = cues.group("anger_stated")
    if stated and is_note(message):
        # The agent heard the caller: "Calm." is calm whatever the problem, unless they threatened.
        said = max(stated, key=lambda f: f.cue.weight)
        shown.insert(0, evidence(message, "anger", said))
        heard = int(said.cue.weight)
        return (heard if heard <= 1 and not threats else max(heard, level)), shown
    return level, shown


def features_of(
    message: Prepared,
    cues: Cues,
    threats: tuple[str, ...],
    repeat: bool,
    problem: bool,
    shown: list[Evidence],
) -> dict[str, float]:
    """The counted features of one message (the benchmark fits WEIGHTS on them)."""
    words = [w for w in cues.group("anger") if w.cue.label != "calm"]
    strongest: Found | None = max(words, key=lambda w: w.cue.weight, default=None)
    features: dict[str, float] = dict.fromkeys(WEIGHTS, 0.0)
    if strongest is not None:
        features["word"] = strongest.cue.weight
        shown.append(evidence(message, "anger", strongest))
    found_emoji = _ANGRY_EMOJI.search(message.text)
    if found_emoji is not None:  # the tokens leave emoji out: an angry face is an angry word
        features["word"] = max(features["word"], ANGER_LEVELS["angry"])
        shown.append(Evidence("anger", "angry", found_emoji.start(), found_emoji.end(), found_emoji.group()))
    features["furious_words"] = len({w.cue.pattern for w in words if w.cue.weight >= 3})
    features["problems"] = len({f.cue.pattern for f in cues.group("topic") if f.cue.weight >= 2})
    features["blaming"] = len({f.cue.pattern for f in cues.group("anger_blaming")})
    features["calm"] = len({w.cue.pattern for w in cues.group("anger") if w.cue.label == "calm"})
    for threat in threats:
        features[threat] = 1.0
    features["repeat"] = float(repeat)
    features["problem"] = float(problem)
    features["demanding"] = len({f.cue.pattern for f in cues.group("anger_demanding")})
    calm_tokens = {
        i for f in cues.group("anger") if f.cue.label == "calm" for i in range(f.first, f.last + 1)
    }
    irony = [f for f in cues.group("anger_ironic") if f.first not in calm_tokens]  # "was brilliant" is meant
    # Praise is irony only beside something wrong: an angry word, a threat, a repeat or a named problem.
    wrong = (
        bool(words)
        or bool(threats)
        or repeat
        or any(f.cue.weight >= 2 and f.cue.label not in ("service", "other") for f in cues.group("topic"))
    )
    if irony and problem and wrong:
        features["irony"] = 1.0
        shown.append(evidence(message, "anger", irony[0]))
    shouted, most = _shouted(message)
    if shouted:
        features["shouting" if most else "capitals"] = 1.0 if most else len(shouted)
        first = shouted[0]
        shown.append(Evidence("anger", "capitals", first[0], first[1], message.text[first[0] : first[1]]))
    text = message.text
    features["marks"] = float(
        "!!" in text
        or "??" in text
        or "?!" in text
        or text.count("!") >= 3
        or _WORD_BY_WORD.search(text) is not None
    )
    return features


def _shouted(message: Prepared) -> tuple[list[tuple[int, int]], bool]:
    """The words written in capitals for emphasis, and whether they make up most of the message."""
    text = message.text
    shouted = [
        found.span() for found in _SHOUT_WORD.finditer(text)
        if found.group() not in _NOT_SHOUTING and not _code_beside(text, *found.span())
    ]  # fmt: skip
    if len(shouted) < 2:
        return shouted, False
    # Short words count too once the long ones shout: "WHERE IS MY PARCEL" is all capitals.
    words = [w for w in _LETTER_WORD.findall(text) if w not in _NOT_SHOUTING or len(w) > 2]
    upper = sum(w.isupper() for w in words)
    return shouted, len(words) >= 3 and upper >= 0.5 * len(words)


def _code_beside(text: str, start: int, end: int) -> bool:
    """A capital word that is part of a product code: "XR-200", "SKU HX-4410", "E-404"."""
    return (end < len(text) and text[end] in "-0123456789") or (start > 0 and text[start - 1] == "-")
