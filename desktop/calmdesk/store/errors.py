"""The one exception the store layer lets out: a plain-language message the UI can show as it is."""

from __future__ import annotations


class StoreError(Exception):
    """User data cannot be read or saved (locked by another program, unreadable folder, newer format).

    `str(error)` is a complete sentence meant for the agent, not a traceback; the cause stays chained
    (`__cause__`) for the log.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
