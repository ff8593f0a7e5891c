"""Table complaint_readings: the reading of the message a complaint was started from, kept with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from calmdesk.core.messages import N_
from calmdesk.store.transactions import FreshTable, now, to_stamp

if TYPE_CHECKING:
    from calmdesk.core.reading.model import Reading, StepTip


class ReadingRows(FreshTable):
    """The complaint_readings table; `ComplaintBook` carries these methods. One row per complaint at most,
    deleted with it. core.reading.stored is imported on use: most starts have no reading to show."""

    def keep_reading(self, complaint_id: int, reading: Reading, tips: tuple[StepTip, ...] = ()) -> None:
        from calmdesk.core.reading.stored import to_json

        with self._write(N_("keep the message's reading")) as conn:
            conn.execute(
                "INSERT INTO complaint_readings (complaint_id, reading, read_at) VALUES (?, ?, ?) "
                "ON CONFLICT (complaint_id) DO UPDATE SET reading = excluded.reading, "
                "read_at = excluded.read_at",
                (complaint_id, to_json(reading, tips), to_stamp(now())),
            )

    def reading(self, complaint_id: int) -> tuple[Reading, tuple[StepTip, ...]] | None:
        """The reading kept for `complaint_id` and the tips it raised; None when there is none (or it cannot
        be read: a damaged row costs the line, never the complaint)."""
        rows = self._read("SELECT reading FROM complaint_readings WHERE complaint_id = ?", (complaint_id,))
        if not rows or not isinstance(rows[0][0], str):
            return None
        from calmdesk.core.reading.stored import from_json

        return from_json(rows[0][0])
