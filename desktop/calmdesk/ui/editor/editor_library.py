"""The phrases the editor lists: the packs with the user's phrases laid over them, and their origins."""

from __future__ import annotations

from typing import TYPE_CHECKING

from calmdesk.core.language_view import with_every_language
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
    phrases too, and every built-in language's versions), `for_picker()` what the picker should search
    (hidden ones out). A phrase with no version in the shown language nor English (the user's Spanish-only
    phrase in an English library) is listed too, in its own language: the picker leaves it out, the
    editor must not."""

    def __init__(self, base: Library, user: UserPhrases) -> None:
        self._base = base
        self._every = with_every_language(base)
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
        self._every = with_every_language(base)
        self.rebuild()

    def rebuild(self) -> None:
        entries = self._user.all()
        self._all = with_user_phrases(self._every, entries, ())
        self._listed = {p.id: p for p in self._all.phrases}
        for version in self._all.versions:
            self._listed.setdefault(version.id, version)
        self._origins = {e.phrase.id: e.origin for e in entries}
        self._customized = {e.phrase.id for e in entries if e.customizes}
        self._packs = {p.id: p for p in self._all.packs}
        self._base_phrases = {p.id: p for p in (*self._every.phrases, *self._every.versions)}
        self._index = SearchIndex(tuple(self._listed.values()), self._labels)

    def for_picker(self) -> Library:
        return with_user_phrases(self._base, self._user.all(), self._user.hidden())

    def count(self) -> int:
        """How many phrases are listed (one row per id, whatever its languages)."""
        return len(self._listed)

    def get(self, phrase_id: str | None) -> Phrase | None:
        return self._listed.get(phrase_id) if phrase_id else None

    def version(self, phrase_id: str | None, lang: str) -> Phrase | None:
        """The phrase in `lang`, else the version agents get instead (English, else the one listed)."""
        if not phrase_id:
            return None
        return self._all.version(phrase_id, lang) or self._listed.get(phrase_id)

    def versions(self, phrase_id: str) -> dict[str, Phrase]:
        """Language -> the phrase's version in it, for every language it is written in."""
        found = (self._all.version(phrase_id, lang) for lang in self._all.languages_of(phrase_id))
        return {p.lang: p for p in found if p is not None}

    def in_packs(self, phrase_id: str) -> bool:
        """A built-in or team pack has this id: a user's version of it is a customization."""
        return phrase_id in self._base_phrases

    def origin(self, phrase: Phrase) -> Origin:
        return origin_of(phrase, self._packs, self._base_phrases, self._origins, self._customized)

    def origin_of_id(self, phrase_id: str | None) -> Origin | None:
        phrase = self.get(phrase_id)
        return self.origin(phrase) if phrase else None

    def is_hidden(self, phrase_id: str) -> bool:
        return phrase_id in self._user.hidden()

    def taken_ids(self) -> set[str]:
        """Every id in use, the user's deleted-but-undoable ones too: a new phrase never takes one."""
        return set(self._listed) | {e.phrase.id for e in self._user.all()}

    def rows(self, query: str, category: str | None, pack: str | None) -> list[tuple[Phrase, Origin]]:
        """The phrases matching `query` in `category` and `pack` (None: any), with their origins. The
        user's pack lists their customized copies too."""
        rows: list[tuple[Phrase, Origin]] = []
        for hit in self._index.search(query, category=category, limit=SEARCH_LIMIT):
            origin = self.origin(hit.phrase)
            if pack is None or hit.phrase.pack == pack or (pack == USER_PACK_ID and origin.editable):
                rows.append((hit.phrase, origin))
        return rows
