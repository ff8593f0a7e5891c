"""What a copy works with, without Qt: the clipboard, the user store and the complaints as PhraseFlow sees
them, and the stand-ins used when there is no store or no complaint."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Protocol

from calmdesk.store.errors import StoreError

if TYPE_CHECKING:
    from calmdesk.core.complaint import Complaint
    from calmdesk.core.model import Phrase


class Clipboard(Protocol):
    def copy(self, text: str, html: str | None = None) -> None: ...


class CopyError(Exception):
    """The clipboard refused the text; the message says why, for the status line."""


class ComplaintSource(Protocol):
    """The current complaint as a copy sees it (`ComplaintWatch` fits; `NoComplaints` when there are none)."""

    def current(self) -> Complaint | None: ...
    def open_complaints(self) -> list[Complaint]: ...
    def step_categories(self) -> frozenset[str]: ...
    def switch(self, complaint_id: int) -> None: ...
    def phrase_copied(
        self, phrase: Phrase, typed: Mapping[str, str], prefilled: Mapping[str, str]
    ) -> str | None: ...


class LearnedQueries(Protocol):
    def learned(self, key: str) -> Mapping[str, float]: ...


class PhraseStore(Protocol):
    """What a copy keeps in the user store (`UserStore` fits; `NoStore` when the data file could not open)."""

    @property
    def query_memory(self) -> LearnedQueries: ...
    def favourites(self) -> frozenset[str]: ...
    def recency(self) -> Mapping[str, float]: ...
    def is_favourite(self, phrase_id: str) -> bool: ...
    def queue_favourite(self, phrase_id: str) -> bool: ...
    def queue_use(self, phrase_id: str, *, query_key: str = "") -> None: ...
    def worked_counts(self, topic: str | None = None) -> Mapping[str, int]: ...
    def mark_worked(self, phrase_id: str, topic: str = "") -> int: ...
    def queue_mark_worked(
        self,
        phrase_id: str,
        topic: str = "",
        *,
        saved: Callable[[object], None] | None = None,
        given_up: Callable[[str], None] | None = None,
    ) -> None: ...


class NoComplaints:
    """No complaint is ever current: a copy fills from the settings and the form alone."""

    def current(self) -> Complaint | None:
        return None

    def open_complaints(self) -> list[Complaint]:
        return []

    def step_categories(self) -> frozenset[str]:
        return frozenset()

    def switch(self, complaint_id: int) -> None:
        return None

    def phrase_copied(
        self, phrase: Phrase, typed: Mapping[str, str], prefilled: Mapping[str, str]
    ) -> str | None:
        return None


class _NothingLearned:
    def learned(self, key: str) -> Mapping[str, float]:
        return {}


class NoStore:
    """The store when CalmDesk could not open its data file: nothing remembered, and a write says why."""

    REASON = "CalmDesk could not open its data file"

    @property
    def query_memory(self) -> LearnedQueries:
        return _NothingLearned()

    def favourites(self) -> frozenset[str]:
        return frozenset()

    def recency(self) -> Mapping[str, float]:
        return {}

    def is_favourite(self, phrase_id: str) -> bool:
        return False

    def queue_favourite(self, phrase_id: str) -> bool:
        raise StoreError(self.REASON)

    def queue_use(self, phrase_id: str, *, query_key: str = "") -> None:
        return None  # the copy itself still works; only the ranking forgets it

    def worked_counts(self, topic: str | None = None) -> Mapping[str, int]:
        return {}

    def mark_worked(self, phrase_id: str, topic: str = "") -> int:
        raise StoreError(self.REASON)

    def queue_mark_worked(
        self,
        phrase_id: str,
        topic: str = "",
        *,
        saved: Callable[[object], None] | None = None,
        given_up: Callable[[str], None] | None = None,
    ) -> None:
        raise StoreError(self.REASON)
