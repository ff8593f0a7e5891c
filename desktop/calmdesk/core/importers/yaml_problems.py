"""What is wrong with a YAML file, in the person's words and language, with how to mend it.

PyYAML (and libyaml under it) says "mapping values are not allowed in this context": English, and a parser's
words. The mistakes people make in Espanso files are few (a tab, a colon in a value, `\\-` in double quotes,
a quote left open); each is told plainly here. A problem not in this table keeps the parser's own words.
"""

from __future__ import annotations

from calmdesk.core.messages import N_
from calmdesk.core.messages import gettext as _

# (words the parser's problem holds, words its context holds or "", the plain sentence). First match wins.
_PLAIN: tuple[tuple[str, str, str], ...] = (
    (
        "unknown escape character",
        "",
        N_("a backslash in double quotes that YAML does not know (such as \\-): use single quotes"),
    ),
    ("end of stream", "quoted scalar", N_("a quote that is never closed")),
    ("end of stream", "", N_("the file ends in the middle of a value")),
    ("mapping values are not allowed", "", N_("a colon and a space inside a value: put the value in quotes")),
    (
        "could not find expected ':'",
        "",
        N_("a line without its colon (key: value), or a quote left open above it"),
    ),
    ("expected '-' indicator", "", N_("this line's indentation does not line up with the lines above it")),
    ("did not find expected key", "", N_("this line's indentation does not line up with the lines above it")),
    ("did not find expected ','", "", N_("a list or mapping in brackets is not closed")),
    ("undefined alias", "", N_("an alias (*name) with no anchor (&name) before it")),
    ("second occurrence", "duplicate anchor", N_("the same anchor (&name) is set twice")),
    ("another document", "", N_("a second document (---) in the file; Espanso reads one per file")),
    (
        "could not determine a constructor",
        "",
        N_("a tag (!!...) that CalmDesk never builds: nothing in the file is run"),
    ),
    ("unhashable key", "", N_("a value that starts with braces needs quotes")),
    ("maximum nesting depth", "", N_("lists or mappings nested too deeply")),
)


def plain_problem(problem: str, context: str, bad_character: str) -> str:
    """The sentence for a YAML problem; `bad_character` is the character where the parser stopped."""
    if "cannot start any token" in problem:
        if bad_character == "\t":
            return _("a tab where YAML needs spaces: indent with spaces")
        return _("a value cannot begin with {character}: put the value in quotes").format(
            character=repr(bad_character) if bad_character.strip() else _("this character")
        )
    for problem_words, context_words, sentence in _PLAIN:
        if problem_words in problem and context_words in context:
            return _(sentence)
    return problem or context


def character_at(text: str, line: int, column: int) -> str:
    """The character at a parser's mark (0-based line and column), "" when out of range."""
    lines = text.split("\n", line + 1)
    if line >= len(lines) or column >= len(lines[line]):
        return ""
    return lines[line][column]


def control_character(text: str, position: int, character: object) -> tuple[str, int]:
    """The sentence and line for a control character YAML refuses (libyaml's ReaderError): a file that is
    not text, or text with a stray control byte pasted in."""
    code = character if isinstance(character, int) else ord(str(character)[:1] or "\0")
    line = text.count("\n", 0, position) + 1
    words = _("a control character (U+{code}) that text does not hold: is it a text file?")
    return words.format(code=f"{code:04X}"), line
