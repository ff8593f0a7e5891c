"""A topic from the message's words where no cue names one: word weights per topic, fitted on examples.

The weights are data (resources/reading/topic_words.toml, written by tests/benchmarks/fit_topic.py): a
multinomial logistic regression over the message's words, each counted once. Cues always win: the model
answers only a message whose topic no cue named ("The van drove off without even knocking").
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from calmdesk.core.messages import gettext as _
from calmdesk.core.model import Problem
from calmdesk.core.reading.prepared import MARKS, Prepared

# The model's topic is taken only when it is this sure of it; below, the cues' answer stands ("other").
MIN_PROBABILITY = 0.4
# Endings taken off before a word is looked up: "delivered", "delivering" and "delivers" weigh as one.
_ENDINGS = ("ing", "ed", "es", "s", "ly")


@dataclass(frozen=True, slots=True)
class TopicModel:
    bias: dict[str, float] = field(default_factory=dict)
    words: dict[str, dict[str, float]] = field(default_factory=dict)  # word -> topic -> weight


def stem(word: str) -> str:
    if not word.endswith(_ENDINGS):  # most words: one test, not five
        return word
    for ending in _ENDINGS:
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def _weighed(norm: str) -> bool:
    """Whether the model weighs a token's word: a word of two letters or more, not a number."""
    return len(norm) > 1 and norm not in MARKS and not norm.isdigit()


def words_of(message: Prepared) -> frozenset[str]:
    """The message's words as the model weighs them: stemmed, each once, no numbers or single letters."""
    return frozenset(stem(norm) for norm in dict.fromkeys(message.norms) if _weighed(norm))


def model_topic(message: Prepared, model: TopicModel) -> tuple[str, float, int | None]:
    """The most likely topic, its probability, and the token of the word that weighs most for it (the first
    such word in the message)."""
    scores = dict(model.bias)
    if not scores:
        return "other", 0.0, None
    weights = model.words
    # Each different word once, in the order it first comes, mapped to its stem if the model knows it.
    known: dict[str, str] = {}
    for norm in dict.fromkeys(message.norms):
        if _weighed(norm):
            word = stem(norm)
            if word in weights:
                known[norm] = word
    for word in set(known.values()):
        for topic, weight in weights[word].items():
            scores[topic] = scores.get(topic, 0.0) + weight
    best = max(scores, key=scores.__getitem__)
    top = scores[best]
    probability = 1.0 / sum(math.exp(score - top) for score in scores.values())
    if not known:
        return best, probability, None
    heaviest = max(known, key=lambda norm: weights[known[norm]].get(best, 0.0))  # the first of equals
    return best, probability, message.norms.index(heaviest)


def read_topic_model(
    table: Any, topics: tuple[str, ...], source: str, problems: list[Problem]
) -> TopicModel | None:
    """[topic_model]: `bias` (topic = weight) and [topic_model.words] (word = {topic = weight}); None, with a
    problem, when it is not that."""
    if (
        not isinstance(table, dict)
        or not isinstance(table.get("bias"), dict)
        or not isinstance(table.get("words"), dict)
    ):
        problems.append(Problem(source, _("[topic_model] needs bias = {...} and [topic_model.words]")))
        return None
    bias = {t: float(v) for t, v in table["bias"].items() if t in topics and _number(v)}
    words = {
        str(word): {t: float(v) for t, v in weights.items() if t in topics and _number(v)}
        for word, weights in table["words"].items()
        if isinstance(weights, dict)
    }
    return TopicModel(bias, {w: ws for w, ws in words.items() if ws})


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
