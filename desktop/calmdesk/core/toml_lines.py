"""Where things are written in a TOML text (tomllib keeps no positions): the lines problems point to."""

from __future__ import annotations

import bisect
import re

_HEADER = re.compile(r"\s*(\[\[?)\s*([A-Za-z0-9_.-]+)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""\s*([A-Za-z0-9_-]+|"[^"]*"|'[^']*')\s*=\s*(.*)""")
# `key = "value"` anywhere on a line, also inside an inline table; group 3 is the value.
_KEY_VALUE = re.compile(r"""(?:^|(?<=[\s{,]))([A-Za-z0-9_-]+)\s*=\s*(["'])(.*?)\2""")
# What opens a string or a comment outside a string; a triple quote wins over a single one.
_OPEN = re.compile(r"""\"\"\"|'''|["'#]""")
# The rest of a string up to its closing quotes: basic strings take backslash escapes, literal ones none.
# A multi-line string may end in up to two quotes of content before its closing three ('""""').
# Written as unrolled loops (a run of plain characters, then one escape or lone quote, repeated): the
# plain `(?:a|b)*` form keeps a backtracking entry per character, 590 MB for one 4 MB title.
_CLOSE = {'"': re.compile(r'[^"\\]*(?:\\.[^"\\]*)*"'), "'": re.compile(r"[^']*'")}
_ML_CLOSE = {
    '"""': re.compile(r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""+'),
    "'''": re.compile(r"[^']*(?:'(?!'')[^']*)*'''+"),
}


class LineFinder:
    """Finds where things sit in the raw text, since tomllib keeps no positions.

    Lines inside multi-line strings are skipped, so phrase text such as "note = ..." is not taken for a key.
    Every lookup is built once here: a pack asks one question per entry and per problem, and a scan per
    question made large packs quadratic (8,000 inline entries took 46 s).
    """

    def __init__(self, text: str) -> None:
        self.headers: list[tuple[int, str, bool]] = []  # (line, table name, is an array of tables)
        self.lines = text.splitlines()
        self._keys: dict[str, list[int]] = {}  # key -> lines of `key = ...`, in order
        self._values: dict[tuple[str, str], int] = {}  # (key, value) -> first line of `key = "value"`
        in_string: str | None = None
        for number, line in enumerate(self.lines, start=1):
            if in_string is None:
                header = _HEADER.fullmatch(line)
                if header:
                    self.headers.append((number, header.group(2), header.group(1) == "[["))
                else:
                    key = _KEY.match(line)
                    if key:
                        self._keys.setdefault(key.group(1).strip("\"'"), []).append(number)
            for pair in _KEY_VALUE.finditer(line):
                self._values.setdefault((pair.group(1), pair.group(3)), number)
            in_string = _string_after(line, in_string)
        self._header_lines = [line for line, _, _ in self.headers]

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
        found = bisect.bisect_right(self._header_lines, line)
        return self._header_lines[found] if found < len(self._header_lines) else None

    def key_line(self, key: str, start: int | None, end: int | None) -> int | None:
        """Line of `key = ...` between header `start` (None: top of file) and `end` (None: end of file)."""
        lines = self._keys.get(key, [])
        found = 0 if start is None else bisect.bisect_right(lines, start)
        if found < len(lines) and (end is None or lines[found] < end):
            return lines[found]
        return None

    def value_line(self, key: str, value: str) -> int | None:
        """Line of `key = "value"`, also inside an inline table: how an entry is found without its header."""
        return self._values.get((key, value))

    def _first_header(self) -> int | None:
        return self.headers[0][0] if self.headers else None


def _string_after(line: str, in_string: str | None) -> str | None:
    """The multi-line string (by its quotes) open at the end of `line`, given the one open at its start.

    Reads the line as TOML does, so a triple quote inside a one-line string or a comment opens nothing.
    """
    pos = 0
    while pos < len(line):
        if in_string is not None:
            close = _ML_CLOSE[in_string].match(line, pos)
            if close is None:
                return in_string
            in_string, pos = None, close.end()
            continue
        token = _OPEN.search(line, pos)
        if token is None or token.group() == "#":
            return None
        if len(token.group()) == 3:
            in_string, pos = token.group(), token.end()
            continue
        close = _CLOSE[token.group()].match(line, token.end())
        if close is None:
            return None  # an unclosed one-line string: tomllib has refused the file already
        pos = close.end()
    return in_string
