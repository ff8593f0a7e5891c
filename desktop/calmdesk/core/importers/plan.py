"""What an import will do to the user's phrases: add, customize, replace (only when asked) or skip, and why.

Pure: it compares what was read with what is there and decides; the store carries the plan out in one
transaction, so the writing is all or nothing. What is read need not be: a folder import with a broken file
plans every other file's phrases and lists the broken one in `unreadable` (a partial import, said so).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from calmdesk.core.importers.common import ImportResult, Skipped, Unreadable
from calmdesk.core.messages import gettext as _
from calmdesk.core.messages import number
from calmdesk.core.model import Phrase

# Phrases of the user's own that CalmDesk stays quick with (search on each keystroke, start-up): past this an
# import says so. 300,000 made every `calmdesk search` take 10 s and 586 MB.
COMFORTABLE_PHRASES = 20_000


@dataclass(slots=True)
class ImportPlan:
    """`add`: new user phrases; `customize`: user copies replacing a built-in or team phrase of the same id;
    `replace`: user phrases overwritten (only with `replace=True`); the rest is in `skipped` with a reason.
    `unreadable`: files of the folder that could not be read at all (their phrases are not in the plan)."""

    add: list[Phrase] = field(default_factory=list)
    customize: list[Phrase] = field(default_factory=list)
    replace: list[Phrase] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)
    unreadable: list[Unreadable] = field(default_factory=list)

    @property
    def writes(self) -> list[Phrase]:
        return [*self.add, *self.customize, *self.replace]

    def as_json(self) -> dict[str, Any]:
        def brief(phrase: Phrase) -> dict[str, str]:
            origin = self.origins.get(phrase.id, "")
            return {
                "id": phrase.id,
                "lang": phrase.lang,
                "title": phrase.title,
                "category": phrase.category,
                "origin": origin,
            }

        return {
            "add": [brief(p) for p in self.add],
            "customize": [brief(p) for p in self.customize],
            "replace": [brief(p) for p in self.replace],
            "skipped": [{"where": s.where, "title": s.title, "reason": s.reason} for s in self.skipped],
            "notes": list(self.notes),
            "dropped": dict(self.dropped),
            "unreadable": [{"file": u.source, "line": u.line, "reason": u.reason} for u in self.unreadable],
        }


def plan_import(
    result: ImportResult,
    *,
    user: Iterable[Phrase],
    library: Iterable[Phrase],
    replace: bool = False,
    comfortable: int = COMFORTABLE_PHRASES,
) -> ImportPlan:
    """Decide each phrase read. `user`: the user's phrases, every language's version; `library`: every
    other loaded phrase, every version.

    A phrase is one version, (id, lang): the same id in another language is another version, not a
    clash. A phrase equal to one already there is skipped as already present (importing twice adds
    nothing); one reusing a user phrase's id and language with other content is skipped unless `replace`;
    one reusing a built-in or team id becomes a customization of it (how an exported customization comes
    back). A user phrase saved before phrases had languages (lang "") is the version of every language.
    """
    plan = ImportPlan(
        skipped=list(result.skipped),
        notes=list(result.notes),
        dropped=dict(result.dropped),
        origins=dict(result.origins),
        unreadable=list(result.unreadable),
    )
    mine_by_key = {(p.id, p.lang): p for p in user}
    loaded = {(p.id, p.lang): p for p in library}
    loaded_ids = {key[0] for key in loaded}
    present = {_content(p) for p in mine_by_key.values()}
    seen: set[tuple[str, str]] = set()
    for phrase in result.phrases:
        where = result.origins.get(phrase.id, phrase.id)
        key = (phrase.id, phrase.lang)
        if key in seen:
            words = _('the id "{id}" comes twice in the file in the same language ({language})')
            reason = words.format(id=phrase.id, language=phrase.lang)
            plan.skipped.append(Skipped(where, phrase.title, reason))
            continue
        seen.add(key)
        mine = mine_by_key.get(key) or mine_by_key.get((phrase.id, ""))
        if (mine is not None and _same(mine, phrase)) or (mine is None and _content(phrase) in present):
            plan.skipped.append(Skipped(where, phrase.title, _("already among your phrases")))
        elif mine is not None:
            if replace:
                plan.replace.append(phrase)
            else:
                words = _('would overwrite your phrase "{title}" ({id}): import with --replace')
                reason = words.format(title=mine.title, id=phrase.id)
                plan.skipped.append(Skipped(where, phrase.title, reason))
        elif phrase.id in loaded_ids:
            original = loaded.get(key)
            if original is not None and _same(original, phrase):
                plan.skipped.append(Skipped(where, phrase.title, _("the same as the loaded phrase")))
            else:
                plan.customize.append(phrase)
        else:
            plan.add.append(phrase)
    total = len(mine_by_key) + len(plan.add)
    if total > comfortable:
        plan.notes.append(
            _(
                "you would hold {count} phrases of your own; CalmDesk stays quick up to {limit} "
                "(search and start-up slow down beyond): consider importing only the ones you use"
            ).format(count=number(total), limit=number(comfortable))
        )
    return plan


def _content(phrase: Phrase) -> tuple[str, str]:
    return (phrase.title, phrase.text)


def _same(a: Phrase, b: Phrase) -> bool:
    fields = ("category", "title", "text", "tags", "channels", "step")
    return all(getattr(a, name) == getattr(b, name) for name in fields)
