"""A slip in a word only the vocabulary knows ("luegp" for "luego", "chargebak"): what that word stands for.

The typo search looks for a mistyped word among the words the phrases hold. Shorthand and the names agents
use for things ("chargeback", "luego", "Beschwerde") are often in no phrase at all, only in the vocabulary,
so one wrong letter in them found nothing. The engine asks here when a word matched nothing else.
"""

from __future__ import annotations

from functools import lru_cache

from calmdesk.core.search.spans import typo_edits
from calmdesk.core.search.vocabulary import Vocabulary

# The typo search's limits hold (the first letter right, `typo_edits`), and one more: below this length a
# changed letter is taken for another word, not a slip. A word no phrase holds is often a real one ("great"
# is not "greet", "page" not "pakage"); a dropped, doubled or swapped letter still counts.
MIN_CHANGED_LETTER = 6


def alias_slip(word: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """What the one-word vocabulary names nearest to `word` stand for (all of them when several are equally
    near); empty when none is near enough."""
    max_edits = typo_edits(word)
    if not max_edits:
        return ()
    buckets = _by_start_and_length(vocabulary.prefix_keys)
    lengths = range(len(word) - max_edits, len(word) + max_edits + 1)
    choices = [key for n in lengths for key in buckets.get((word[0], n), ())]
    if not choices:
        return ()
    from rapidfuzz import process  # as in the typo search: imported on first use
    from rapidfuzz.distance import OSA

    matched = process.extract(word, choices, scorer=OSA.distance, score_cutoff=max_edits, limit=None)
    near = [(int(edits), key) for key, edits, _ in matched if edits and _slip_of(word, key)]
    if not near:
        return ()
    fewest = min(edits for edits, _ in near)
    keys = sorted(key for edits, key in near if edits == fewest)
    return tuple(dict.fromkeys(meant for key in keys for meant in vocabulary.aliases[(key,)]))


@lru_cache(maxsize=8)
def _by_start_and_length(keys: tuple[str, ...]) -> dict[tuple[str, int], list[str]]:
    buckets: dict[tuple[str, int], list[str]] = {}
    for key in keys:
        buckets.setdefault((key[0], len(key)), []).append(key)
    return buckets


def _slip_of(word: str, key: str) -> bool:
    """Whether `word` may be a slip for `key` (already within the edits allowed): see MIN_CHANGED_LETTER."""
    return len(word) >= MIN_CHANGED_LETTER or len(word) != len(key) or sorted(word) == sorted(key)
