"""Starting and closing a complaint as changes of a ComplaintBook, each one transaction: made at once or by
the store's writer thread (see ComplaintWatch)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from calmdesk.core.complaint import Complaint
    from calmdesk.store.complaints import ComplaintBook


def starter(
    fields: Mapping[str, object], address_as: object = "", values: Mapping[str, str] | None = None
) -> Callable[[ComplaintBook], Complaint]:
    """Start a complaint with `fields` and the blanks already known; `address_as`: the name its phrases
    address the customer by, when the first name of the customer field is not it ("Ms Reyes")."""

    def start(book: ComplaintBook) -> Complaint:
        complaint = book.new(**fields)  # type: ignore[arg-type]  # checked in the store
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
