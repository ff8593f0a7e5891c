"""The complaint history as CSV: the same columns from the CLI and the app; no cell runs as a formula."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from pathlib import Path

from calmdesk.core.complaint_time import HISTORY_COLUMNS

# A cell starting with one of these runs as a formula in a spreadsheet ("CSV injection"): written as text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_history_csv(rows: Iterable[Mapping[str, object]], path: Path) -> int:
    """Write the rows (core history rows) to `path`; returns how many. Raises OSError."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=HISTORY_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: safe_cell(value) for key, value in row.items()})
            count += 1
    return count
