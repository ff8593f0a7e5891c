"""The user's phrases laid over the loaded library: new ones added as the "user" pack, customized copies in
place of their originals, hidden ones left out. Each language's version is laid like a pack's: the one in
the library's language is shown, the others wait in `versions`. Pure: the store gives the phrases, this
decides the result."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Protocol

from calmdesk.core.language_view import split_versions
from calmdesk.core.library import Library
from calmdesk.core.model import PackInfo, Phrase, Problem

USER_PACK_ID = "user"
USER_PACK_SOURCE = "your phrases (CalmDesk's data file)"


class UserEntry(Protocol):
    """What the layer needs of a stored user phrase (store.user_phrases.UserPhrase fits). `phrase.lang`
    "" is a phrase saved before phrases had languages: it is in whatever language the library is shown in."""

    @property
    def phrase(self) -> Phrase: ...

    @property
    def customizes(self) -> bool: ...


def with_user_phrases(library: Library, entries: Iterable[UserEntry], hidden: Iterable[str] = ()) -> Library:
    """`library` with the user's phrases: a customization takes its original's place (same id and language,
    so favourites and usage stay with it); a new phrase comes after the packs; a hidden id is left out, in
    every language. A user phrase whose id clashes with a loaded phrase without being a customization is
    reported and left out."""
    hidden_ids = set(hidden)
    lang = library.language
    overrides: dict[tuple[str, str], Phrase] = {}
    added: dict[tuple[str, str], Phrase] = {}
    problems = list(library.problems)
    loaded = {p.id for p in library.phrases}
    loaded.update(p.id for p in library.versions)
    for entry in entries:
        phrase = entry.phrase
        key = (phrase.id, phrase.lang or lang)
        if phrase.id in loaded and not entry.customizes:
            message = f'your phrase "{phrase.title}" reuses the id {phrase.id} of a loaded phrase; left out'
            problems.append(Problem(USER_PACK_SOURCE, message, phrase_id=phrase.id))
            continue
        # A customization whose original is gone stays, among the added: the user's text is theirs.
        into = overrides if phrase.id in loaded else added
        if (
            phrase.lang or key not in into
        ):  # a version in the language itself beats one saved before languages
            into[key] = phrase
    # Copied only when the language is "" (saved before languages): 300,000 phrases took seconds to copy.
    overrides = {key: p if p.lang else replace(p, lang=lang) for key, p in overrides.items()}
    new = [p if p.lang else replace(p, lang=lang) for key, p in added.items() if key[0] not in hidden_ids]
    if all(key[1] == lang for key in overrides) and all(p.lang == lang for p in new):
        phrases, versions = _shown_language_only(library, overrides, new, hidden_ids)
    else:
        phrases, versions = _every_language(library, overrides, new, hidden_ids)
    packs: Sequence[PackInfo] = library.packs
    if new or overrides:
        packs = [*library.packs, PackInfo(USER_PACK_ID, "Your phrases", lang, "", "", USER_PACK_SOURCE)]
    return Library(
        phrases,
        tuple(packs),
        library.categories,
        library.checklist,
        problems,
        list(library.skipped),
        library.vocabulary,
        lang,
        versions,
        library.builtin,
        library.english_hints,
    )


def _shown_language_only(
    library: Library, overrides: dict[tuple[str, str], Phrase], added: list[Phrase], hidden: set[str]
) -> tuple[tuple[Phrase, ...], tuple[Phrase, ...]]:
    """Every user phrase is in the shown language (the common case, and 300,000 imported ones): a straight
    pass. A user's version replaces the shown one; an English fallback it replaces joins the versions."""
    lang = library.language
    phrases: list[Phrase] = []
    displaced: list[Phrase] = []
    for p in library.phrases:
        if p.id in hidden:
            continue
        mine = overrides.get((p.id, lang))
        if mine is None:
            phrases.append(p)
        else:
            phrases.append(mine)
            if p.lang != lang:
                displaced.append(p)
    phrases += added
    # A customized phrase's other languages stay (the shown version is the user's); a hidden one's go.
    versions = [p for p in library.versions if p.id not in hidden and (p.id, p.lang) not in overrides]
    return tuple(phrases), (*versions, *displaced)


def _every_language(
    library: Library, overrides: dict[tuple[str, str], Phrase], added: list[Phrase], hidden: set[str]
) -> tuple[tuple[Phrase, ...], tuple[Phrase, ...]]:
    """User versions in other languages: every version, the user's in place of the loaded one of the same
    id and language, chosen again as the packs' are (`split_versions`)."""
    unplaced = dict(overrides)
    every = [
        unplaced.pop((p.id, p.lang), p) for p in (*library.phrases, *library.versions) if p.id not in hidden
    ]
    every += [p for key, p in unplaced.items() if key[0] not in hidden]  # languages the packs lack
    every += added
    return split_versions(every, library.language)
