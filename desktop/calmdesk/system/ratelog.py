"""A logger wrapper that says a repeated warning a few times, then counts it: garbage never floods the log."""

from __future__ import annotations

import logging
import time


class RateLimitedLog:
    """At most `burst` warnings per `window` seconds; the rest are counted and summed up in one line.

    A client writing garbage to the IPC socket used to log one warning per line (17.8 MB in 11 s).
    """

    def __init__(self, log: logging.Logger, *, burst: int = 5, window: float = 60.0) -> None:
        self._log = log
        self._burst = burst
        self._window = window
        self._start = time.monotonic()
        self._said = 0
        self._held = 0

    def warning(self, message: str, *args: object) -> bool:
        """Log `message` unless the budget of this window is spent; True when it was logged."""
        now = time.monotonic()
        if now - self._start >= self._window:
            if self._held:
                self._log.warning("%d more IPC warnings were left out of the log", self._held)
            self._start, self._said, self._held = now, 0, 0
        if self._said >= self._burst:
            self._held += 1
            return False
        self._said += 1
        self._log.warning(message, *args)
        return True

    @property
    def held(self) -> int:
        """Warnings left out of the log in this window so far."""
        return self._held
