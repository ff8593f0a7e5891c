"""Helpers shared by the content checkers: decoding, TOML syntax errors with lines, typed fields."""

from __future__ import annotations

import datetime
import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from calmdesk.core.messages import N_, number
from calmdesk.core.messages import gettext as _
from calmdesk.core.model import Problem
from calmdesk.core.printable import control_chars, quoted, shorten
from calmdesk.core.toml_lines import LineFinder
from calmdesk.core.toml_reasons import explain

# LineFinder is imported from here by the content checkers, with Table, which takes one.
__all__ = ["LineFinder", "Table", "array_tables", "decode", "long_number_line", "parse_toml", "toml_error"]

# CPython's int() refuses more than 4,300 digits; digits and "_" separators, a plain character class so the
# search itself needs no memory per character.
_LONG_NUMBER = re.compile(r"[0-9_]{4301,}")
_LONG_NUMBER_MESSAGE = N_(
    "TOML value cannot be read: a run of more than 4,300 digits (no number in a pack is that long)"
)
_AT_LINE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_AT_END = re.compile(r"\s*\(at end of document\)\s*$")
# The label of a file's top-level table; Table.problem says it in the person's language.
TOP_LEVEL = N_("top level")
# "unknown <what>" as whole sentences, one per kind of value a checker names (never glued from parts, so
# each language words it its own way); a kind not listed here is said in English.
_UNKNOWN = {
    "category": N_("unknown category {value} (known: {known})"),
    "channel": N_("unknown channel {value} (known: {known})"),
    "checklist step": N_("unknown checklist step {value} (known: {known})"),
    "kind": N_("unknown kind {value} (known: {known})"),
    "when": N_("unknown when {value} (known: {known})"),
    "insert place": N_("unknown insert place {value} (known: {known})"),
}
_KINDS = {
    bool: N_("true/false"),
    int: N_("a number"),
    float: N_("a number"),
    list: N_("a list"),
    dict: N_("a table"),
    datetime.datetime: N_("a datetime"),
    datetime.date: N_("a date"),
    datetime.time: N_("a time"),
}


def decode(data: bytes, source: str) -> str | Problem:
    """UTF-8 text (a leading BOM, as Windows editors write, is dropped), or the problem with it."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        words = _("not UTF-8 text (byte {byte} at line {line}): save the file as UTF-8")
        return Problem(source, words.format(byte=f"0x{data[exc.start]:02x}", line=line), line)


def parse_toml(text: str, source: str) -> dict[str, Any] | Problem:
    """The TOML document in `text`, or the one Problem that says why it cannot be read.

    tomllib raises more than TOMLDecodeError on hostile input: ValueError for an integer of more than
    4,300 digits (CPython's int() limit), RecursionError for arrays or inline tables nested a few hundred
    deep. Each of them is this file's problem, never the whole library's.
    """
    line = long_number_line(text)
    if line is not None:
        return Problem(source, _(_LONG_NUMBER_MESSAGE), line)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return toml_error(exc, text, source)
    except RecursionError:
        return Problem(source, _("TOML too deeply nested (arrays or tables inside each other): not read"))
    except ValueError as exc:  # the integer digit limit; no other ValueError is known, any is this file's
        return Problem(source, _("TOML value cannot be read ({reason})").format(reason=shorten(str(exc), 80)))
    except MemoryError:
        return Problem(source, _("TOML file too large to read into memory"))


def long_number_line(text: str) -> int | None:
    """The line of the first run of more than 4,300 digits, which tomllib cannot read, or None.

    Looked for before parsing: tomllib's number pattern takes about 120 bytes of memory per digit before
    int() refuses the run (600 MB for a 5 MB pack), while this search takes none.
    """
    found = _LONG_NUMBER.search(text)
    return None if found is None else text.count("\n", 0, found.start()) + 1


def toml_error(exc: tomllib.TOMLDecodeError, text: str, source: str) -> Problem:
    """tomllib says "(at line N, column M)" at the end of its message: turn that into a Problem line.

    tomllib's own words ("Invalid value", "Expected '=' after a key") are Python's, in English everywhere:
    `toml_reasons.explain` says them in the person's language and keeps them in brackets.
    """
    message = str(exc)
    found = _AT_LINE.search(message)
    if found:
        detail = explain(_AT_LINE.sub("", message))
        words = _("TOML syntax error: {detail} (column {column})")
        return Problem(source, words.format(detail=detail, column=found.group(2)), int(found.group(1)))
    if _AT_END.search(message):
        return Problem(
            source,
            _("TOML syntax error: {detail} (at the end of the file)").format(
                detail=explain(_AT_END.sub("", message))
            ),
            text.count("\n") + 1,
        )
    return Problem(source, _("TOML syntax error: {detail}").format(detail=explain(message)))


class Table:
    """One raw TOML table being checked: reports each problem with its line and who it belongs to."""

    def __init__(
        self,
        raw: Mapping[str, Any],
        *,
        label: str,
        source: str,
        problems: list[Problem],
        finder: LineFinder,
        start: int | None = None,
        end: int | None = None,
        who: str | None = None,
    ) -> None:
        self.raw, self.label, self.source, self.who = raw, label, source, who
        self.finder, self.start, self.end = finder, start, end
        self.problems = problems
        self._count = len(problems)

    @property
    def failed(self) -> bool:
        """Whether any problem was reported since this table was opened."""
        return len(self.problems) > self._count

    def problem(self, message: str, key: str | None = None) -> None:
        """Report `message` (already in the person's language) at the line of `key`, else the table's."""
        line = self.finder.key_line(key, self.start, self.end) if key else None
        # A label marked for the catalogue (TOP_LEVEL) is said in the person's language; "[pack]" is itself.
        prefix = "" if self.who else f"{_(self.label)}: "
        self.problems.append(Problem(self.source, prefix + message, line or self.start, self.who))

    def sub(self, raw: Mapping[str, Any], label: str, start: int | None, who: str | None = None) -> Table:
        """A table nested in this one, starting at line `start` and ending at the next header."""
        end = self.finder.next_header(start)
        return Table(
            raw,
            label=label,
            source=self.source,
            problems=self.problems,
            finder=self.finder,
            start=start,
            end=end,
            who=who,
        )

    def check_keys(self, required: Sequence[str], optional: Sequence[str] = ()) -> None:
        """Report missing required keys and unknown keys (a typo such as "categroy" never passes)."""
        for key in required:
            if key not in self.raw:
                self.problem(_('missing required field "{key}"').format(key=key))
        allowed = {*required, *optional}
        for key in self.raw:
            if key not in allowed:
                words = _("unknown field {key} (known: {known})")
                self.problem(words.format(key=quoted(key), known=", ".join(sorted(allowed))), key)

    def string(self, key: str, *, max_chars: int | None = None, multiline: bool = False) -> str | None:
        """The value of `key`, stripped; None (and a problem) when it is not a non-empty string.

        A string longer than `max_chars` or holding a control character (newline and tab allowed only when
        `multiline`) is a problem too: it would freeze the picker or reach a terminal as an escape sequence.
        """
        value = self.raw.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(_('"{key}" must be a string, not {kind}').format(key=key, kind=_kind(value)), key)
            return None
        if not value.strip():
            self.problem(_('"{key}" is empty').format(key=key), key)
            return None
        value = value.strip()
        return value if self._sound(key, f'"{key}"', value, max_chars, multiline) else None

    def strings(
        self, key: str, *, max_chars: int | None = None, max_items: int | None = None, multiline: bool = False
    ) -> tuple[str, ...] | None:
        """A list of non-empty strings, stripped; None when absent or wrong (see `string` for the caps)."""
        value = self.raw.get(key)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(
                _('"{key}" must be a list of strings, not {kind}').format(key=key, kind=_kind(value)), key
            )
            return None
        if any(not v.strip() for v in value):
            self.problem(_('"{key}" holds an empty entry').format(key=key), key)
            return None
        if max_items is not None and len(value) > max_items:
            words = _('"{key}" holds {count} entries; at most {limit} are allowed')
            self.problem(words.format(key=key, count=number(len(value)), limit=number(max_items)), key)
            return None
        items = tuple(v.strip() for v in value)
        for place, item in enumerate(items, start=1):
            what = _('"{key}" entry #{number}').format(key=key, number=place)
            if not self._sound(key, what, item, max_chars, multiline=multiline):
                return None
        return items

    def _sound(self, key: str, what: str, value: str, max_chars: int | None, multiline: bool) -> bool:
        """Report a value that is too long or holds control characters; True when it has neither fault."""
        if max_chars is not None and len(value) > max_chars:
            words = _("{what} is {length} characters long; at most {limit} are allowed")
            self.problem(words.format(what=what, length=number(len(value)), limit=number(max_chars)), key)
            return False
        found = control_chars(value, multiline=multiline)
        if found:
            shown = ", ".join(found[:5])
            self.problem(
                _("{what} holds control characters ({characters}): remove them").format(
                    what=what, characters=shown
                ),
                key,
            )
            return False
        return True

    def choice(self, key: str, allowed: Sequence[str], what: str) -> str | None:
        """A string that must be one of `allowed`, reported as an unknown `what` otherwise."""
        value = self.string(key)
        if value is not None and value not in allowed:
            self.problem(_unknown(what, value, allowed), key)
            return None
        return value

    def choices(self, key: str, allowed: Sequence[str], what: str) -> tuple[str, ...] | None:
        """A list whose every entry is one of `allowed`; duplicates dropped."""
        values = self.strings(key)
        if values is None:
            return None
        unknown = [v for v in values if v not in allowed]
        for value in unknown:
            self.problem(_unknown(what, value, allowed), key)
        return None if unknown else tuple(dict.fromkeys(values))


def _unknown(what: str, value: str, allowed: Sequence[str]) -> str:
    words = _UNKNOWN.get(what)
    known = ", ".join(allowed)
    if words is None:
        return f"unknown {what} {quoted(value)} (known: {known})"
    return _(words).format(value=quoted(value), known=known)


def _kind(value: object) -> str:
    """What a TOML value is, in words ("a number", "a list"), for "must be a string, not ..."."""
    name = _KINDS.get(type(value))
    return _(name) if name else f"a {type(value).__name__}"


# Who a problem of the n-th [[category]] or [[step]] belongs to, in the person's language.
_ENTRY_LABELS = {"category": N_("category #{number}"), "step": N_("step #{number}")}


def array_tables(top: Table, name: str) -> Iterator[tuple[dict[str, Any], Table]]:
    """Each `[[name]]` entry of `top` as (its raw table, a Table that checks it from its header line on).

    A `name` that is no list, or an entry that is no table, is reported on `top` or the entry and skipped.
    """
    entries = top.raw.get(name, [])
    if not isinstance(entries, list):
        top.problem(_('"{name}" must be a list of [[{name}]] tables').format(name=name), name)
        return
    headers = top.finder.array_lines(name)
    for place, raw in enumerate(entries, start=1):
        start = headers[place - 1] if len(headers) == len(entries) else None
        label = _(_ENTRY_LABELS[name]).format(number=place) if name in _ENTRY_LABELS else f"{name} #{place}"
        table = top.sub(raw if isinstance(raw, dict) else {}, label, start)
        if not isinstance(raw, dict):
            table.problem(_("must be a table: [[{name}]]").format(name=name))
            continue
        yield raw, table
