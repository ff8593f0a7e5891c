"""Reading a customer's message: topic, anger, asks, threats, repeat contact, order, name, e-mail, deadline.

`read_message(text)` is the entry point; its knowledge is data (resources/reading/*.toml and a team's
<pack folder>/reading/*.toml), loaded by `load_knowledge`. Pure Python: no Qt, no network, nothing fetched.

The names below are imported on first use (PEP 562), so that the light parts (`model`, `stored`: what the
checklist panel shows of a complaint's saved reading) load without the reader and its knowledge.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from calmdesk.core.reading.knowledge import Knowledge, builtin_knowledge, load_knowledge
    from calmdesk.core.reading.model import Evidence, Reading
    from calmdesk.core.reading.reader import read_message

__all__ = ["Evidence", "Knowledge", "Reading", "builtin_knowledge", "load_knowledge", "read_message"]
_HOMES = {
    "Evidence": "model",
    "Reading": "model",
    "Knowledge": "knowledge",
    "builtin_knowledge": "knowledge",
    "load_knowledge": "knowledge",
    "read_message": "reader",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # once found, a plain attribute
    return value
