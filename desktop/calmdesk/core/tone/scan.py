"""One draft as the rules read it: its tokens, sentences and quoted stretches, and the findings made on it."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from calmdesk.core.tone.patterns import SENTENCE_ENDS, Token
from calmdesk.core.tone.rule import Rule

# Quoted text is the customer's words or words we promise never to use: rules do not judge it.
# Lines starting with ">" are the quoted message of an e-mail reply. German quotes „like this“ and
# »like this« too.
# Straight single quotes count too ("I won't tell you to 'calm down'"): one opens after a space or a mark,
# never inside a word ("don't", "customers'"), and closes where no letter follows.
_QUOTED = re.compile(
    r'"[^"\n]*"|\u201c[^\u201d\n]*\u201d|\u00ab[^\u00bb\n]*\u00bb'
    r"|\u201e[^\u201c\u201d\n]*[\u201c\u201d]|\u00bb[^\u00ab\n]*\u00ab"
    r"|\u2018[^\n]*?\u2019(?![^\W_])|(?<![\w'])'(?=\S)[^\n]*?(?<=\S)'(?![\w])|^[ \t]*>[^\n]*",
    re.MULTILINE,
)
# The first word of a greeting line, in each language the rules speak (folded: "olá" is "ola"); a missing
# apology is inserted after the line it opens.
_GREETINGS = frozenset(
    {"hi", "hello", "hey", "dear", "good", "morning", "afternoon", "evening"}
    | {"hola", "buenos", "buenas", "estimado", "estimada", "querido", "querida"}
    | {"hallo", "guten", "liebe", "lieber", "sehr"}
    | {"bonjour", "bonsoir", "cher", "chere", "madame", "monsieur"}
    | {"ola", "oi", "bom", "boa", "prezado", "prezada", "caro", "cara"}
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to change: `text[start:end]` (empty for something missing: then where it would go).

    `replacement`: wording that can take the span's place (None: none fits; "" means delete it).
    `phrases`: library phrase ids that say it better; one chosen takes the place of `sentence`.
    """

    rule: str
    group: str
    start: int
    end: int
    text: str
    why: str
    replacement: str | None
    phrases: tuple[str, ...]
    sentence: tuple[int, int]


class Scan:
    """One draft's tokens with the lookups the rules share: sentences, quotation, positions."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text, self.tokens = text, tokens
        self._sentence: list[int] = []
        number = 0
        for token in tokens:
            self._sentence.append(number)
            if token.norm in SENTENCE_ENDS:
                number += 1
        self._quoted = [m.span() for m in _QUOTED.finditer(text)]
        self._quote_starts = [start for start, _ in self._quoted]

    def sentence_of(self, index: int) -> int:
        return self._sentence[index] if index < len(self._sentence) else len(self._sentence)

    def quoted(self, position: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, position) - 1
        return i >= 0 and position < self._quoted[i][1]

    def word_count(self) -> int:
        return sum(token.is_word for token in self.tokens)

    def sentence_span(self, first: int, end: int) -> tuple[int, int]:
        begin = first
        while begin > 0 and self.tokens[begin - 1].norm not in SENTENCE_ENDS:
            begin -= 1
        stop = end - 1
        while stop + 1 < len(self.tokens) and self.tokens[stop].norm not in SENTENCE_ENDS:
            stop += 1
        last = self.tokens[stop]
        return self.tokens[begin].start, last.start if last.norm == "\u00b6" else last.end

    def opening_end(self) -> int:
        """Where an opening line goes: after a greeting such as "Hi Ana," or at the very start."""
        if not self.tokens or self.tokens[0].norm not in _GREETINGS:
            return 0
        for token in self.tokens[:8]:
            if token.norm in SENTENCE_ENDS or token.norm in (",", "_,"):
                position = token.end
                while position < len(self.text) and self.text[position] in " \t\n":
                    position += 1
                return position
        return 0

    def finding(self, rule: Rule, first: int, end: int, replacement: str | None) -> Finding:
        start, stop = self.tokens[first].start, self.tokens[end - 1].end
        matched = self.text[start:stop]
        if replacement and matched[:1].isupper():
            replacement = replacement[:1].upper() + replacement[1:]
        return Finding(
            rule.id,
            rule.group,
            start,
            stop,
            matched,
            rule.why,
            replacement,
            rule.phrases,
            self.sentence_span(first, end),
        )


def with_replacement(finding: Finding, replacement: str | None) -> Finding:
    return Finding(
        finding.rule,
        finding.group,
        finding.start,
        finding.end,
        finding.text,
        finding.why,
        replacement,
        finding.phrases,
        finding.sentence,
    )
