"""Reading a customer's message: topic, anger, asks, threats, repeat contact, order, name, e-mail, deadline.

`read_message(text)` is the entry point; its knowledge is data (resources/reading/*.toml and a team's
<pack folder>/reading/*.toml), loaded by `load_knowledge`. Pure Python: no Qt, no network, nothing fetched.
"""

from __future__ import annotations

from calmdesk.core.reading.knowledge import Knowledge, builtin_knowledge, load_knowledge
from calmdesk.core.reading.model import Evidence, Reading
from calmdesk.core.reading.reader import read_message

__all__ = ["Evidence", "Knowledge", "Reading", "builtin_knowledge", "load_knowledge", "read_message"]
