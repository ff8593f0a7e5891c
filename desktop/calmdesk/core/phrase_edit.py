"""The phrase editor's rules without Qt: where a phrase comes from, what may change, checks as you type."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from calmdesk.core import placeholders
from calmdesk.core.importers.common import IdMaker
from calmdesk.core.model import BUILTIN_SOURCE_PREFIX, CATEGORY_KEYS, CHANNELS, STEP_KEYS, PackInfo, Phrase
from calmdesk.core.phrase_rules import phrase_problems
from calmdesk.core.user_layer import USER_PACK_ID


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a phrase shown in the editor comes from. `kind`: "builtin", "team", "user" or "customized"."""

    kind: str
    pack_name: str = ""
    pack_version: str = ""
    detail: str = ""  # the file a team pack was read from, or where an imported phrase came from

    @property
    def editable(self) -> bool:
        return self.kind in ("user", "customized")


def origin_of(
    phrase: Phrase,
    packs: Mapping[str, PackInfo],
    base: Mapping[str, Phrase],
    user_origins: Mapping[str, str],
    customized: Iterable[str],
) -> Origin:
    """Built-in, team (which pack, which version), the user's own, or the user's copy of one of those."""
    if phrase.pack == USER_PACK_ID:
        if phrase.id in set(customized) and phrase.id in base:
            original = packs.get(base[phrase.id].pack)
            name = original.name if original else base[phrase.id].pack
            return Origin(
                "customized", name, original.version if original else "", user_origins.get(phrase.id, "")
            )
        return Origin("user", detail=user_origins.get(phrase.id, ""))
    info = packs.get(phrase.pack)
    if info is None:
        return Origin("team", phrase.pack)
    kind = "builtin" if info.source.startswith(BUILTIN_SOURCE_PREFIX) else "team"
    return Origin(kind, info.name, info.version, "" if kind == "builtin" else info.source)


def new_id(title: str, taken: Iterable[str]) -> str:
    """A fresh "user.<words-of-the-title>" id no loaded or stored phrase has."""
    return IdMaker(set(taken)).make(title or "phrase")


def parse_tags(text: str) -> tuple[str, ...]:
    """ "refund, money back; rma" -> ("refund", "money back", "rma"): commas or semicolons, no duplicates."""
    parts = (part.strip() for part in re.split(r"[,;\n]", text))
    return tuple(dict.fromkeys(part for part in parts if part))


def check_phrase(
    title: str,
    text: str,
    category: str,
    channels: Iterable[str],
    step: str | None,
    tags: Iterable[str] = (),
) -> list[str]:
    """Why this phrase cannot be saved as it is (empty means it can); placeholder problems included.

    The limits and character rules are the ones packs and imports keep (core.phrase_rules), so whatever
    the editor saves can be exported and read back.
    """
    found: list[str] = []
    if not title.strip():
        found.append("Give the phrase a title.")
    if not text.strip():
        found.append("Write the text of the phrase.")
    found += [problem[0].upper() + problem[1:] + "." for problem in phrase_problems(title, text, tuple(tags))]
    if category not in CATEGORY_KEYS:
        found.append("Pick a category.")
    if not list(channels) or any(c not in CHANNELS for c in channels):
        found.append("Tick at least one channel.")
    if step is not None and step not in STEP_KEYS:
        found.append("Pick a checklist step or none.")
    found += [f"Text: {message}" for message in placeholders.problems(text)]
    return found


def locate_problems(text: str) -> list[tuple[int, int, str]]:
    """Each placeholder problem with the span of `text` it is about (start, end, message), for underlining.

    The scanner records where each problem is as it finds it; nothing is read back out of the wording.
    """
    return [
        (found.start, found.end, found.message)
        for found in placeholders.located_problems(text)
        if found.start is not None and found.end is not None
    ]


def user_copy(phrase: Phrase) -> Phrase:
    """The user's copy of `phrase`, same id (so favourites and usage stay with it), in the user pack.

    Built with `replace`: every other field, today's and any added later, is the original's.
    """
    return replace(phrase, pack=USER_PACK_ID)


def duplicate(phrase: Phrase, taken: Iterable[str], copy_word: str = "copy") -> Phrase:
    """A new user phrase with the same content, titled "... (copy)", under a fresh id."""
    title = f"{phrase.title} ({copy_word})"
    return replace(phrase, id=new_id(title, taken), title=title, pack=USER_PACK_ID)
