"""The loaded library: every phrase shown, its other languages' versions, categories, checklist, problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from calmdesk.core.model import Category, ChecklistStep, PackInfo, Phrase, Problem

if TYPE_CHECKING:
    from calmdesk.core.search.vocabulary import Vocabulary


@dataclass(slots=True)
class Library:
    """The phrases of every pack that loaded cleanly, in load order; `skipped` names the packs refused.

    `phrases` holds one version of each phrase id: the one in `language`, else the English one (a fallback,
    told by its `lang`); a phrase in neither is not shown. `versions` holds the phrases' other languages;
    `in_language` gives the same library seen in another language (see `core.language_view`).
    """

    phrases: tuple[Phrase, ...] = ()
    packs: tuple[PackInfo, ...] = ()
    categories: dict[str, Category] = field(default_factory=dict)  # in CATEGORY_KEYS order
    checklist: tuple[ChecklistStep, ...] = ()
    problems: list[Problem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    # The search's agents' words with the `vocabulary.toml` of the user and team pack folders added; None:
    # the built-in vocabulary alone.
    vocabulary: Vocabulary | None = None
    language: str = "en"
    versions: tuple[Phrase, ...] = ()
    # The built-in languages read: the one shown and English (its fallback); `in_language` reads another
    # on first use, so a start reads two languages' packs, not five.
    builtin: tuple[str, ...] = ()
    # Each category's English "when" text (else its description), in a library shown in another language:
    # search finds a category by it too. Carried here (and in the library cache) so that a start reads no
    # English content file to build the index.
    english_hints: dict[str, str] = field(default_factory=dict)
    _by_id: dict[str, Phrase] = field(init=False, repr=False, compare=False)
    _steps: dict[str, ChecklistStep] = field(init=False, repr=False, compare=False)
    _langs: dict[str, dict[str, Phrase]] | None = field(init=False, repr=False, compare=False)
    _views: dict[str, Library] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id = {}
        for phrase in self.phrases:
            self._by_id.setdefault(phrase.id, phrase)
        self._steps = {step.key: step for step in self.checklist}
        self._langs = None  # made on first use: 300,000 small dicts cost a `calmdesk search` 0.5 s unused
        self._views = {}

    def _by_lang(self) -> dict[str, dict[str, Phrase]]:
        """Id -> language -> phrase, the shown version first (a user's copy wins)."""
        if self._langs is None:
            langs: dict[str, dict[str, Phrase]] = {}
            for phrase in (*self.phrases, *self.versions):
                langs.setdefault(phrase.id, {}).setdefault(phrase.lang, phrase)
            self._langs = langs  # whole or not at all: another thread may read it meanwhile
        return self._langs

    def get(self, phrase_id: str) -> Phrase | None:
        return self._by_id.get(phrase_id)

    def languages_of(self, phrase_id: str) -> tuple[str, ...]:
        """The languages phrase `phrase_id` is written in, sorted ("" for none: no such phrase)."""
        return tuple(sorted(self._by_lang().get(phrase_id, ())))

    def version(self, phrase_id: str, lang: str) -> Phrase | None:
        """Phrase `phrase_id` in `lang`; without that version the English one, else the one shown. The
        caller tells a fallback by `phrase.lang != lang`."""
        found = self._by_lang().get(phrase_id)
        if not found:
            return None
        return found.get(lang) or found.get("en") or self._by_id.get(phrase_id)

    def in_language(self, lang: str) -> Library:
        """This library seen in `lang`: its phrases, categories, checklist and search words (kept)."""
        if lang == self.language:
            return self
        view = self._views.get(lang)
        if view is None:
            from calmdesk.core.language_view import library_in

            view = self._views[lang] = library_in(self, lang)
        return view

    def step(self, key: str) -> ChecklistStep | None:
        return self._steps.get(key)


class LibrarySettings(Protocol):
    """What decides the library: `calmdesk.store.settings.Settings` fits (core cannot import store)."""

    @property
    def language(self) -> str: ...

    @property
    def pack_dirs(self) -> tuple[str, ...]: ...
