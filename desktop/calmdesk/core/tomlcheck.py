"""Helpers shared by the content checkers: decoding, TOML syntax errors with lines, typed fields."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from typing import Any

from calmdesk.core.model import Problem

_AT_LINE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_AT_END = re.compile(r"\s*\(at end of document\)\s*$")
_HEADER = re.compile(r"\s*(\[\[?)\s*([A-Za-z0-9_.-]+)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""\s*([A-Za-z0-9_-]+|"[^"]*"|'[^']*')\s*=\s*(.*)""")


def decode(data: bytes, source: str) -> str | Problem:
    """UTF-8 text (a leading BOM, as Windows editors write, is dropped), or the problem with it."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        message = f"not UTF-8 text (byte 0x{data[exc.start]:02x} at line {line}): save the file as UTF-8"
        return Problem(source, message, line)


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


class LineFinder:
    """Finds where things sit in the raw text, since tomllib keeps no positions.

    Lines inside multi-line strings are skipped, so phrase text such as "note = ..." is not taken for a key.
    """

    def __init__(self, text: str) -> None:
        self.headers: list[tuple[int, str, bool]] = []  # (line, table name, is an array of tables)
        self.keys: list[tuple[int, str, str]] = []  # (line, key, rest of the line)
        self.lines = text.splitlines()
        in_string: str | None = None
        for number, line in enumerate(self.lines, start=1):
            if in_string is None:
                header = _HEADER.fullmatch(line)
                if header:
                    self.headers.append((number, header.group(2), header.group(1) == "[["))
                else:
                    key = _KEY.match(line)
                    if key:
                        self.keys.append((number, key.group(1).strip("\"'"), key.group(2)))
            for quote in ('"""', "'''"):
                if line.count(quote) % 2 and in_string in (None, quote):
                    in_string = None if in_string else quote

    def array_lines(self, name: str) -> list[int]:
        """Lines of every `[[name]]` header, in order."""
        return [line for line, header, is_array in self.headers if header == name and is_array]

    def table_line(self, name: str) -> int | None:
        """Line of the `[name]` header, or of `name = ...` when written inline."""
        for line, header, is_array in self.headers:
            if header == name and not is_array:
                return line
        return self.key_line(name, None, self._first_header())

    def next_header(self, line: int | None) -> int | None:
        """The first header after `line`, which ends the block that starts there."""
        if line is None:
            return None
        return next((h for h, _, _ in self.headers if h > line), None)

    def key_line(self, key: str, start: int | None, end: int | None) -> int | None:
        """Line of `key = ...` between header `start` (None: top of file) and `end` (None: end of file)."""
        for line, found, _ in self.keys:
            if found == key and (start is None or line > start) and (end is None or line < end):
                return line
        return None

    def value_line(self, key: str, value: str) -> int | None:
        """Line of `key = "value"`, also inside an inline table: how an entry is found without its header."""
        pattern = re.compile(rf"""(?:^|[\s{{,]){re.escape(key)}\s*=\s*["']{re.escape(value)}["']""")
        for number, line in enumerate(self.lines, start=1):
            if pattern.search(line):
                return number
        return None

    def _first_header(self) -> int | None:
        return self.headers[0][0] if self.headers else None


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
                self.problem(f'unknown field "{key}" (known: {", ".join(sorted(allowed))})', key)

    def string(self, key: str) -> str | None:
        """The value of `key`, stripped; None (and a problem) when it is not a non-empty string."""
        value = self.raw.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(f'"{key}" must be a string, not {_kind(value)}', key)
            return None
        if not value.strip():
            self.problem(f'"{key}" is empty', key)
            return None
        return value.strip()

    def strings(self, key: str) -> tuple[str, ...] | None:
        """A list of non-empty strings, stripped; None when absent or wrong."""
        value = self.raw.get(key)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(f'"{key}" must be a list of strings, not {_kind(value)}', key)
            return None
        if any(not v.strip() for v in value):
            self.problem(f'"{key}" holds an empty entry', key)
            return None
        return tuple(v.strip() for v in value)

    def choice(self, key: str, allowed: Sequence[str], what: str) -> str | None:
        """A string that must be one of `allowed`, reported as an unknown `what` otherwise."""
        value = self.string(key)
        if value is not None and value not in allowed:
            self.problem(f'unknown {what} "{value}" (known: {", ".join(allowed)})', key)
            return None
        return value

    def choices(self, key: str, allowed: Sequence[str], what: str) -> tuple[str, ...] | None:
        """A list whose every entry is one of `allowed`; duplicates dropped."""
        values = self.strings(key)
        if values is None:
            return None
        unknown = [v for v in values if v not in allowed]
        for value in unknown:
            self.problem(f'unknown {what} "{value}" (known: {", ".join(allowed)})', key)
        return None if unknown else tuple(dict.fromkeys(values))


def _kind(value: object) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "a table"}
    return names.get(type(value), f"a {type(value).__name__}")
