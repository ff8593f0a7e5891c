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
from calmdesk.core.text import normalize

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


def variant(phrase: Phrase, complaint: Complaint, library: Sequence[Phrase]) -> Phrase | None:
    """The first phrase of the same category (library order) not sent yet and not a near copy of one sent."""
    sent_ids = {copy.phrase_id for copy in complaint.copied} | {phrase.id}
    sent_texts = [p.text for p in library if p.id in sent_ids]
    for candidate in library:
        if candidate.category != phrase.category or candidate.id in sent_ids:
            continue
        if all(similarity(candidate.text, text) < NEARLY_SAME for text in sent_texts):
            return candidate
    return None
