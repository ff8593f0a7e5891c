"""Fit the topic model (resources/reading/topic_words.toml): word weights per topic, where no cue names one.

    python tests/benchmarks/fit_topic.py            # fit on eval, holdout and fresh; score fresh2 held out
    python tests/benchmarks/fit_topic.py --folds    # and 5-fold cross-validated over the four English sets
    python tests/benchmarks/fit_topic.py --languages  # would a model per language help? (cross-validated)
    python tests/benchmarks/fit_topic.py --write    # fit on all four sets and write the data file

A multinomial logistic regression of the labelled topic on the message's words (stemmed, each counted once),
L2-regularised. The reader uses it only where no topic cue fires (core/reading/topic_model.py): cues win.
The figures printed are the reader's topic with and without the model; fresh2 is scored by a model fitted
without it, and reading_fresh3.toml (held out of every fit) is printed once, as it is.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # reading_quality, beside this file
import reading_quality

from calmdesk.core.languages import ENGLISH
from calmdesk.core.reading import read_message
from calmdesk.core.reading.knowledge import TOPICS, builtin_knowledge, load_knowledge
from calmdesk.core.reading.prepared import prepare
from calmdesk.core.reading.topic_model import TopicModel, words_of

L2 = 0.003
ROUNDS = 400
RATE = 1.0
MIN_COUNT = 2  # a word seen once says more about its message than about its topic
KEEP = 0.05  # weights smaller than this are left out of the file: they change no answer
OUT = Path(reading_quality.ROOT) / "resources" / "reading" / "topic_words.toml"


FOLDS = 5
SEED = 19


def features(text: str, lang: str = ENGLISH) -> frozenset[str]:
    message = prepare(text)
    if message is None:
        return frozenset()
    return words_of(builtin_knowledge(lang).cues.normalise(message))


def fit(texts: Sequence[str], topics: Sequence[str], lang: str = ENGLISH) -> TopicModel:
    seen = [features(t, lang) for t in texts]
    counts = Counter(w for words in seen for w in words)
    vocab = sorted(w for w, n in counts.items() if n >= MIN_COUNT)
    index = {w: i for i, w in enumerate(vocab)}
    x = np.zeros((len(texts), len(vocab)))
    for row, words in enumerate(seen):
        for w in words:
            if w in index:
                x[row, index[w]] = 1.0
    y = np.eye(len(TOPICS))[[TOPICS.index(t) for t in topics]]
    w_ = np.zeros((len(vocab), len(TOPICS)))
    b = np.zeros(len(TOPICS))
    for _ in range(ROUNDS):
        z = x @ w_ + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = p - y
        w_ -= RATE * (x.T @ g / len(y) + L2 * w_)
        b -= RATE * g.mean(axis=0)
    weights = {
        word: {t: round(float(v), 2) for t, v in zip(TOPICS, w_[i], strict=True) if abs(v) >= KEEP}
        for word, i in index.items()
    }
    bias = {t: round(float(v), 2) for t, v in zip(TOPICS, b, strict=True)}
    return TopicModel(bias, {w: ws for w, ws in weights.items() if ws})


def cases(names: Sequence[str]) -> list[reading_quality.Case]:
    every = {**reading_quality.SETS, **reading_quality.LANGUAGE_SETS, **reading_quality.FRESH_LANGUAGE_SETS}
    return [case for name in names for case in reading_quality.load_cases(every[name])]


def score(model: TopicModel | None, data: Sequence[reading_quality.Case], lang: str = ENGLISH) -> float:
    """The reader's topic on `data`, its `lang` knowledge given `model` (None: cues only)."""
    if lang == ENGLISH:
        knowledge = replace(load_knowledge(()), topic_model=model, others={})
    else:  # the language's own knowledge, read as the reader's knowledge_for would, with `model` in it
        english = load_knowledge(())
        english.others[lang] = replace(load_knowledge((), lang), topic_model=model)
        knowledge = english
    return float(sum(read_message(c.text, knowledge).topic == c.expect["topic"] for c in data) / len(data))


def cross_validated(data: Sequence[reading_quality.Case], lang: str = ENGLISH) -> tuple[float, float]:
    """Topic right with cues only and with cues + a model fitted on the other folds, over FOLDS folds: what
    a model adds on messages it never saw."""
    order = list(range(len(data)))
    random.Random(SEED).shuffle(order)
    right_cues = right_model = 0.0
    for fold in range(FOLDS):
        held = [data[i] for i in order[fold::FOLDS]]
        train = [data[i] for i in sorted(set(order) - set(order[fold::FOLDS]))]
        model = fit([c.text for c in train], [c.expect["topic"] for c in train], lang)
        right_cues += score(None, held, lang) * len(held)
        right_model += score(model, held, lang) * len(held)
    return right_cues / len(data), right_model / len(data)


def write(model: TopicModel) -> None:
    lines = [
        "# Word weights per topic, for a message no topic cue names (core/reading/topic_model.py).",
        "# Generated by tests/benchmarks/fit_topic.py --write from the labelled sets: do not edit by hand;",
        "# a team adds cues instead ([topic.*] in <pack folder>/reading/*.toml): cues always win over these.",
        "",
        "[topic_model]",
        "bias = {" + ", ".join(f"{t} = {v}" for t, v in model.bias.items()) + "}",
        "",
        "[topic_model.words]",
    ]
    for word, ws in sorted(model.words.items()):
        lines.append(f'"{word}" = {{' + ", ".join(f"{t} = {v}" for t, v in ws.items()) + "}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="fit on all four sets and write the data file")
    parser.add_argument("--folds", action="store_true", help="cross-validate over the English sets")
    parser.add_argument("--languages", action="store_true", help="cross-validate a model per language")
    args = parser.parse_args(argv)
    train = cases(["eval", "holdout", "fresh"])
    held = cases(["fresh2"])
    model = fit([c.text for c in train], [c.expect["topic"] for c in train])
    print(f"fresh2 held out: cues only {score(None, held):.3f}, cues + model {score(model, held):.3f}")
    if args.folds:
        cues_only, with_model = cross_validated([*train, *held])
        print(f"English, {FOLDS} folds: cues only {cues_only:.3f}, cues + model {with_model:.3f}")
    if args.languages:
        for lang in reading_quality.LANGUAGE_SETS:
            data = cases([lang, f"{lang}_fresh"])
            cues_only, with_model = cross_validated(data, lang)
            print(f"{lang} ({len(data)}), {FOLDS} folds:", end=" ")
            print(f"cues only {cues_only:.3f}, cues + model {with_model:.3f}")
    if args.write:
        every = [*train, *held]
        model = fit([c.text for c in every], [c.expect["topic"] for c in every])
        write(model)
        print(f"wrote {OUT} ({len(model.words)} words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
