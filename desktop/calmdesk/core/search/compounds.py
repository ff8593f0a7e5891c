"""A compound written as one word ("Zeitrahmen", "Lieferzeit"): the known word inside it.

German (and the Dutch and Nordic languages) write compounds as one word, so an agent's word is often one no
phrase holds, made of one that many do. When no typed word relates to the library at all (not as a typo, not
as a slip in a vocabulary word), each one's longest known part at either end, a word the library holds or a
vocabulary name, stands for it as a guess: a weak answer beats an empty list. Not in languages that write
compounds apart: there a word holding a known one is another word ("xylophone" is no phone).
"""

from __future__ import annotations

from collections.abc import Container

# Languages that write compounds as one word (the first language of a library's index decides).
COMPOUNDING = frozenset({"de", "nl", "sv", "da", "nb", "no", "fi"})
# A part must be a real word, not a syllable ("ung", "ver"), and leave a real word beside it.
MIN_PART = 4
MIN_REST = 3


def known_part(word: str, known: Container[str]) -> str | None:
    """The longest part of `word` at its end or its start that `known` holds (the end first on a tie: in
    German the last part names the thing, "Liefer|zeit" is a time); None when there is none."""
    for size in range(len(word) - MIN_REST, MIN_PART - 1, -1):
        for part in (word[-size:], word[:size]):
            if part.isalpha() and part in known:
                return part
    return None
