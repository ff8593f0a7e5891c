"""Starting and closing a complaint, and recording a copy, as changes of a ComplaintBook, each one
transaction: made at once or by the store's writer thread (see ComplaintWatch)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from calmdesk.core.complaint import Complaint, Copied, tick

if TYPE_CHECKING:
    from calmdesk.core.reading.model import Reading, StepTip
    from calmdesk.store.complaints import ComplaintBook


def starter(
    fields: Mapping[str, object],
    address_as: object = "",
    values: Mapping[str, str] | None = None,
    reading: tuple[Reading, tuple[StepTip, ...]] | None = None,
) -> Callable[[ComplaintBook], Complaint]:
    """Start a complaint with `fields` and the blanks already known; `address_as`: the name its phrases
    address the customer by, when the first name of the customer field is not it ("Ms Reyes");
    `reading`: the customer's message it starts from, as read, with the tips it raised (kept with it)."""

    def start(book: ComplaintBook) -> Complaint:
        complaint = book.new(**fields)  # type: ignore[arg-type]  # checked in the store
        if reading is not None:
            book.keep_reading(complaint.id, *reading)
        address = str(address_as).strip()
        known = {**(values or {}), **({"customer_name": address} if address else {})}
        if not known:
            return complaint
        book.remember(known, complaint_id=complaint.id)
        return book.get(complaint.id) or complaint  # with the values just kept

    return start


def closer(
    complaint_id: int, follow_up: datetime | None, note: Callable[[Complaint], str]
) -> Callable[[ComplaintBook], Complaint]:
    """Close complaint `complaint_id` with its follow-up (`note(complaint)` its text) in one transaction;
    ValueError when it is not open any more (another program closed it)."""

    def close(book: ComplaintBook) -> Complaint:
        target = book.get(complaint_id)
        text = note(target) if target is not None else None
        return book.close_with_follow_up(complaint_id=complaint_id, follow_up=follow_up, note=text)[0]

    return close


@dataclass(frozen=True)
class CopyRecord:
    """A phrase copied while a complaint is current: the blanks to remember, whether it asks the customer
    something (their turn to reply), the step it serves when that is ticked for it, and when."""

    phrase_id: str
    values: Mapping[str, str]
    asks: bool
    ticked: str | None
    at: datetime

    def saver(self, complaint_id: int) -> Callable[[ComplaintBook], None]:
        def save(book: ComplaintBook) -> None:
            book.remember(self.values, complaint_id=complaint_id)
            book.record_copy(self.phrase_id, asks=self.asks, complaint_id=complaint_id, at=self.at)
            if self.ticked is not None:
                book.tick(self.ticked, complaint_id=complaint_id, at=self.at)

        return save

    def shown_on(self, complaint: Complaint) -> Complaint:
        """`complaint` as it is once the record is saved: shown at once, before the writer gets to it."""
        shown = tick(complaint, self.ticked, self.at) if self.ticked is not None else complaint
        copied = (*complaint.copied, Copied(self.phrase_id, self.at, self.asks))
        return replace(shown, values={**complaint.values, **self.values}, copied=copied)
