"""What the tone check assumes about a reply, from the current complaint (if any)."""

from __future__ import annotations

from calmdesk.core.complaint import Complaint
from calmdesk.core.tone.checker import ToneContext

# Anger is 1 (mildly annoyed) to 5 (furious). From 3 on, a reply must hold an apology and a next step; a
# complaint with no anger noted counts as angry, since that is who CalmDesk is for.
ANGRY_FROM = 3


def context_for(complaint: Complaint | None, *, angry: bool | None = None) -> ToneContext:
    """The check's context for a draft to this complaint's customer; `angry` overrides the complaint's."""
    if angry is None:
        anger = complaint.anger if complaint else None
        angry = anger is None or anger >= ANGRY_FROM
    name = complaint.customer.strip() if complaint else ""
    return ToneContext(angry=angry, customer_name=name or None)
