"""One library seen in a language: each phrase's version in it (or the English fallback), with that
language's categories, checklist and search words. A phrase keeps its id in every language."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from calmdesk.core.languages import SUPPORTED
from calmdesk.core.model import PackInfo, Phrase

if TYPE_CHECKING:
    from calmdesk.core.library import Library


def split_versions(phrases: Iterable[Phrase], language: str) -> tuple[tuple[Phrase, ...], tuple[Phrase, ...]]:
    """(shown, other versions): one phrase per id, in the order ids were first loaded, the version in
    `language`, else the English one; every other version in the second tuple. A phrase in neither (a
    Spanish-only phrase in a German library) is not shown: an agent never meets a content language they did
    not choose, except English, the fallback of every one. A team pack in a language CalmDesk has no
    content in ("nl") is shown as it is, as before languages existed."""
    by_id: dict[str, dict[str, Phrase]] = {}
    for phrase in phrases:
        by_id.setdefault(phrase.id, {}).setdefault(phrase.lang, phrase)
    shown: list[Phrase] = []
    others: list[Phrase] = []
    for langs in by_id.values():
        chosen = langs.get(language) or langs.get("en") or _own_language(langs)
        if chosen is not None:
            shown.append(chosen)
        others += [p for p in langs.values() if p is not chosen]
    return tuple(shown), tuple(others)


def library_in(library: Library, lang: str) -> Library:
    """`library` seen in `lang` (see `Library.in_language`, which keeps the result)."""
    from calmdesk.core import content
    from calmdesk.core.search import vocabulary as search_vocabulary

    every = [*library.phrases, *library.versions]
    packs = list(library.packs)
    builtin = library.builtin
    if lang not in builtin and lang in content.builtin_languages():
        # First time in this language: its built-in phrases join as versions (a team's were read already).
        known = {(p.lang, p.id) for p in every}
        for pack in content.builtin_packs(lang)[0]:
            if pack.info is not None and not pack.problems:
                packs.append(pack.info)
                every += [p for p in pack.phrases if (p.lang, p.id) not in known]
        builtin = (*builtin, lang)
    shown, versions = split_versions(every, lang)
    categories, found = content.load_categories(lang)
    checklist, more = content.load_checklist(lang)
    # The library's own words (a team's additions included) stay; the language's are added to them.
    base = library.vocabulary if library.vocabulary is not None else search_vocabulary.builtin()
    vocabulary = base.merged(search_vocabulary.builtin(lang)) if lang != "en" else base
    return dataclasses.replace(
        library,
        phrases=shown,
        versions=versions,
        categories=categories,
        checklist=checklist,
        problems=[*library.problems, *found, *more],
        skipped=list(library.skipped),
        vocabulary=vocabulary,
        language=lang,
        packs=tuple(packs),
        builtin=builtin,
        english_hints=content.english_hints() if lang != "en" else {},
    )


def _own_language(langs: dict[str, Phrase]) -> Phrase | None:
    return next((p for lang, p in langs.items() if lang not in SUPPORTED), None)


def every_version(library: Library, langs: Iterable[str] = SUPPORTED) -> list[Phrase]:
    """Every phrase in every language of `langs` it is written in (each built-in language's packs read
    once; the library's own versions, a user's among them, first), the versions of one phrase together,
    phrases in the library's order."""
    return _every_version(library, langs)[0]


def with_every_language(library: Library) -> Library:
    """`library` with every built-in language's versions read (the editor shows them all side by side);
    the phrases shown are the same as before."""
    every, packs = _every_version(library, SUPPORTED)
    shown, versions = split_versions(every, library.language)
    from calmdesk.core import content

    langs = tuple(dict.fromkeys((*library.builtin, *content.builtin_languages())))
    return dataclasses.replace(library, phrases=shown, versions=versions, builtin=langs, packs=packs)


def _every_version(library: Library, langs: Iterable[str]) -> tuple[list[Phrase], tuple[PackInfo, ...]]:
    """Only the built-in packs of the languages not read yet: a whole view per language (categories,
    checklist, search words) took four times as long."""
    from calmdesk.core import content

    found: dict[tuple[str, str], Phrase] = {}
    for phrase in (*library.phrases, *library.versions):
        found.setdefault((phrase.id, phrase.lang), phrase)
    packs = {info.id: info for info in library.packs}
    available = content.builtin_languages()
    for lang in dict.fromkeys(langs):
        if lang in library.builtin or lang not in available:
            continue
        for info, phrases in _sound_builtin_packs(lang):
            packs.setdefault(info.id, info)
            for phrase in phrases:
                found.setdefault((phrase.id, phrase.lang), phrase)
    order = {key[0]: n for n, key in reversed(list(enumerate(found)))}
    return sorted(found.values(), key=lambda p: order[p.id]), tuple(packs.values())


@functools.lru_cache(maxsize=len(SUPPORTED))
def _sound_builtin_packs(lang: str) -> tuple[tuple[PackInfo, tuple[Phrase, ...]], ...]:
    """The built-in packs of `lang` that load cleanly, read once per process: they ship with CalmDesk and
    never change while it runs, and the editor lays them again at every reload of a team folder (0.4 s)."""
    from calmdesk.core import content

    return tuple(
        (pack.info, tuple(pack.phrases))
        for pack in content.builtin_packs(lang)[0]
        if pack.info is not None and not pack.problems
    )
