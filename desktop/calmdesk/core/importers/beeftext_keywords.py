"""Beeftext keywords that several combos share: Beeftext allows it on purpose and, when the keyword is typed
or put in by `#{combo:...}`, picks one of those combos at random (ComboManager and ComboVariable in its
source). Here each combo is a phrase of its own, the person is told, and a combo put inside another becomes a
choice of the versions where they fit one line. Two combos with the same keyword and snippet are one phrase.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from calmdesk.core.importers.common import ImportResult, blank_name, checked_text
from calmdesk.core.messages import gettext as _


def keyed_snippets(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Keyword -> the snippets of every combo with it, in the export's order. Beeftext lets several combos
    share a keyword on purpose: typing it (or `#{combo:it}`) picks one of them at random."""
    found: dict[str, list[str]] = {}
    for keyword, snippet in pairs:
        if keyword:
            found.setdefault(keyword, []).append(snippet)
    return found


def note_shared_keywords(snippets: Mapping[str, list[str]], source: str, result: ImportResult) -> None:
    """One note per keyword that several different combos share: each is a phrase of its own here."""
    for keyword, versions in snippets.items():
        count = len(dict.fromkeys(versions))
        if count > 1:
            words = _(
                'keyword "{keyword}" is on {count} combos (Beeftext types one of them at random); each is a '
                "phrase of its own here, tagged with the keyword"
            )
            result.notes.append(f"{source}: " + words.format(keyword=keyword, count=count))


class RepeatedCombos:
    """A combo that repeats an earlier one: the same phrase twice, so the second is skipped, saying which
    combo it repeats (never dropped unsaid). The same keyword and snippet (an export imported twice into
    Beeftext), or no keyword and the same name and snippet (Beeftext's Duplicate copies all but the
    keyword)."""

    def __init__(self) -> None:
        self._by_keyword: dict[tuple[str, str], str] = {}  # (keyword, snippet) -> the first combo's place
        self._by_name: dict[tuple[str, str], str] = {}  # (name, snippet) -> the first combo's place

    def repeat_of(self, keyword: str, name: str, snippet: str, where: str) -> str | None:
        """The reason to skip this combo, or None (and it is remembered) when it repeats none before it."""
        text, name = snippet.strip(), name.strip()
        named = self._by_name.setdefault((name, text), where)
        if keyword:
            first = self._by_keyword.setdefault((keyword, text), where)
            if first != where:
                return _("the same keyword and snippet as {first}").format(first=first)
        elif named != where and name:
            return _("a copy of {first}: the same name and snippet, no keyword").format(first=named)
        return None


def one_of(keyword: str, versions: list[str], where: str, result: ImportResult) -> str:
    """Beeftext's random pick among the combos of one keyword: here the agent picks, from a choice."""
    options = [" ".join(v.split()) for v in versions]
    choice = "{{" + blank_name(keyword, "combo") + ": " + " | ".join(options) + "}}"
    fits = all(
        o and "\n" not in v.strip() and not set(o) & set("{}|")
        for o, v in zip(options, versions, strict=True)
    )
    if fits and len(set(options)) == len(options) and checked_text(choice) is not None:
        words = _("combo {keyword} has {count} versions (Beeftext picks one at random): a choice of them")
        result.notes.append(f"{where}: " + words.format(keyword=keyword, count=len(versions)))
        return choice
    words = _(
        "combo {keyword} has {count} versions (Beeftext picks one at random); the first one is put in, the "
        "others are phrases of their own"
    )
    result.notes.append(f"{where}: " + words.format(keyword=keyword, count=len(versions)))
    return versions[0]
