"""Helpers shared by the content checkers: decoding, TOML syntax errors with lines, typed fields."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from calmdesk.core.model import Problem
from calmdesk.core.printable import control_chars, quoted, shorten
from calmdesk.core.toml_lines import LineFinder

# LineFinder is imported from here by the content checkers, with Table, which takes one.
__all__ = ["LineFinder", "Table", "array_tables", "decode", "long_number_line", "parse_toml", "toml_error"]

# CPython's int() refuses more than 4,300 digits; digits and "_" separators, a plain character class so the
# search itself needs no memory per character.
_LONG_NUMBER = re.compile(r"[0-9_]{4301,}")
_LONG_NUMBER_MESSAGE = (
    "TOML value cannot be read: a run of more than 4,300 digits (no number in a pack is that long)"
)
_AT_LINE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_AT_END = re.compile(r"\s*\(at end of document\)\s*$")


def decode(data: bytes, source: str) -> str | Problem:
    """UTF-8 text (a leading BOM, as Windows editors write, is dropped), or the problem with it."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        message = f"not UTF-8 text (byte 0x{data[exc.start]:02x} at line {line}): save the file as UTF-8"
        return Problem(source, message, line)


def parse_toml(text: str, source: str) -> dict[str, Any] | Problem:
    """The TOML document in `text`, or the one Problem that says why it cannot be read.

    tomllib raises more than TOMLDecodeError on hostile input: ValueError for an integer of more than
    4,300 digits (CPython's int() limit), RecursionError for arrays or inline tables nested a few hundred
    deep. Each of them is this file's problem, never the whole library's.
    """
    line = long_number_line(text)
    if line is not None:
        return Problem(source, _LONG_NUMBER_MESSAGE, line)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return toml_error(exc, text, source)
    except RecursionError:
        return Problem(source, "TOML too deeply nested (arrays or tables inside each other): not read")
    except ValueError as exc:  # the integer digit limit; no other ValueError is known, any is this file's
        return Problem(source, f"TOML value cannot be read ({shorten(str(exc), 80)})")
    except MemoryError:
        return Problem(source, "TOML file too large to read into memory")


def long_number_line(text: str) -> int | None:
    """The line of the first run of more than 4,300 digits, which tomllib cannot read, or None.

    Looked for before parsing: tomllib's number pattern takes about 120 bytes of memory per digit before
    int() refuses the run (600 MB for a 5 MB pack), while this search takes none.
    """
    found = _LONG_NUMBER.search(text)
    return None if found is None else text.count("\n", 0, found.start()) + 1


def toml_error(exc: tomllib.TOMLDecodeError, text: str, source: str) -> Problem:
    """tomllib says "(at line N, column M)" at the end of its message: turn that into a Problem line."""
    message = str(exc)
    found = _AT_LINE.search(message)
    if found:
        detail = _AT_LINE.sub("", message)
        return Problem(source, f"TOML syntax error: {detail} (column {found.group(2)})", int(found.group(1)))
    if _AT_END.search(message):
        return Problem(
            source,
            f"TOML syntax error: {_AT_END.sub('', message)} (at the end of the file)",
            text.count("\n") + 1,
        )
    return Problem(source, f"TOML syntax error: {message}")


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
        line = self.finder.key_line(key, self.start, self.end) if key else None
        prefix = "" if self.who else f"{self.label}: "
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
                self.problem(f'missing required field "{key}"')
        allowed = {*required, *optional}
        for key in self.raw:
            if key not in allowed:
                self.problem(f"unknown field {quoted(key)} (known: {', '.join(sorted(allowed))})", key)

    def string(self, key: str, *, max_chars: int | None = None, multiline: bool = False) -> str | None:
        """The value of `key`, stripped; None (and a problem) when it is not a non-empty string.

        A string longer than `max_chars` or holding a control character (newline and tab allowed only when
        `multiline`) is a problem too: it would freeze the picker or reach a terminal as an escape sequence.
        """
        value = self.raw.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(f'"{key}" must be a string, not {_kind(value)}', key)
            return None
        if not value.strip():
            self.problem(f'"{key}" is empty', key)
            return None
        value = value.strip()
        return value if self._sound(key, f'"{key}"', value, max_chars, multiline) else None

    def strings(
        self, key: str, *, max_chars: int | None = None, max_items: int | None = None
    ) -> tuple[str, ...] | None:
        """A list of non-empty strings, stripped; None when absent or wrong (see `string` for the caps)."""
        value = self.raw.get(key)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(f'"{key}" must be a list of strings, not {_kind(value)}', key)
            return None
        if any(not v.strip() for v in value):
            self.problem(f'"{key}" holds an empty entry', key)
            return None
        if max_items is not None and len(value) > max_items:
            self.problem(f'"{key}" holds {len(value):,} entries; at most {max_items} are allowed', key)
            return None
        items = tuple(v.strip() for v in value)
        for number, item in enumerate(items, start=1):
            if not self._sound(key, f'"{key}" entry #{number}', item, max_chars, multiline=False):
                return None
        return items

    def _sound(self, key: str, what: str, value: str, max_chars: int | None, multiline: bool) -> bool:
        """Report a value that is too long or holds control characters; True when it has neither fault."""
        if max_chars is not None and len(value) > max_chars:
            self.problem(f"{what} is {len(value):,} characters long; at most {max_chars:,} are allowed", key)
            return False
        found = control_chars(value, multiline=multiline)
        if found:
            shown = ", ".join(found[:5])
            self.problem(f"{what} holds control characters ({shown}): remove them", key)
            return False
        return True

    def choice(self, key: str, allowed: Sequence[str], what: str) -> str | None:
        """A string that must be one of `allowed`, reported as an unknown `what` otherwise."""
        value = self.string(key)
        if value is not None and value not in allowed:
            self.problem(f"unknown {what} {quoted(value)} (known: {', '.join(allowed)})", key)
            return None
        return value

    def choices(self, key: str, allowed: Sequence[str], what: str) -> tuple[str, ...] | None:
        """A list whose every entry is one of `allowed`; duplicates dropped."""
        values = self.strings(key)
        if values is None:
            return None
        unknown = [v for v in values if v not in allowed]
        for value in unknown:
            self.problem(f"unknown {what} {quoted(value)} (known: {', '.join(allowed)})", key)
        return None if unknown else tuple(dict.fromkeys(values))


def _kind(value: object) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "a table"}
    return names.get(type(value), f"a {type(value).__name__}")


def array_tables(top: Table, name: str) -> Iterator[tuple[dict[str, Any], Table]]:
    """Each `[[name]]` entry of `top` as (its raw table, a Table that checks it from its header line on).

    A `name` that is no list, or an entry that is no table, is reported on `top` or the entry and skipped.
    """
    entries = top.raw.get(name, [])
    if not isinstance(entries, list):
        top.problem(f'"{name}" must be a list of [[{name}]] tables', name)
        return
    headers = top.finder.array_lines(name)
    for number, raw in enumerate(entries, start=1):
        start = headers[number - 1] if len(headers) == len(entries) else None
        table = top.sub(raw if isinstance(raw, dict) else {}, f"{name} #{number}", start)
        if not isinstance(raw, dict):
            table.problem(f"must be a table: [[{name}]]")
            continue
        yield raw, table
