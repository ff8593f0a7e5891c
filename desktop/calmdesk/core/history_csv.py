"""The complaint history as CSV: the same columns from the CLI and the app; no cell runs as a formula."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from pathlib import Path

from calmdesk.core.complaint_time import HISTORY_COLUMNS
from calmdesk.core.csv_cells import safe_cell
from calmdesk.core.safefile import write_atomically


def history_csv_text(rows: Iterable[Mapping[str, object]]) -> tuple[str, int]:
    """The rows (core history rows) as CSV text, and how many there are."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=HISTORY_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({key: safe_cell(value) for key, value in row.items()})
        count += 1
    return out.getvalue(), count


def write_history_csv(rows: Iterable[Mapping[str, object]], path: Path, *, overwrite: bool = True) -> int:
    """Write the rows to `path` with the safe writer (user-only, all or nothing); returns how many.

    Raises what safefile.write_atomically raises (FileRefused, FileExistsError, OSError).
    """
    text, count = history_csv_text(rows)
    write_atomically(path, text, overwrite=overwrite)
    return count
