"""The repetition guard: a phrase (or one nearly identical in wording) already sent in this complaint.

Angry customers notice canned repeats. Pure: the complaint and the library come in as arguments.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from calmdesk.core.complaint import Complaint
from calmdesk.core.model import Phrase
from calmdesk.core.text import normalize, words

# rapidfuzz's ratio (0-100) from which two wordings count as "nearly the same": at 85, "Sorry for the wait,
# thanks for hanging on" and "Sorry for the wait and thanks for holding on" are repeats, while two apologies
# that share only "I'm sorry" are far below it.
NEARLY_SAME = 85.0
_BLANK = re.compile(r"\{\{[^{}]*\}\}")


@dataclass(frozen=True, slots=True)
class Repeat:
    """`phrase` was sent before in this complaint, as `earlier` (itself when `same`), at `at`."""

    phrase: Phrase
    earlier: str  # the id of the phrase sent before
    same: bool
    at: datetime
    variant: Phrase | None  # an unused phrase of the same category to send instead, if there is one


def wording(text: str) -> str:
    """What two phrases are compared on: the words without blanks, case or spacing."""
    return normalize(_BLANK.sub(" ", text))


def similarity(a: str, b: str) -> float:
    # Imported here: the picker imports this module at start, and rapidfuzz costs start-up ~12 ms.
    from rapidfuzz import fuzz

    return float(fuzz.ratio(wording(a), wording(b)))


def find_repeat(
    phrase: Phrase,
    complaint: Complaint | None,
    get: Callable[[str], Phrase | None],
    library: Sequence[Phrase],
) -> Repeat | None:
    """The repeat `phrase` would be in `complaint`, or None. `get` looks a phrase id up in the library."""
    if complaint is None or not complaint.copied:
        return None
    sent = {copy.phrase_id: copy.at for copy in complaint.copied}  # the last time each was sent
    if phrase.id in sent:
        return Repeat(phrase, phrase.id, True, sent[phrase.id], variant(phrase, complaint, library))
    for earlier_id, at in reversed(sent.items()):
        earlier = get(earlier_id)
        if earlier is not None and similarity(earlier.text, phrase.text) >= NEARLY_SAME:
            return Repeat(phrase, earlier_id, False, at, variant(phrase, complaint, library))
    return None


# How much two phrases' meaning words must overlap (Jaccard) for one to stand in for the other: "Sorry for
# the wait" and "Sorry the order is late" share only "delay" (0.07), two late-delivery apologies far more.
SAME_MEANING = 0.15
# A word in this share of a category's phrases says only what the category says ("sorry" in apologies).
_GENERIC_SHARE = 0.4
_FILLER = frozenset(
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "have", "i", "i'm", "if", "in",
        "is", "it", "it's", "its", "me", "my", "not", "of", "on", "or", "our", "so", "that", "the", "their",
        "them", "they", "this", "to", "us", "was", "we", "we'll", "we're", "were", "what", "when", "will",
        "with", "you", "you're", "your",
    }
)  # fmt: skip


def variant(phrase: Phrase, complaint: Complaint, library: Sequence[Phrase]) -> Phrase | None:
    """A phrase that says the same thing in other words: of the same category, closest in meaning (tags,
    title and text, less the category's common words), not sent yet and not a near copy of one sent.
    None when no unsent phrase means nearly the same: a stand-in about something else would mislead."""
    sent_ids = {copy.phrase_id for copy in complaint.copied} | {phrase.id}
    sent_texts = [p.text for p in library if p.id in sent_ids]
    kin = [p for p in library if p.category == phrase.category]
    counts: dict[str, int] = {}
    meanings = {p.id: _meaning_words(p) for p in kin}
    for words_of in meanings.values():
        for word in words_of:
            counts[word] = counts.get(word, 0) + 1
    # With a handful of phrases every shared word looks common; a share means something from a few more.
    generic = {word for word, n in counts.items() if len(kin) >= 6 and n / len(kin) > _GENERIC_SHARE}
    wanted = meanings.get(phrase.id, _meaning_words(phrase)) - generic
    best: tuple[float, Phrase] | None = None
    for candidate in kin:
        if candidate.id in sent_ids:
            continue
        theirs = meanings[candidate.id] - generic
        overlap = len(wanted & theirs) / len(wanted | theirs) if wanted | theirs else 0.0
        if overlap < SAME_MEANING or (best is not None and overlap <= best[0]):
            continue
        if all(similarity(candidate.text, text) < NEARLY_SAME for text in sent_texts):
            best = (overlap, candidate)
    return best[1] if best else None


def _meaning_words(phrase: Phrase) -> set[str]:
    """The stems of what a phrase is about: its tags, title and text, without blanks and filler words."""
    from calmdesk.core.search.stemming import stem

    text = " ".join((*phrase.tags, phrase.title, _BLANK.sub(" ", phrase.text)))
    return {stem(word) for word in words(text) if len(word) > 2 and word not in _FILLER}
