"""How angry a message reads, 0 to 3: its words, shouting and marks, demands, blame, threats and irony.

Each feature is counted, weighed by WEIGHTS and summed; the sum is cut into the four levels at LEVEL_STEPS.
Among the features are the rubric's steps (anger_rubric.py: each feature a mild, strong or extreme marker of
a kind, as data). The weights are fitted by tests/benchmarks/fit_anger.py on every study set together, its
figure cross-validated (a fold never scores the messages it was fitted on).
"""

from __future__ import annotations

from collections.abc import Mapping

from calmdesk.core.reading.anger_rubric import Marker, rubric_level, tier_features
from calmdesk.core.reading.anger_style import shouted, word_by_word
from calmdesk.core.reading.cues import Found
from calmdesk.core.reading.knowledge import ANGER_LEVELS
from calmdesk.core.reading.model import Evidence
from calmdesk.core.reading.prepared import (
    Prepared,
    ends_asking,
    is_note,
    opens_with_question,
    opens_with_request,
)
from calmdesk.core.reading.signals import Cues, evidence

LEVEL_STEPS = (1.02, 3.66, 7.67)
WEIGHTS = {
    "word": 0.54,  # times the strongest anger word's level (1 annoyed, 2 angry, 3 furious)
    "furious_words": 0.77,  # a furious word at all (on top of "word")
    "intensified": 0.0,  # an anger word after "absolutely", "so", "beyond": each such pair
    "problems": 0.0,  # each distinct word of the problem ("broken", "charged twice", "not arrived")
    "blaming": 0.75,  # each "you charged", "your courier threw"
    "calm": -1.35,  # each calm or polite word, in a message where nothing is wrong
    "courtesy": -1.03,  # each calm or polite word beside a complaint: polite fury is still fury
    "asking": -2.05,  # it opens with an asking question ("Can I ...?", "Is it possible ...?")
    "requesting": -1.2,  # it opens with a polite request ("Please cancel ...", "I'd like to ...")
    "masked": 0.0,  # each phrase of polite fury ("with respect", "I fail to see", "I must insist")
    "conceding": 0.54,  # a concession then "but" in one sentence: "I appreciate you are busy, but ..."
    "legal": 1.65,
    "chargeback": 0.44,
    "public": 2.29,
    "leave": 1.36,
    "repeat": 0.65,
    "repeated": 0.58,  # contacted many times: "the fourth time", "five emails", "yet again"
    "problem": 1.19,  # the message is about a problem at all
    "demanding": 0.28,  # each demand ("I want", "now", "immediately")
    "irony": 1.6,  # praise beside a complaint
    "shouting": 1.22,  # most of the message in capitals
    "capitals": 0.02,  # each word in capitals for emphasis ("NOT", "AGAIN")
    "marks": 0.5,  # "!!", "??", "?!"
    "exclaimed": 0.13,  # "!!!"
    "ultimatum": 0.0,  # a threat with a time in its sentence: "by Friday or I will leave a review"
    "kinds": 0.0,  # two kinds of anger or more at once (an angry word, a demand, blame, irony, a threat ...)
    # The rubric's steps (anger_rubric.py: each feature a mild, strong or extreme marker of a kind).
    "tier_mild": 1.08,  # any marker at all
    "tier_strong": 1.44,  # a strong marker
    "tier_two": 0.5,  # strong markers of two different kinds
    "tier_extreme": 1.81,  # an extreme marker
}
# The cues of the markers whose evidence features_of does not show already.
_MARKER_CUES = {"demanding": "anger_demanding", "masked": "anger_masked", "conceding": "anger_conceding",
                "repeated": "anger_repeated", "blaming": "anger_blaming"}  # fmt: skip
# At most this many of a feature count: the tenth swear word says no more than the first.
CAPS = {"calm": 3, "courtesy": 3, "demanding": 2, "capitals": 2, "furious_words": 1, "problems": 3,
        "blaming": 2, "masked": 2, "intensified": 2, "conceding": 1}  # fmt: skip

# An angry face: the tokens leave emoji out.
_ANGRY_EMOJI = tuple("\U0001f620\U0001f621\U0001f624\U0001f92c\U0001f4a2\U0001f47f\U0001f595")
# What turns a concession into polite fury: "I appreciate you're busy, but ...", "I'm sure ..., however".
_TURNS = frozenset({"but", "however", "nevertheless", "nonetheless", "yet", "aber", "jedoch", "trotzdem",
                    "pero", "mais", "cependant", "toutefois", "pourtant", "mas", "porem", "contudo",
                    "todavia"})  # fmt: skip


def anger(
    message: Prepared,
    cues: Cues,
    threats: tuple[str, ...],
    repeat: bool,
    problem: bool,
    markers: Mapping[str, Marker],
) -> tuple[int, list[Evidence]]:
    shown: list[Evidence] = []
    features = features_of(message, cues, threats, repeat, problem, shown, markers)
    level = level_of(features)
    if level:
        shown[:0] = _deciding(message, cues, rubric_level(features, markers).deciding)
    said = heard(message, cues)
    if said is None:
        return level, shown
    shown.insert(0, evidence(message, "anger", said))
    return settled(level, int(said.cue.weight), bool(threats)), shown


def _deciding(message: Prepared, cues: Cues, deciding: tuple[str, ...]) -> list[Evidence]:
    """What set the level, for the agent to see: the first cue of each deciding marker the rubric names
    that the evidence does not show already (a demand, polite fury, "the third time")."""
    groups = (_MARKER_CUES[name] for name in deciding if name in _MARKER_CUES)
    return [evidence(message, "anger", cues.group(group)[0]) for group in groups if cues.group(group)]


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
    # A mood inside a longer one is that one's: "um pouco irritado" (a little irritated) is annoyed, not the
    # "irritado" in it; "sehr aufgebracht" furious, not the "aufgebracht".
    whole = [
        f for f in stated if not any(o is not f and o.first <= f.first and f.last <= o.last for o in stated)
    ]
    return max(whole, key=lambda f: f.cue.weight)


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
    markers: Mapping[str, Marker],
) -> dict[str, float]:
    """The counted features of one message (the benchmark fits WEIGHTS on them)."""
    words = [w for w in cues.group("anger") if w.cue.label != "calm"]
    strongest: Found | None = max(words, key=lambda w: w.cue.weight, default=None)
    features: dict[str, float] = dict.fromkeys(WEIGHTS, 0.0)
    if strongest is not None:
        features["word"] = strongest.cue.weight
        shown.append(evidence(message, "anger", strongest))
    # The first angry face, each looked for alone: str.find answers at once in a text with no character
    # beyond U+FFFF (most texts: "£" or a curly quote is no emoji); a regex scans every character.
    faces = [at for at in map(message.text.find, _ANGRY_EMOJI) if at >= 0]
    if faces:  # the tokens leave emoji out: an angry face is an angry word
        at = min(faces)
        features["word"] = max(features["word"], ANGER_LEVELS["angry"])
        shown.append(Evidence("anger", "angry", at, at + 1, message.text[at]))
    features["furious_words"] = len({w.cue.pattern for w in words if w.cue.weight >= 3})
    features["problems"] = len({f.cue.pattern for f in cues.group("topic") if f.cue.weight >= 2})
    features["blaming"] = len({f.cue.pattern for f in cues.group("anger_blaming")})
    angry_tokens = {i for w in words for i in range(w.first, w.last + 1)}
    # "Why would you cancel it": a calm word inside an angry one ("would you") is no courtesy.
    calm = [w for w in cues.group("anger") if w.cue.label == "calm" and w.first not in angry_tokens]
    polite = len({w.cue.pattern for w in calm})
    features["masked"] = len({f.cue.pattern for f in cues.group("anger_masked")})
    features["conceding"] = float(_conceded(message, cues.group("anger_conceding")))
    features["asking"] = float(opens_with_question(message) or _opens_asking(message, cues))
    features["repeated"] = float(bool(cues.group("anger_repeated")))
    features["intensified"] = _intensified(words, cues.group("anger_intensifiers"))
    for threat in threats:
        features[threat] = 1.0
    features["ultimatum"] = float(_ultimatum(message, cues))
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
    loud, most = shouted(message)
    if loud:
        features["shouting" if most else "capitals"] = 1.0 if most else len(loud)
        first = loud[0]
        shown.append(Evidence("anger", "capitals", first[0], first[1], message.text[first[0] : first[1]]))
    text = message.text
    features["marks"] = float(
        "!!" in text or "??" in text or "?!" in text or text.count("!") >= 3 or word_by_word(message)
    )
    features["exclaimed"] = float("!!!" in text)  # the rubric's "!!!": extreme, where "?!" is mild
    strong = ("demanding", "blaming", "irony", "repeated", "masked", "conceding", "legal", "chargeback",
              "public", "leave", "shouting", "marks")  # fmt: skip
    kinds = sum(1 for name in strong if features[name]) + (features["word"] >= 2)
    features["kinds"] = float(kinds >= 2)
    features.update(tier_features(features, markers))
    return features


def _opens_asking(message: Prepared, cues: Cues) -> bool:
    """The message opens, after any greeting, with one of its language's asking openers ([anger] asking,
    after [anger] greeting: "Oi, vocês podem me dizer ...?", "Est-ce que vous livrez ...?") and that
    sentence is a question. English's openers are prepared.opens_with_question's."""
    asking = {found.first for found in cues.group("anger_asking")}
    if not asking:
        return False
    greetings = {found.first: found.last for found in cues.group("anger_greeting")}
    norms, starts, text = message.norms, message.starts, message.text
    first = 0
    while first < len(norms):
        if first in greetings:
            first = greetings[first] + 1
        elif not message.is_word(first) or text[starts[first] - 1 : starts[first]] == "@":
            first += 1
        else:
            break
    return first in asking and ends_asking(message, first)


def _ultimatum(message: Prepared, cues: Cues) -> bool:
    """A threat with a time in its sentence: "Refund me by Friday or I go to my bank"."""
    threatened = {message.sentence[found.first] for found in cues.group("threat")}
    return bool(threatened) and any(
        message.sentence[f.first] in threatened for f in cues.group("deadline_times")
    )


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
