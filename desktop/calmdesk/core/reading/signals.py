"""Topic, asks, threats and repeat contact: the cues found, less those negated or in somebody's quote."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, count
from operator import itemgetter, not_

from calmdesk.core.reading.cues import Found, following
from calmdesk.core.reading.knowledge_files import CUE_WEIGHT
from calmdesk.core.reading.model import Evidence
from calmdesk.core.reading.prepared import ENGLISH_CONDITIONS, Prepared, opens_with_question
from calmdesk.core.reading.topic_model import MIN_PROBABILITY, TopicModel, model_topic

# Below this score the message is about nothing in particular: topic "other". A `cues` entry scores 2, a
# `words` entry 0.5 (0.75 in the first sentence). A message with something wrong in it needs only the weak
# score: one context word names its subject (`_topic_floor`).
MIN_TOPIC_SCORE = 1.0
WEAK_TOPIC_SCORE = 0.5
_OWN = frozenset({"my", "our"})
# The same cue counts at most this often toward a topic: a word repeated ten times is still one subject.
MAX_REPEATS = 2
# What a word in quotes is worth to the topic: the customer quotes what the order page or an agent said.
QUOTED_WEIGHT = 0.5
# The first sentence names the subject more often than the rest ("Three things: 1) ..." aside).
FIRST_SENTENCE_WEIGHT = 1.5
# On a tie, the more specific problem wins: a broken item delivered late is about the broken item.
_PRIORITY = ("damaged", "wrong_item", "refund", "billing", "cancellation", "account", "technical", "delivery",
             "service", "other")  # fmt: skip
# What was wrong with the goods outweighs how they came: "the courier left it in the rain, it is soaked".
_WEIGHT = {"damaged": 1.3, "wrong_item": 1.3}
# A negation this close after "if" or "unless" is part of a condition ("if it isn't fixed, I'll sue").
CONDITION_REACH = 3
# Context words add up to this much at most: many mentions of a parcel do not outweigh "it arrived broken".
MAX_CONTEXT = 1.5
# "I ordered X and you sent Y": at most this many tokens from what was ordered to what came.
MIXUP_REACH = 8
# How the service was (no answer, a rude agent) is the subject only when no problem is named beside it: "My
# third e-mail and nobody answers. The fridge stopped cooling a week ago." is about the fridge. Chosen by
# cross-validation (fit_topic.py --folds: 0.4 lifted the English cues-only figure from 0.825 to 0.836).
SERVICE_BESIDE_A_PROBLEM = 0.4
# A threat to leave or to go public, with no other subject, is a complaint about the service.
_THREAT_TOPICS = {"public": "service", "leave": "service"}
# Asks that point to a topic when the words alone do not settle it.
_ASK_TOPICS = {
    "refund": "refund",
    "cancel": "cancellation",
    "delete_data": "account",
    "manager": "service",
    "apology": "service",
}


_first = itemgetter(1)  # a Found's first token


def _strong_long_first(found: Found) -> tuple[float, int, int]:
    """Strong and long cues first, then by where they start (`_cue_topic`)."""
    cue, first, last = found
    return -cue.weight, first - last, first


@dataclass(frozen=True, slots=True)
class Cues:
    """The cues found in one message, grouped, with the ones that do not count already set aside."""

    by_group: dict[str, list[Found]]

    def group(self, name: str) -> list[Found]:
        return self.by_group.get(name, [])


def sort_cues(
    message: Prepared,
    found: Mapping[str, list[Found]] | list[Found],
    reach: int,
    conditions: frozenset[str] = ENGLISH_CONDITIONS,
) -> Cues:
    """`found` (by group, as CueIndex.find gives it) without cues that are negated or stand inside a quote
    (except for the topic)."""
    if isinstance(found, list):
        by_group: dict[str, list[Found]] = defaultdict(list)
        for one in found:
            by_group[one.cue.group].append(one)
        found = by_group
    hedged = {i for h in found.get("negation_hedges", []) for i in range(h.first, h.last + 1)}
    negation_ends = [
        n.last
        for n in found.get("negation_cues", [])
        if n.first not in hedged and not _in_condition(message, n, conditions)
    ]
    # A cue is negated when a negation ends at most `reach` tokens before it, in its clause (the nearest
    # negation before it decides, and clauses only grow: any such negation will do). The few tokens reached
    # are marked once, walking to the clause's end; then each group is filtered at C speed, and a group
    # nothing touches is kept as is. (Flags in lists: a list's __getitem__ is a fast call, a bytearray's
    # is not.)
    size = len(message.norms)
    unquoted = list(map(not_, message.quoted)) if True in message.quoted else None
    open_ = both = None
    if negation_ends:
        open_ = [True] * size
        both = unquoted.copy() if unquoted is not None else open_
        for end in negation_ends:
            for index in range(end + 1, min(end + reach, size - 1) + 1):
                if message.new_clause(index):
                    break
                open_[index] = both[index] = False
    kept: dict[str, list[Found]] = {}
    for group, items in found.items():
        if group in ("negation_cues", "negation_hedges"):
            allowed = unquoted
        elif group == "topic":
            allowed = open_
        else:
            allowed = both or unquoted
        if allowed is not None:
            items = list(compress(items, map(allowed.__getitem__, map(_first, items))))
        if items:
            kept[group] = items
    return Cues(kept)


def _in_condition(message: Prepared, negation: Found, conditions: frozenset[str]) -> bool:
    """ "If this isn't fixed ...": the negation belongs to the condition, not to the threat after it."""
    first = max(0, negation.first - CONDITION_REACH)
    return not conditions.isdisjoint(message.norms[first : negation.first])


def evidence(message: Prepared, field: str, one: Found) -> Evidence:
    start, end = message.span(one.first, one.last)
    return Evidence(field, one.cue.label, start, end, message.text[start:end])


def labels(
    message: Prepared, cues: Cues, group: str, field: str, more: list[Found] | None = None
) -> tuple[tuple[str, ...], list[Evidence]]:
    """The labels of a group found at least once (sorted), with one piece of evidence per label; `more`:
    findings of the same field made otherwise (asks said in the customer's own words)."""
    seen: dict[str, Evidence] = {}
    for one in [*cues.group(group), *(more or ())]:
        if one.cue.label not in seen:
            seen[one.cue.label] = evidence(message, field, one)
    return tuple(sorted(seen)), list(seen.values())


def repeat_contact(message: Prepared, cues: Cues) -> tuple[bool, list[Evidence]]:
    found = cues.group("repeat")
    if not found:
        return False, []
    return True, [evidence(message, "repeat_contact", found[0])]


def topic(
    message: Prepared,
    cues: Cues,
    asked: Sequence[Found],
    threats: tuple[str, ...],
    model: TopicModel | None = None,
    conditions: frozenset[str] = ENGLISH_CONDITIONS,
) -> tuple[str, list[Evidence]]:
    """What the message is about: its topic cues and words weighed; where no cue names a topic, the word
    model's answer when it is sure enough (`model`, topic_model.py). `asked`: the asks found (cues and the
    customer's own words). `conditions`: the words that open a condition in the message's language ("if",
    "wenn", "si")."""
    found, shown = _cue_topic(message, cues, asked, _threatened_leaving(message, cues, conditions), threats)
    if model is None or (found != "other" and shown):  # a cue named it: cues win
        return found, shown
    guess, probability, token = model_topic(message, model)
    if probability < MIN_PROBABILITY:
        return found, shown
    if token is None or guess == "other":
        return guess, []
    start, end = message.span(token, token)
    return guess, [Evidence("topic", guess, start, end, message.text[start:end])]


def _threatened_leaving(message: Prepared, cues: Cues, conditions: frozenset[str]) -> frozenset[int]:
    """The sentences where cancelling is a threat, not the subject: a threat to leave in a sentence that a
    condition opened ("If the internet isn't back by Friday, I'll cancel and go elsewhere"; "Si no me lo
    arreglan, me doy de baja y me voy"). The subject is what is not fixed."""
    sentences = {message.sentence[one.first] for one in cues.group("threat") if one.cue.label == "leave"}
    if not sentences:
        return frozenset()
    # Only the condition words are looked at, picked at C speed: a walk over every token costs ~0.1 ms.
    sentence = message.sentence
    opened = map(sentence.__getitem__, compress(count(), map(conditions.__contains__, message.norms)))
    return frozenset(sentences.intersection(opened))


def _cue_topic(
    message: Prepared,
    cues: Cues,
    asked: Sequence[Found],
    threatened: frozenset[int],
    threats: tuple[str, ...],
) -> tuple[str, list[Evidence]]:
    asks = {one.cue.label for one in asked}
    # Asking for the money back names what is wanted, not what went wrong: "Ich will mein Geld zurück"
    # after "kam kaputt an" is about something damaged. A refund cue inside such an ask counts only when
    # the message names no other problem (a refund asked for is then the subject). Not so for a cancel:
    # "I'd like to cancel order 66, it hasn't shipped yet" is about cancelling, whatever else it names.
    refund_asked = {
        index for one in asked if one.cue.label == "refund" for index in range(one.first, one.last + 1)
    }
    only_asked = 0.0  # what the refund cues inside a refund ask scored
    asked_cue: Found | None = None
    scores: dict[str, float] = defaultdict(float)
    context: dict[str, float] = defaultdict(float)  # the weaker `words`, capped per topic
    counted: dict[str, int] = defaultdict(int)
    taken: set[tuple[str, int]] = set()  # a token counts once per topic ("delivered" is deliver~ too)
    best_evidence: dict[str, Found] = {}
    # Strong and long cues claim their words first: "payment failed" before the bare word "payment".
    ordered = sorted(cues.group("topic"), key=_strong_long_first)
    quoted, sentence = message.quoted, message.sentence
    for one in ordered:
        cue, first, last = one
        repeats = counted[cue.pattern] = counted[cue.pattern] + 1
        if repeats > MAX_REPEATS:
            continue  # checked first: most of a long message's topic words are repeats, no set to make
        label = cue.label
        covered = {(label, first)} if first == last else {(label, index) for index in range(first, last + 1)}
        if not taken.isdisjoint(covered):
            continue
        taken |= covered
        weight = cue.weight * (QUOTED_WEIGHT if quoted[first] else 1.0)
        if label == "cancellation" and sentence[first] in threatened:
            continue  # "..., I'll cancel and go elsewhere": a threat (threats has it), not the subject
        if sentence[first] == 0:
            weight *= FIRST_SENTENCE_WEIGHT
        if cue.weight < CUE_WEIGHT:
            context[label] += weight
            continue
        scores[label] += weight * _WEIGHT.get(label, 1.0)
        if label == "refund" and refund_asked.issuperset(range(first, last + 1)):
            only_asked += weight
            asked_cue = asked_cue or one
            continue
        known = best_evidence.get(label)
        if known is None or cue.weight > known.cue.weight:
            best_evidence[label] = one
    for label, weight in context.items():
        scores[label] += min(weight, MAX_CONTEXT)
    # "I ordered the large and got a small": what was ordered, then what came instead.
    told = {one.first for one in cues.group("mixup_not_after")}  # "got [an email]", "received [it] broken"
    came = [one for one in cues.group("mixup_got") if one.last + 1 not in told]
    mixups = following(message, cues.group("mixup_ordered"), came, MIXUP_REACH)
    if mixups:
        scores["wrong_item"] += CUE_WEIGHT * _WEIGHT["wrong_item"]
        best_evidence.setdefault("wrong_item", mixups[0])
    for ask in asks:
        if ask == "cancel" and threatened and "cancellation" not in scores:
            continue  # the "cancel" of a threat to leave
        if ask in _ASK_TOPICS:
            scores[_ASK_TOPICS[ask]] += 1.0
    for threat in threats if not scores else ():
        if threat in _THREAT_TOPICS:
            scores[_THREAT_TOPICS[threat]] += 1.0
    if not scores:
        return "other", []
    if asked_cue is not None:
        if any(label != "refund" for label in best_evidence):  # another problem is named by its own cue
            scores["refund"] -= only_asked
        else:
            best_evidence.setdefault("refund", asked_cue)
    if "service" in scores and any(label != "service" for label in best_evidence):
        scores["service"] *= SERVICE_BESIDE_A_PROBLEM
    best = max(scores, key=lambda label: (scores[label], -_PRIORITY.index(label)))
    if scores[best] < _topic_floor(message, cues, threats):
        return "other", []
    shown = best_evidence.get(best)
    return best, [evidence(message, "topic", shown)] if shown else []


def _topic_floor(message: Prepared, cues: Cues, threats: tuple[str, ...]) -> float:
    """The score a topic needs. A complaint names its subject by a context word often enough ("my parcel
    went to Manchester"): one such word will do there (WEAK_TOPIC_SCORE). A question that opens the message
    ("Do you deliver to Jersey?") or a pleasant message with nothing wrong in it ("the swap was quick,
    thanks") mentions a parcel or a size without being about a problem with it: those need MIN_TOPIC_SCORE.
    """
    if opens_with_question(message):
        return WEAK_TOPIC_SCORE if _OWN & set(message.norms) else MIN_TOPIC_SCORE
    trouble = (
        any(f.cue.label != "calm" for f in cues.group("anger"))
        or bool(cues.group("negation_cues"))
        or bool(cues.group("repeat"))
        or bool(threats)
    )
    pleasant = any(f.cue.label == "calm" for f in cues.group("anger")) or bool(cues.group("anger_ironic"))
    return MIN_TOPIC_SCORE if pleasant and not trouble else WEAK_TOPIC_SCORE
