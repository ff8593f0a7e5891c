"""Asks in the customer's own words: a request lead ("I'd like", "could you") and what it asks for."""

from __future__ import annotations

from calmdesk.core.reading.cues import Found, following
from calmdesk.core.reading.prepared import Prepared
from calmdesk.core.reading.signals import Cues

# What is wanted stands this many tokens after the lead at most: "I'd like [a credit]", "Could you please
# arrange a collection and send [the right size]". Further away it is more often something else the
# sentence says than the thing asked for.
REQUEST_REACH = 10
# Right before the wanted thing, these make it something that happened, not something asked for: "a contract
# I cancelled", "why my order was cancelled", "the one you exchanged".
_TOLD = frozenset({"i", "we", "you", "he", "she", "they", "i've", "we've", "you've", "was", "were", "been",
                   "is", "got", "had", "has", "have"})  # fmt: skip


def requested(message: Prepared, cues: Cues) -> list[Found]:
    """Each wanted thing ([wanted.<ask>]) that a request lead ([request] leads) comes shortly before, in the
    same sentence, spanning from the lead to it (the evidence reads "would like a credit"). Negated or
    quoted leads and wanted things were set aside already (signals.sort_cues)."""
    void = {one.first for one in cues.group("request_not_leads")} | {
        one.last for one in cues.group("request_not_leads")
    }
    leads = [one for one in cues.group("request_leads") if one.first not in void and one.last not in void]
    if not leads:
        return []
    norms = message.norms
    said = [w for w in cues.group("wanted") if w.first == 0 or norms[w.first - 1] not in _TOLD]
    return following(message, leads, said, REQUEST_REACH)
