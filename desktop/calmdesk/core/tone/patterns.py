"""The light pattern language of the tone rules, and the tokenizer it matches against.

A pattern is a few tokens separated by spaces (docs/tone-rules.md has the full list):
``can't|cannot`` one-word alternatives, ``{it's|it is}`` alternatives of several words,
``apologise~`` the word with its regular endings, ``(already)`` optional,
``*`` any one word, ``[just]`` the part reported and replaced (the rest is context), punctuation
``,`` ``.`` ``!!`` ``?!`` and ``_,`` (a comma with a space before it: a name was left out), and ``{{}}`` an
unfilled blank (``{{name}}``, or another tool's spelling of one: see _BLANK). Case, accents and the
apostrophe's shape never matter. Nothing is ever evaluated as code.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass

from calmdesk.core.messages import gettext as _

# A blank nobody filled in, in CalmDesk's {{name}} and in the other tools' and hand-made spellings a draft
# pasted from elsewhere carries: {name} and {first_name} (a lower-case start: "{SPRING}" is a code), Help
# Scout's {%customer.name%}, Beeftext's #{date}, TextExpander's %name%, [NAME], [customer_name] and
# [Customer Name] (not "[sic]" or "[Image]"). XXXX stays a word: the rules name it as stand-in text.
# One capitalised word in brackets is a blank only when it is the word for a name in one of the content
# languages ("[Prénom]", "[Vorname]"); %NACHNAME% is TextExpander's blank in capitals.
_NAME_WORDS = "Name|Vorname|Nachname|Nombre|Apellido|Pr\u00e9nom|Prenom|Nom|Nome|Sobrenome"
_BLANK = (
    r"\{\{[^{}\n]{0,80}\}\}|\{%[^{}\n]{1,80}%\}|#\{[^{}\n]{1,40}\}|\{[a-z\u00df-\u00ff][\w.\- ]{0,38}\}"
    r"|\[(?:[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de ]{1,30}[A-Z\u00c0-\u00de]|[A-Za-z]+_\w+"
    rf"|[A-Z][a-z]+(?: [A-Z][a-z]+){{1,3}}|{_NAME_WORDS})\]|%[A-Za-z][\w:=.\-]{{0,40}}%"
)
# One token per match: a blank, a word (inner apostrophes kept: "don't"), a run of ! and ? marks, one other
# punctuation mark, or a line break (which ends a sentence as surely as a full stop).
_TOKEN = re.compile(rf"({_BLANK})|([^\W_]+(?:['\u2019\u02bc][^\W_]+)*)|([!?]{{2,}})|([.,;:!?])|(\n)")
# Every apostrophe becomes the plain one, and stays: "we'll" and "well" are different words.
_APOSTROPHES = str.maketrans("\u2019\u02bc", "''")
BLANK = "{{}}"
BREAK = "\u00b6"  # the token a line break becomes
SENTENCE_ENDS = frozenset({".", "!", "?", "!!", "?!", "??", BREAK})
# A group of alternatives that may hold several words: "{it's|it is}" (never the blank "{{}}").
_GROUP = re.compile(r"(?<!\{)\{(?!\{)([^{}]*)\}(?!\})")
# A pattern may grow into at most this many variants (groups times optional tokens): a typo such as a
# dozen groups in one pattern is refused rather than left to eat memory.
MAX_VARIANTS = 256
# More optional tokens than this in one pattern would multiply its variants past what a rule needs.
MAX_OPTIONAL = 4


@dataclass(frozen=True, slots=True)
class Token:
    """A token of the checked text: its normalised form and where it sits in the text (end exclusive)."""

    norm: str
    start: int
    end: int
    is_word: bool


def fold(word: str) -> str:
    """A word as rules compare it: lower case, no accents, one kind of apostrophe (a curly one made plain)."""
    if word.isascii():
        return word.lower().translate(_APOSTROPHES)
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_APOSTROPHES)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    for found in _TOKEN.finditer(text):
        blank, word, marks, mark, _newline = found.groups()
        start, end = found.span()
        if blank is not None:
            tokens.append(Token(BLANK, start, end, False))
        elif word is not None:
            tokens.append(Token(fold(word), start, end, True))
        elif marks is not None:
            norm = "?!" if "!" in marks and "?" in marks else marks[:2]
            tokens.append(Token(norm, start, end, False))
        elif mark is not None:
            spaced = start > 0 and text[start - 1] in " \t"
            tokens.append(Token("_" + mark if spaced and mark in ",.!" else mark, start, end, False))
        else:
            tokens.append(Token(BREAK, start, end, False))
    return tokens


def inflect(word: str) -> set[str]:
    """The regular English forms of a word: help -> helps, helped, helping; apologise -> apologised ..."""
    forms = {word, word + "s", word + "es", word + "ed", word + "ing"}
    if word.endswith("e"):
        forms |= {word + "d", word[:-1] + "ing"}
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}  # stop -> stopped, stopping
    return forms


@dataclass(frozen=True, slots=True)
class Step:
    """One place in a compiled pattern: the forms it accepts (None: any word) and whether it is reported."""

    forms: frozenset[str] | None
    focus: bool


class PatternError(ValueError):
    """A pattern that cannot be compiled; the message says what to change."""


def _too_many(pattern: str) -> str:
    return _("{pattern} has more than {limit} variants: split it").format(
        pattern=repr(pattern), limit=MAX_VARIANTS
    )


def expand_groups(pattern: str) -> list[str]:
    """`pattern` once per choice in each of its {a|b c} groups."""
    found = _GROUP.search(pattern)
    if found is None:
        return [pattern]
    choices = found.group(1).split("|")
    if any(not choice.strip() for choice in choices):
        raise PatternError(_("an empty choice in {group}").format(group=repr(found.group(0))))
    expanded: list[str] = []
    for choice in choices:
        expanded += expand_groups(pattern[: found.start()] + choice + pattern[found.end() :])
        if len(expanded) > MAX_VARIANTS:
            raise PatternError(_too_many(pattern))
    return expanded


@functools.lru_cache(maxsize=4096)
def compile_pattern(pattern: str) -> tuple[tuple[Step, ...], ...]:
    """Every variant of `pattern` (per group choice and optional token), each starting with a fixed token."""
    variants: list[tuple[Step, ...]] = []
    for plain in expand_groups(pattern):
        variants += _compile_plain(plain, pattern)
    if len(variants) > MAX_VARIANTS:
        raise PatternError(_too_many(pattern))
    return tuple(variants)  # cached: shared by the rules reader and every checker, so never changed


def _compile_plain(text: str, pattern: str) -> list[tuple[Step, ...]]:
    raw = text.split()
    if not raw:
        raise PatternError(_("an empty pattern"))
    parsed: list[tuple[Step, bool]] = []  # (step, optional)
    focus_seen = False
    for item in raw:
        optional = len(item) > 2 and item.startswith("(") and item.endswith(")")
        body = item[1:-1] if optional else item
        focus = len(body) > 2 and body.startswith("[") and body.endswith("]")
        body = body[1:-1] if focus else body
        focus_seen = focus_seen or focus
        parsed.append((_step(body, focus, pattern), optional))
    if sum(optional for _, optional in parsed) > MAX_OPTIONAL:
        words = _("more than {limit} optional tokens in {pattern}")
        raise PatternError(words.format(limit=MAX_OPTIONAL, pattern=repr(pattern)))
    variants: list[tuple[Step, ...]] = []
    choices = [(True, False) if optional else (True,) for _, optional in parsed]
    for keep in itertools.product(*choices):
        steps = tuple(step for (step, _), kept in zip(parsed, keep, strict=True) if kept)
        if not steps:
            continue
        if not focus_seen:  # no brackets: the whole match is reported
            steps = tuple(Step(s.forms, True) for s in steps)
        if steps[0].forms is None:
            words = _("{pattern} may start with `*`: begin it with a word or a mark")
            raise PatternError(words.format(pattern=repr(pattern)))
        if not any(s.focus for s in steps):
            continue  # only the context was kept: nothing to report
        variants.append(steps)
    if not variants:
        words = _("{pattern} reports nothing: keep a bracketed part that is not optional")
        raise PatternError(words.format(pattern=repr(pattern)))
    return variants


def _step(body: str, focus: bool, pattern: str) -> Step:
    if body == "*":
        return Step(None, focus)
    forms: set[str] = set()
    for alternative in body.split("|"):
        if not alternative:
            raise PatternError(_("an empty alternative in {pattern}").format(pattern=repr(pattern)))
        if alternative in (BLANK, ",", ".", ";", ":", "!", "?", "!!", "?!", "??", "_,", "_.", "_!"):
            forms.add(alternative)
        elif alternative.endswith("~"):
            forms |= inflect(_word(alternative[:-1], pattern))
        else:
            forms.add(_word(alternative, pattern))
    return Step(frozenset(forms), focus)


def _word(text: str, pattern: str) -> str:
    word = fold(text)
    if not word or not all(c.isalnum() or c == "'" for c in word):
        words = _("{text} in {pattern} is neither a word nor a known mark")
        raise PatternError(words.format(text=repr(text), pattern=repr(pattern)))
    return word


def match_at(steps: tuple[Step, ...], tokens: list[Token], at: int) -> tuple[int, int] | None:
    """The token range (first, last + 1) of the reported part if `steps` match from token `at`, else None."""
    if at + len(steps) > len(tokens):
        return None
    first = last = -1
    for offset, step in enumerate(steps):
        token = tokens[at + offset]
        if step.forms is None:
            if not token.is_word:
                return None
        elif token.norm not in step.forms:
            return None
        if step.focus:
            if first < 0:
                first = at + offset
            last = at + offset
    return first, last + 1


def first_forms(steps: tuple[Step, ...]) -> frozenset[str]:
    forms = steps[0].forms
    assert forms is not None  # compile_pattern refuses a variant that starts with `*`
    return forms
