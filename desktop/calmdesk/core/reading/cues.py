"""Cues: the short patterns of the reading data (the tone rules' pattern language) and finding them fast.

A cue is a pattern such as ``want~ (my) money back`` (docs/reading.md). Cues are indexed by the forms of
their first word, so a message is read in one pass over its tokens whatever the number of cues. A leading
``^`` asks for the start of a sentence. A word misspelt by one letter ("refnud", "parcle") still meets a cue
word of five letters or more.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress, count
from typing import NamedTuple

from calmdesk.core.messages import gettext as _
from calmdesk.core.reading.prepared import MARKS, Prepared
from calmdesk.core.tone.patterns import PatternError, Step, compile_pattern, first_forms

# A misspelt word is matched only if it is this long: shorter ones are too often other real words.
MIN_FUZZY_LETTERS = 5
# No cue word is longer; a longer "word" (base64, a pasted key) has one variant per letter, each as long as
# the word: 20,000 letters would be 400 million characters to compare.
MAX_FUZZY_LETTERS = 24
MIN_SUBSTITUTION_LETTERS = 8
MAX_CUE_CHARS = 200
# The words put right (or known right) are remembered up to this many: a message of random letters must not
# grow the memory forever.
MAX_CORRECTED = 50_000


@dataclass(frozen=True, slots=True)
class Cue:
    """One pattern of one label: `group` is the field ("topic", "ask", ...), `label` its value."""

    group: str
    label: str
    pattern: str
    steps: tuple[Step, ...]
    weight: float = 1.0
    sentence_start: bool = False


class Found(NamedTuple):
    """A cue found in a message: token range first..last (inclusive). A tuple: a long message has hundreds."""

    cue: Cue
    first: int
    last: int


def compile_cues(group: str, label: str, patterns: Iterable[str], weight: float = 1.0) -> list[Cue]:
    """Every variant of each pattern as a Cue. Raises PatternError naming the pattern that cannot be read."""
    cues: list[Cue] = []
    for pattern in patterns:
        text = pattern.strip()
        if len(text) > MAX_CUE_CHARS:
            said = _("{pattern}... is longer than {most} characters")
            raise PatternError(said.format(pattern=repr(text[:40]), most=MAX_CUE_CHARS))
        start = text.startswith("^")
        body = text[1:].strip() if start else text
        for steps in compile_pattern(body):
            cues.append(Cue(group, label, text, steps, weight, start))
    return cues


class CueIndex:
    """All cues, indexed by the forms of their first word, with a one-letter typo index of their words."""

    def __init__(self, cues: Iterable[Cue], spellings: dict[str, str] | None = None) -> None:
        # Three indexes, so that a token costs a dict lookup or two and only likely cues are tried: one-word
        # cues by their word, longer ones by their first two words, and those whose second step is `*` by
        # their first word.
        singles: dict[str, list[Cue]] = defaultdict(list)
        pairs: dict[tuple[str, str], list[Cue]] = defaultdict(list)
        wild: dict[str, list[Cue]] = defaultdict(list)
        words: set[str] = set()
        for cue in cues:
            second = cue.steps[1].forms if len(cue.steps) > 1 else None
            for form in first_forms(cue.steps):
                if len(cue.steps) == 1:
                    singles[form].append(cue)
                elif second is None:
                    wild[form].append(cue)
                else:
                    for next_form in second:
                        pairs[(form, next_form)].append(cue)
            for step in cue.steps:
                words |= {w for w in step.forms or () if w.isalpha()}
        self._firsts = frozenset(singles) | frozenset(wild) | {first for first, _ in pairs}
        # What `find` tries at a token, in one lookup: by the token and the next one, the one-word cues, the
        # cues of that pair and the `*` ones; by the token alone when no cue starts with that pair.
        made: dict[int, _Try] = {}  # the cues are alive as long as this index: their ids stay theirs
        # Each group by its number: `find` fills one list per group, in the order the groups were met.
        self._groups = tuple(dict.fromkeys(cue.group for forms in (singles, wild, pairs)
                                           for found in forms.values() for cue in found))  # fmt: skip
        numbers = {group: number for number, group in enumerate(self._groups)}
        self._alone = {form: _tries(singles[form] + wild[form], made, numbers) for form in self._firsts}
        # By the first word, then the next: no pair tuple is made per token, and a word that starts no
        # longer cue costs one lookup.
        by_pair: dict[str, dict[str, tuple[_Try, ...]]] = defaultdict(dict)
        for (form, next_form), found in pairs.items():
            by_pair[form][next_form] = _tries(singles[form] + found + wild[form], made, numbers)
        self._by_pair = dict(by_pair)
        self._words = frozenset(words)
        # A slip keeps the first letter of the word meant (`correct`): a word starting with a letter no cue
        # word starts with (another script's, most often) is no slip, and costs no search.
        self._initials = frozenset(word[0] for word in words if len(word) >= MIN_FUZZY_LETTERS)
        self._deletions: dict[str, set[str]] = defaultdict(set)
        for word in words:
            if len(word) >= MIN_FUZZY_LETTERS:
                for variant in _deletions(word):
                    self._deletions[variant].add(word)
        self._corrected: dict[str, str] = {}
        # Text-speak and short misspellings read as the word meant ("oder" -> "order"): resources/reading.
        self._spellings = dict(spellings or {})

    def knows(self, word: str) -> bool:
        """Whether `word` (folded) is a word of some cue: a complaint's word, so never taken for a name."""
        return word in self._words

    def correct(self, word: str) -> str:
        """The word `word` stands for: a known spelling of it ("oder" -> "order"), else the cue word it is a
        one-letter slip of (swap, missing, extra or wrong letter), else `word`."""
        meant = self._spellings.get(word)
        if meant is not None:
            return meant
        if (
            not MIN_FUZZY_LETTERS <= len(word) <= MAX_FUZZY_LETTERS
            or word[0] not in self._initials
            or word in self._words
            or not word.isalpha()
        ):
            return word
        known = self._corrected.get(word)
        if known is not None:
            return known
        candidates: set[str] = set()
        for variant in _deletions(word):
            candidates |= self._deletions.get(variant, set())
        # Same first letter, and one candidate only: "older" is not taken for "order" when "odder" also fits.
        candidates = {c for c in candidates if c[0] == word[0] and _likely_slip(word, c)}
        # Of several, the one sharing the longest beginning: "waitin" is "waiting", not "within".
        ranked = sorted(candidates, key=lambda c: -_shared_start(c, word))
        unique = len(ranked) == 1 or (
            ranked and _shared_start(ranked[0], word) > _shared_start(ranked[1], word)
        )
        result = ranked[0] if unique else word
        if len(self._corrected) < MAX_CORRECTED:
            self._corrected[word] = result
        return result

    def find(self, message: Prepared) -> dict[str, list[Found]]:
        """Every cue that matches, by group; in each group by the token it starts at (each token's cues in
        index order)."""
        norms, sentence = message.norms, message.sentence
        found: list[list[Found]] = [[] for _ in self._groups]
        adds = [one.append for one in found]
        make = tuple.__new__
        by_pair, alone = self._by_pair, self._alone
        size = len(norms)
        marks = MARKS
        # The loop below runs for each try of each token a cue starts with (the tokens picked at C speed):
        # inline, on the folded forms.
        for index in compress(count(), map(self._firsts.__contains__, norms)):
            norm = norms[index]
            following = by_pair.get(norm)
            tries = following.get(norms[index + 1]) if following and index + 1 < size else None
            for cue, steps, rest, at_start, group in tries or alone[norm]:
                if at_start and index and sentence[index - 1] == sentence[index]:
                    continue  # not at the start of a sentence
                end = index + steps - 1
                if rest:
                    if end >= size:
                        continue
                    for offset, forms in rest:
                        word = norms[index + offset]
                        if (word in marks) if forms is None else (word not in forms):
                            break
                    else:
                        adds[group](make(Found, (cue, index, end)))
                    continue
                adds[group](make(Found, (cue, index, end)))
        return {group: one for group, one in zip(self._groups, found, strict=True) if one}

    def normalise(self, message: Prepared) -> Prepared:
        """The message with misspelt words put right where a cue word is meant; the same object if none."""
        # Each different word is looked at once (a long message says most of its words many times); the cue
        # words leave at C speed (a set difference), then the short words (never slips by MIN_FUZZY_LETTERS)
        # and the words known to be right cost a test each.
        spellings, corrected = self._spellings, self._corrected
        seen = set(message.norms)
        changes = {norm: spellings[norm] for norm in seen.intersection(spellings) if spellings[norm] != norm}
        for norm in seen - self._firsts - self._words - spellings.keys():
            if len(norm) >= MIN_FUZZY_LETTERS and corrected.get(norm) != norm:
                right = self.correct(norm)
                if right != norm:
                    changes[norm] = right
                elif norm[0] in self._initials and len(corrected) < MAX_CORRECTED:
                    corrected[norm] = norm  # right as it is ("i've", "12345"): not asked again; another
                    # script's words cost one test in `correct` and no place here
        if not changes:
            return message
        return message.with_norms(list(map(changes.get, message.norms, message.norms)))


def following(message: Prepared, leads: list[Found], targets: list[Found], reach: int) -> list[Found]:
    """Each target that a lead comes before, at most `reach` tokens before it in the same sentence, as a
    finding of the target's cue spanning from the lead to the target."""
    sentence = message.sentence
    found: list[Found] = []
    for target in targets:
        lead = next(
            (
                one
                for one in leads
                if one.last < target.first <= one.last + reach
                and sentence[one.last] == sentence[target.first]
            ),
            None,
        )
        if lead is not None:
            found.append(Found(target.cue, lead.first, target.last))
    return found


class _Try(NamedTuple):
    """A cue as `find` tries it: how many tokens it spans, what is left to check once the words it was
    found by matched (`rest`: (offset, forms) of each later step, None forms for any word), and whether it
    must start a sentence."""

    cue: Cue
    steps: int
    rest: tuple[tuple[int, frozenset[str] | None], ...]
    at_start: bool
    group: int  # the number of its cue's group (CueIndex._groups)


def _tries(cues: list[Cue], made: dict[int, _Try], groups: dict[str, int]) -> tuple[_Try, ...]:
    """Each cue as `find` tries it; `made` keeps each cue's once (a cue sits under many word pairs)."""
    result = []
    for cue in cues:
        known = made.get(id(cue))
        if known is None:
            steps = cue.steps
            # A cue of two fixed words or more was found by its first two: the rest starts at the third.
            checked = 2 if len(steps) > 1 and steps[1].forms is not None else 1
            rest = tuple((offset, steps[offset].forms) for offset in range(checked, len(steps)))
            known = made[id(cue)] = _Try(cue, len(steps), rest, cue.sentence_start, groups[cue.group])
        result.append(known)
    return tuple(result)


def _likely_slip(typed: str, meant: str) -> bool:
    """A letter left out, doubled or swapped with its neighbour; a wrong letter only in a long word (short
    words one letter apart are too often both real: "writing" and "waiting")."""
    if len(typed) != len(meant):
        # "tickets" and "delayed" are other forms of a cue word, not slips: the cue says which forms it takes.
        inflected = typed.startswith(meant) and typed[len(meant) :] in ("s", "d")
        return abs(len(typed) - len(meant)) == 1 and not inflected
    differ = [i for i, (a, b) in enumerate(zip(typed, meant, strict=True)) if a != b]
    swapped = len(differ) == 2 and differ[1] == differ[0] + 1 and typed[differ[0]] == meant[differ[1]]
    return swapped or len(typed) >= MIN_SUBSTITUTION_LETTERS


def _shared_start(one: str, other: str) -> int:
    count = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        count += 1
    return count


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


__all__ = ["Cue", "CueIndex", "Found", "PatternError", "compile_cues", "following"]
