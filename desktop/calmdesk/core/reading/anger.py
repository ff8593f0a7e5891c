"""How angry a message reads, 0 to 3: its words, shouting and marks, demands, blame, threats and irony.

Each feature is counted, weighed by WEIGHTS and summed; the sum is cut into the four levels at LEVEL_STEPS.
The weights are fitted by tests/benchmarks/fit_anger.py on every labelled set together, its figure
cross-validated (a fold never scores the messages it was fitted on).
"""

from __future__ import annotations

import re

from calmdesk.core.reading.cues import Found
from calmdesk.core.reading.knowledge import ANGER_LEVELS
from calmdesk.core.reading.model import Evidence
from calmdesk.core.reading.prepared import Prepared, is_note, opens_with_question, opens_with_request
from calmdesk.core.reading.signals import Cues, evidence

LEVEL_STEPS = (0.07, 2.45, 6.47)
WEIGHTS = {
    "word": 0.95,  # times the strongest anger word's level (1 annoyed, 2 angry, 3 furious)
    "furious_words": 1.81,  # a furious word at all (on top of "word")
    "intensified": 0.5,  # an anger word after "absolutely", "so", "beyond": each such pair
    "problems": 0.0,  # each distinct word of the problem ("broken", "charged twice", "not arrived")
    "blaming": 0.54,  # each "you charged", "your courier threw"
    "calm": -1.72,  # each calm or polite word, in a message where nothing is wrong
    "courtesy": -0.96,  # each calm or polite word beside a complaint: polite fury is still fury
    "asking": -2.3,  # it opens with an asking question ("Can I ...?", "Is it possible ...?")
    "requesting": -1.59,  # it opens with a polite request ("Please cancel ...", "I'd like to ...")
    "masked": 0.37,  # each phrase of polite fury ("with respect", "I fail to see", "I must insist")
    "conceding": 1.28,  # a concession then "but" in one sentence: "I appreciate you are busy, but ..."
    "legal": 4.24,
    "chargeback": 2.31,
    "public": 3.04,
    "leave": 1.89,
    "repeat": 0.66,
    "repeated": 1.21,  # contacted many times: "the fourth time", "five emails", "yet again"
    "problem": 1.24,  # the message is about a problem at all
    "demanding": 0.89,  # each demand ("I want", "now", "immediately")
    "irony": 2.68,  # praise beside a complaint
    "shouting": 3.11,  # most of the message in capitals
    "capitals": 0.63,  # each word in capitals for emphasis ("NOT", "AGAIN")
    "marks": 0.42,  # "!!", "??", "?!"
    "kinds": 0.23,  # two kinds of anger or more at once (an angry word, a demand, blame, irony, a threat ...)
}
# At most this many of a feature count: the tenth swear word says no more than the first.
CAPS = {"calm": 3, "courtesy": 3, "demanding": 2, "capitals": 2, "furious_words": 1, "problems": 3,
        "blaming": 2, "masked": 2, "intensified": 2, "conceding": 1}  # fmt: skip
# "Where. Is. My. Refund." - one word per sentence, for emphasis: at least this many in a row.
WORD_BY_WORD = 3
# A word in capitals that is no shouting: "I", "OK", short codes and abbreviations.
_ANGRY_EMOJI = re.compile("[\U0001f620\U0001f621\U0001f624\U0001f92c\U0001f4a2\U0001f47f\U0001f595]")
# What turns a concession into polite fury: "I appreciate you're busy, but ...", "I'm sure ..., however".
_TURNS = frozenset({"but", "however", "nevertheless", "nonetheless", "yet", "aber", "jedoch", "trotzdem",
                    "pero", "mais", "cependant", "toutefois", "pourtant", "mas", "porem", "contudo",
                    "todavia"})  # fmt: skip
# A word of two letters or more: what shouting is counted against.
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
# What `_word_by_word` looks for, loosely: three "word." in a row, one character (no letter, digit or
# mark) between them. Every run it finds matches this; most messages have nothing that does.
_GAP = r"(?:[^\w.,;:!?\n]|_)"
_WORD = r"[^\W_]+(?:['\u2019\u02bc][^\W_]+)*"
# Both patterns open with a plain character and look behind only then: the engine skips to each full stop
# (each capital) instead of testing every position of the text.
_WORD_BY_WORD_HINT = re.compile(rf"\.(?<=[^\W_]\.){_GAP}{_WORD}\.{_GAP}{_WORD}\.")
_SHOUT_WORD = re.compile(r"[A-Z](?<![\w'][A-Z])[A-Z']{2,}(?![\w'])")  # no letter or ' before it
_NOT_SHOUTING = frozenset({"ASAP", "GDPR", "USB", "HDMI", "VAT", "TV", "UK", "USA", "EU", "DPD", "DHL", "UPS",
                           "SKU", "PIN", "FAQ", "ETA", "PDF", "ID", "LTD", "PLC", "BBC", "RE", "FW", "NHS",
                           "OK", "PS", "AM", "PM", "BST", "GMT", "CEO", "API", "APP", "SMS", "IBAN", "PRO",
                           "LED", "LCD", "GB", "NO", "ORD", "INV", "REF", "ACME", "PS5"})  # fmt: skip
_SHORT_NOT_SHOUTING = frozenset(w for w in _NOT_SHOUTING if len(w) <= 2)  # all in capitals


def anger(
    message: Prepared, cues: Cues, threats: tuple[str, ...], repeat: bool, problem: bool
) -> tuple[int, list[Evidence]]:
    shown: list[Evidence] = []
    level = level_of(features_of(message, cues, threats, repeat, problem, shown))
    said = heard(message, cues)
    if said is None:
        return level, shown
    shown.insert(0, evidence(message, "anger", said))
    return settled(level, int(said.cue.weight), bool(threats)), shown


def level_of(features: dict[str, float], weights: dict[str, float] = WEIGHTS,
             steps: tuple[float, ...] = LEVEL_STEPS) -> int:  # fmt: skip
    """The level the weighed features reach (the benchmark passes other weights to fit them)."""
    points = sum(weights[name] * min(value, CAPS.get(name, value)) for name, value in features.items())
    return sum(points >= step for step in steps)


def heard(message: Prepared, cues: Cues) -> Found | None:
    """In an agent's note, the strongest mood the agent wrote down ("Calm.", "Irate caller"), if any."""
    stated = cues.group("anger_stated")
    callers = tuple(message.starts[f.first] for f in cues.group("name_caller"))
    if not stated or not is_note(message, callers):
        return None
    return max(stated, key=lambda f: f.cue.weight)


def settled(level: int, stated: int, threatened: bool) -> int:
    """The agent heard the caller: "Calm." is calm whatever the problem, unless they threatened."""
    return stated if stated <= 1 and not threatened else max(stated, level)


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
    # An ASCII text has no emoji: the check is skipped (a regex scan of 5,000 characters is not free).
    found_emoji = None if message.text.isascii() else _ANGRY_EMOJI.search(message.text)
    if found_emoji is not None:  # the tokens leave emoji out: an angry face is an angry word
        features["word"] = max(features["word"], ANGER_LEVELS["angry"])
        shown.append(Evidence("anger", "angry", found_emoji.start(), found_emoji.end(), found_emoji.group()))
    features["furious_words"] = len({w.cue.pattern for w in words if w.cue.weight >= 3})
    features["problems"] = len({f.cue.pattern for f in cues.group("topic") if f.cue.weight >= 2})
    features["blaming"] = len({f.cue.pattern for f in cues.group("anger_blaming")})
    angry_tokens = {i for w in words for i in range(w.first, w.last + 1)}
    # "Why would you cancel it": a calm word inside an angry one ("would you") is no courtesy.
    calm = [w for w in cues.group("anger") if w.cue.label == "calm" and w.first not in angry_tokens]
    polite = len({w.cue.pattern for w in calm})
    features["masked"] = len({f.cue.pattern for f in cues.group("anger_masked")})
    features["conceding"] = float(_conceded(message, cues.group("anger_conceding")))
    features["asking"] = float(opens_with_question(message))
    features["repeated"] = float(bool(cues.group("anger_repeated")))
    features["intensified"] = _intensified(words, cues.group("anger_intensifiers"))
    for threat in threats:
        features[threat] = 1.0
    features["repeat"] = float(repeat)
    features["problem"] = float(problem)
    features["demanding"] = len({f.cue.pattern for f in cues.group("anger_demanding")})
    calm_tokens = {
        i for f in cues.group("anger") if f.cue.label == "calm" for i in range(f.first, f.last + 1)
    }
    irony = [f for f in cues.group("anger_ironic") if f.first not in calm_tokens]  # "was brilliant" is meant
    named = any(f.cue.weight >= 2 and f.cue.label != "other" for f in cues.group("topic"))
    # Praise is irony only beside something wrong: an angry word, a threat, a repeat or a named problem
    # (an annoyed word such as "days" is not enough: "Wow, here in two days!" is praise).
    # A negation is something wrong too: "Love paying for support that doesn't answer".
    wrong = (
        any(w.cue.weight >= 2 for w in words)
        or bool(threats)
        or repeat
        or named
        or bool(cues.group("negation_cues"))
    )
    # Courtesy beside a complaint does not calm it ("Thank you for your reply. It does not answer my ..."),
    # least of all wrapped round polite fury ("With respect, ...").
    complaint = problem and (bool(words) or wrong)
    # Opening with a polite request calms a message that has no angry word and no threat in it: "Please
    # cancel my subscription, I don't use it anymore", not "Please explain why. This is ridiculous."
    heated = (
        any(w.cue.weight >= 2 for w in words)
        or bool(threats)
        or repeat
        or bool(features["masked"] or features["conceding"] or features["repeated"])
    )
    requests = [f.first for f in cues.group("anger_requesting")]
    features["requesting"] = float(
        not heated and not features["asking"] and opens_with_request(message, requests)
    )
    fury = features["masked"] or features["conceding"]
    features["courtesy" if complaint else "calm"] = 0 if complaint and fury else polite
    if irony and wrong:
        features["irony"] = 1.0
        shown.append(evidence(message, "anger", irony[0]))
    shouted, most = _shouted(message)
    if shouted:
        features["shouting" if most else "capitals"] = 1.0 if most else len(shouted)
        first = shouted[0]
        shown.append(Evidence("anger", "capitals", first[0], first[1], message.text[first[0] : first[1]]))
    text = message.text
    features["marks"] = float(
        "!!" in text or "??" in text or "?!" in text or text.count("!") >= 3 or _word_by_word(message)
    )
    strong = ("demanding", "blaming", "irony", "repeated", "masked", "conceding", "legal", "chargeback",
              "public", "leave", "shouting", "marks")  # fmt: skip
    kinds = sum(1 for name in strong if features[name]) + (features["word"] >= 2)
    features["kinds"] = float(kinds >= 2)
    return features


def _word_by_word(message: Prepared) -> bool:
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


def _conceded(message: Prepared, concessions: list[Found]) -> bool:
    """A concession its sentence, or the next one, then turns from ("I appreciate this isn't your fault, but
    ...", "I do understand that mistakes happen. Three on one order, however, ...")."""
    norms, sentence = message.norms, message.sentence
    for found in concessions:
        index = found.last + 1
        while index < len(norms) and sentence[index] <= sentence[found.last] + 1:
            if norms[index] in _TURNS:
                return True
            index += 1
    return False


def _intensified(words: list[Found], intensifiers: list[Found]) -> float:
    """How many anger words come right after an intensifier: "absolutely ridiculous", "so fed up"."""
    ends = {f.last for f in intensifiers}
    return float(len({w.first for w in words if w.first - 1 in ends}))


def _shouted(message: Prepared) -> tuple[list[tuple[int, int]], bool]:
    """The words written in capitals for emphasis, and whether they make up most of the message."""
    text = message.text
    shouted = [
        found.span() for found in _SHOUT_WORD.finditer(text)
        if found.group() not in _NOT_SHOUTING and not _code_beside(text, *found.span())
    ]  # fmt: skip
    if len(shouted) < 2:
        return shouted, False
    # Short words count too once the long ones shout: "WHERE IS MY PARCEL" is all capitals. The short
    # abbreviations ("TV", "OK", all in capitals) count as neither; C-speed counts, not a loop per word.
    words = _LETTER_WORD.findall(text)
    left_out = sum(map(_SHORT_NOT_SHOUTING.__contains__, words))
    upper = sum(map(str.isupper, words)) - left_out
    counted = len(words) - left_out
    return shouted, counted >= 3 and upper >= 0.5 * counted


def _code_beside(text: str, start: int, end: int) -> bool:
    """A capital word that is part of a product code: "XR-200", "SKU HX-4410", "E-404"."""
    return (end < len(text) and text[end] in "-0123456789") or (start > 0 and text[start - 1] == "-")
