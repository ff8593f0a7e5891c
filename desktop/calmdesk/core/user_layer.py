"""The user's phrases laid over the loaded library: new ones added as the "user" pack, customized copies in
place of their originals, hidden ones left out. Pure: the store gives the phrases, this decides the result."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Protocol

from calmdesk.core.library import Library
from calmdesk.core.model import PackInfo, Phrase, Problem

USER_PACK_ID = "user"
USER_PACK_SOURCE = "your phrases (CalmDesk's data file)"


class UserEntry(Protocol):
    """What the layer needs of a stored user phrase (store.user_phrases.UserPhrase fits)."""

    @property
    def phrase(self) -> Phrase: ...

    @property
    def customizes(self) -> bool: ...


def with_user_phrases(library: Library, entries: Iterable[UserEntry], hidden: Iterable[str] = ()) -> Library:
    """`library` with the user's phrases: a customization takes its original's place (same id, so favourites
    and usage stay with it); a new phrase comes after the packs; a hidden id is left out. A user phrase whose
    id clashes with a loaded phrase without being a customization is reported and left out."""
    hidden_ids = set(hidden)
    overrides: dict[str, Phrase] = {}
    added: list[Phrase] = []
    problems = list(library.problems)
    loaded = {p.id for p in library.phrases}
    for entry in entries:
        phrase = entry.phrase
        if phrase.id in loaded:
            if entry.customizes:
                overrides[phrase.id] = phrase
            else:
                message = (
                    f'your phrase "{phrase.title}" reuses the id {phrase.id} of a loaded phrase; left out'
                )
                problems.append(Problem(USER_PACK_SOURCE, message, phrase_id=phrase.id))
        else:
            added.append(phrase)  # a customization whose original is gone stays: the user's text is theirs
    # The user's phrases are in the language the library is shown in (the store keeps no language yet).
    lang = library.language
    # Copied only when the language differs: 300,000 imported phrases took seconds to copy unchanged.
    overrides = {key: p if p.lang == lang else replace(p, lang=lang) for key, p in overrides.items()}
    added = [p if p.lang == lang else replace(p, lang=lang) for p in added]
    phrases = [overrides.get(p.id, p) for p in library.phrases if p.id not in hidden_ids]
    phrases += [p for p in added if p.id not in hidden_ids]
    packs: Sequence[PackInfo] = library.packs
    if added or overrides:
        packs = [*library.packs, PackInfo(USER_PACK_ID, "Your phrases", lang, "", "", USER_PACK_SOURCE)]
    return Library(
        tuple(phrases),
        tuple(packs),
        library.categories,
        library.checklist,
        problems,
        list(library.skipped),
        library.vocabulary,
        lang,
        # A customized phrase's other languages stay (the shown version is the user's); a hidden one's go.
        tuple(p for p in library.versions if p.id not in hidden_ids),
        library.builtin,
    )
