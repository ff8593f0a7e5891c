"""The phrases the editor lists: the packs with the user's phrases laid over them, and their origins."""

from __future__ import annotations

from typing import TYPE_CHECKING

from calmdesk.core.phrase_edit import Origin, origin_of
from calmdesk.core.search import SearchIndex
from calmdesk.core.user_layer import USER_PACK_ID, with_user_phrases

if TYPE_CHECKING:
    from calmdesk.core.library import Library
    from calmdesk.core.model import Phrase
    from calmdesk.store.user_phrases import UserPhrases

SEARCH_LIMIT = 100_000  # the editor lists every match, not the picker's first screenful


class EditorLibrary:
    """Built again from the store after each change (`rebuild`); `library` is what the editor shows (hidden
    phrases too), `for_picker()` what the picker should search (hidden ones out)."""

    def __init__(self, base: Library, user: UserPhrases) -> None:
        self._base = base
        self._user = user
        self._labels = {key: c.label for key, c in base.categories.items()}
        self.rebuild()

    @property
    def base(self) -> Library:
        return self._base

    @property
    def library(self) -> Library:
        return self._all

    def set_base(self, base: Library) -> None:
        self._base = base
        self.rebuild()

    def rebuild(self) -> None:
        entries = self._user.all()
        self._all = with_user_phrases(self._base, entries, ())
        self._origins = {e.phrase.id: e.origin for e in entries}
        self._customized = {e.phrase.id for e in entries if e.customizes}
        self._packs = {p.id: p for p in self._all.packs}
        self._base_phrases = {p.id: p for p in self._base.phrases}
        self._index = SearchIndex(self._all.phrases, self._labels)

    def for_picker(self) -> Library:
        return with_user_phrases(self._base, self._user.all(), self._user.hidden())

    def get(self, phrase_id: str | None) -> Phrase | None:
        return self._all.get(phrase_id) if phrase_id else None

    def origin(self, phrase: Phrase) -> Origin:
        return origin_of(phrase, self._packs, self._base_phrases, self._origins, self._customized)

    def origin_of_id(self, phrase_id: str | None) -> Origin | None:
        phrase = self.get(phrase_id)
        return self.origin(phrase) if phrase else None

    def is_hidden(self, phrase_id: str) -> bool:
        return phrase_id in self._user.hidden()

    def taken_ids(self) -> set[str]:
        """Every id in use, the user's deleted-but-undoable ones too: a new phrase never takes one."""
        return {p.id for p in self._all.phrases} | {e.phrase.id for e in self._user.all()}

    def rows(self, query: str, category: str | None, pack: str | None) -> list[tuple[Phrase, Origin]]:
        """The phrases matching `query` in `category` and `pack` (None: any), with their origins. The
        user's pack lists their customized copies too."""
        rows: list[tuple[Phrase, Origin]] = []
        for hit in self._index.search(query, category=category, limit=SEARCH_LIMIT):
            origin = self.origin(hit.phrase)
            if pack is None or hit.phrase.pack == pack or (pack == USER_PACK_ID and origin.editable):
                rows.append((hit.phrase, origin))
        return rows
