"""Agents' words, read from resources/search/vocabulary.toml (and any team's additions): shorthand, what
things are called, negations and the words that only describe a query."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from calmdesk.core.messages import gettext as _
from calmdesk.core.model import LANGUAGE_CODE, Problem
from calmdesk.core.resource_files import files
from calmdesk.core.safefile import FileRefused, read_regular_file
from calmdesk.core.text import words
from calmdesk.core.tomlcheck import decode, parse_toml

RESOURCE = "search/vocabulary.toml"
# The name of a team's or the user's additions, in a pack folder (never read as a pack).
MAX_FILE_BYTES = 2_000_000
FORMAT_VERSION = 1
# Tables whose entries are "typed words" = [words they stand for]; one mechanism, three tables for readers.
ALIAS_TABLES = ("shorthand", "irregular", "terms")
OPTIONAL_LISTS = ("function", "people", "situation", "filler")
# A team file is read whole or not at all, and never holds more than this many entries.
MAX_ENTRIES = 20_000
MAX_ALIAS_WORDS = 4


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The compiled vocabulary: every word normalised as `calmdesk.core.text.words` gives them."""

    optional: frozenset[str] = frozenset()
    intensifiers: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    opposites: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    aliases: Mapping[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    symbols: Mapping[str, str] = field(default_factory=dict)
    # The one-word alias keys, sorted: a half-typed word finds the names it begins by bisection.
    prefix_keys: tuple[str, ...] = ()
    # The most words an alias key holds: read for every query word, so counted once, not per keystroke.
    longest_alias: int = field(init=False, default=1)

    def __post_init__(self) -> None:
        object.__setattr__(self, "longest_alias", max(map(len, self.aliases), default=1))

    def merged(self, other: Vocabulary) -> Vocabulary:
        """This vocabulary with `other`'s entries added (an alias named in both gets both lists)."""
        aliases = dict(self.aliases)
        for key, value in other.aliases.items():
            aliases[key] = tuple(dict.fromkeys((*aliases.get(key, ()), *value)))
        opposites = {**self.opposites, **other.opposites}
        return Vocabulary(
            self.optional | other.optional,
            self.intensifiers | other.intensifiers,
            self.negations | other.negations,
            opposites,
            aliases,
            {**self.symbols, **other.symbols},
            _one_word_keys(aliases),
        )


def parse(doc: Mapping[str, Any], source: str, problems: list[Problem]) -> Vocabulary:
    """A vocabulary from a parsed TOML document; wrong entries are reported and left out, the rest kept."""
    version = doc.get("version", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        said = _("vocabulary version {version} is not {expected}: file skipped")
        problems.append(Problem(source, said.format(version=repr(version), expected=FORMAT_VERSION)))
        return Vocabulary()
    optional_table = _table(doc, "optional", source, problems)
    optional = frozenset(
        w for name in OPTIONAL_LISTS for w in _word_list(optional_table, name, source, problems)
    )
    intensifiers = frozenset(_word_list(optional_table, "intensifiers", source, problems))
    negation_table = _table(doc, "negation", source, problems)
    negations = frozenset(_word_list(negation_table, "words", source, problems))
    opposites = {
        key[0]: value
        for key, value in _aliases(_table(negation_table, "opposites", source, problems), source, problems)
        if len(key) == 1
    }
    aliases: dict[tuple[str, ...], tuple[str, ...]] = {}
    for name in ALIAS_TABLES:
        for key, value in _aliases(_table(doc, name, source, problems), source, problems):
            aliases[key] = tuple(dict.fromkeys((*aliases.get(key, ()), *value)))
    symbols: dict[str, str] = {}
    for symbol, meaning in _table(doc, "symbols", source, problems).items():
        if isinstance(meaning, str) and len(symbol) == 1 and not symbol.isalnum():
            symbols[symbol] = f" {meaning} "
        else:
            said = _("symbols: {symbol} must be one symbol = a word").format(symbol=repr(symbol))
            problems.append(Problem(source, said))
    return Vocabulary(optional, intensifiers, negations, opposites, aliases, symbols, _one_word_keys(aliases))


def _one_word_keys(aliases: Mapping[tuple[str, ...], tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(sorted(key[0] for key in aliases if len(key) == 1))


def read_file(path: Path) -> tuple[Vocabulary, list[Problem]]:
    """A team's vocabulary file; unreadable or invalid, it is reported and adds nothing."""
    problems: list[Problem] = []
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)  # a FIFO or /dev/zero planted here must not hang us
    except (OSError, FileRefused) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return Vocabulary(), [Problem(str(path), _("vocabulary not read: {reason}").format(reason=reason))]
    # The packs' own reading: a syntax error is said in the person's language, with its line and column.
    text = decode(data, str(path))
    doc = text if isinstance(text, Problem) else parse_toml(text, str(path))
    if isinstance(doc, Problem):
        return Vocabulary(), [doc]
    return parse(doc, str(path), problems), problems


@lru_cache(maxsize=8)
def builtin(lang: str = "en") -> Vocabulary:
    """The vocabulary shipped with CalmDesk (read once per process and language).

    Another language's is its `i18n/<lang>/vocabulary.toml` added to the English one: agents type English
    shorthand ("asap", "eta") whatever language they answer in, and an English query finds a phrase of
    another language through its English version (see `core.search.engine`).
    """
    found = _builtin_file(RESOURCE)
    if lang != "en" and LANGUAGE_CODE.fullmatch(lang):
        name = f"i18n/{lang}/vocabulary.toml"
        if (files("calmdesk.resources") / "i18n" / lang / "vocabulary.toml").is_file():
            found = found.merged(_builtin_file(name))
    return found


def _builtin_file(name: str) -> Vocabulary:
    root = files("calmdesk.resources")
    doc = tomllib.loads(root.joinpath(*name.split("/")).read_text(encoding="utf-8"))
    problems: list[Problem] = []
    found = parse(doc, f"resources/{name}", problems)
    if problems:  # a test keeps the shipped file clean; never let a slip take search down
        import logging

        said = "; ".join(map(str, problems))
        logging.getLogger(__name__).warning(_("vocabulary problems: %(problems)s"), {"problems": said})
    return found


def load(extra_files: Iterable[Path] = (), lang: str = "en") -> tuple[Vocabulary, list[Problem]]:
    """The built-in vocabulary of `lang` with each of `extra_files` added, and the problems found in them."""
    vocabulary = builtin(lang)
    problems: list[Problem] = []
    for path in extra_files:
        found, trouble = read_file(path)
        problems += trouble
        vocabulary = vocabulary.merged(found)
    return vocabulary, problems


def _table(doc: Mapping[str, Any], name: str, source: str, problems: list[Problem]) -> Mapping[str, Any]:
    value = doc.get(name, {})
    if not isinstance(value, dict):
        problems.append(Problem(source, _("[{name}] must be a table").format(name=name)))
        return {}
    return value


def _word_list(table: Mapping[str, Any], name: str, source: str, problems: list[Problem]) -> list[str]:
    value = table.get(name, "")
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = " ".join(value)
    if not isinstance(value, str):
        said = _("{name} must be a string of words or a list of strings").format(name=name)
        problems.append(Problem(source, said))
        return []
    return words(value)[:MAX_ENTRIES]


def _aliases(
    table: Mapping[str, Any], source: str, problems: list[Problem]
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    found = []
    for typed, meant in list(table.items())[:MAX_ENTRIES]:
        key = tuple(words(typed))
        if isinstance(meant, str):
            meant = [meant]
        ok = isinstance(meant, list) and all(isinstance(m, str) for m in meant)
        # A meaning of several words ("e-mail", "message privé") stays whole: a phrase must hold them side
        # by side, never any one of them ("e" is Portuguese for "and").
        value = tuple(dict.fromkeys(" ".join(words(m)) for m in meant if words(m))) if ok else ()
        if not key or len(key) > MAX_ALIAS_WORDS or not value:
            said = _('"{typed}" must be 1-{most} words = a list of words')
            problems.append(Problem(source, said.format(typed=typed[:40], most=MAX_ALIAS_WORDS)))
            continue
        found.append((key, value))
    return found
