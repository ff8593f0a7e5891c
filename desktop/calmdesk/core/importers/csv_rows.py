"""A sheet's rows, read strictly as CSV, with the one common dialect that is not RFC 4180 read too, and what
is wrong with a broken file said in plain words.

Snippet collections written by hand or by scripts for TextExpander and aText often escape a quote inside a
quoted cell with a backslash (`"<a href=\"https://...\">"`) instead of doubling it. Read strictly, the whole
file is refused; read as that dialect, every row comes in, and a note says how the file was read.
"""

from __future__ import annotations

import csv
import io
import re

from calmdesk.core.importers.common import ImportFailed, ImportResult
from calmdesk.core.importers.import_files import MAX_IMPORT_BYTES
from calmdesk.core.messages import gettext as _

_BACKSLASH_ESCAPE = re.compile(r'\\(["\\])')


def csv_rows(text: str, source: str, delimiter: str, result: ImportResult) -> list[tuple[int, list[str]]]:
    """Every non-empty row with the line it starts on; ImportFailed naming the line and what is wrong."""
    try:
        return _rows(text, delimiter)
    except _Broken as broken:
        failed = broken
    if '\\"' in text:
        try:
            rows = _rows(
                _BACKSLASH_ESCAPE.sub(lambda m: '""' if m.group(1) == '"' else "\\", text), delimiter
            )
        except _Broken:
            pass
        else:
            words = _('quotes escaped with a backslash (\\") were read as quotes')
            result.notes.append(f"{source}: {words}")
            return rows
    words = _("not valid CSV: {error}").format(error=_plain(failed.error))
    raise ImportFailed(words, source, failed.line)


class _Broken(Exception):
    """The csv module's error and the line where it was found."""

    def __init__(self, error: str, line: int) -> None:
        super().__init__(error)
        self.error, self.line = error, line


def _rows(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """The rows, strictly read; _Broken with the line where one cannot be read.

    The csv module refuses a field over 131,072 characters, which refused the whole file for one long
    cell; the file's own size cap bounds the fields instead, and the phrase rules skip that one row.
    """
    if csv.field_size_limit() < MAX_IMPORT_BYTES:
        csv.field_size_limit(MAX_IMPORT_BYTES)  # process-wide, and only ever raised to the import cap
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise _Broken(str(exc), reader.line_num or start) from None
    return rows


def _plain(error: str) -> str:
    """The csv module's English, as a person would say what to mend."""
    if "expected after '\"'" in error:
        return _('a quote inside a quoted cell must be written twice ("")')
    if "unexpected end of data" in error:
        return _("a quoted cell is never closed")
    return error
