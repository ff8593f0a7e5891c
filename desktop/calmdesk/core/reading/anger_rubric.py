"""The anger level by the rubric's tiers: each feature a mild, strong or extreme marker of a kind, as data.

docs/reading.md, "How angry: the rubric": no marker is calm (0), mild markers only annoyed (1), one strong
marker angry (2), an extreme marker or strong markers of two different kinds furious (3). A message that
asks, requests politely or says it is in no rush, with nothing strong in it, is calm. Which feature is which
marker is data ([marker.<feature>] in resources/reading/anger_markers.toml, or a team's reading file), so a
team changes a tier or a kind without touching the code.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from calmdesk.core.messages import gettext as _

MILD, STRONG, EXTREME = 1, 2, 3
TIERS = {"mild": MILD, "strong": STRONG, "extreme": EXTREME}
# Two tiers that are no fixed tier: "level", the feature's value is its tier (an anger word's list);
# "raise", the tier of its kind's other markers one up ("absolutely" before "ridiculous").
BY_VALUE, RAISING = "level", "raise"
# What makes a message with nothing strong in it calm: opening with a question or a polite request, or calm
# words where nothing is wrong ("no rush", "thanks").
CALMING = ("asking", "requesting", "calm")
# The features of core/reading/anger.py a marker may name.
FEATURES = ("word", "intensified", "blaming", "masked", "conceding", "legal", "chargeback", "public", "leave",
            "ultimatum", "repeat", "repeated", "demanding", "irony", "capitals", "shouting", "marks",
            "exclaimed", "problem")  # fmt: skip


class Marker(NamedTuple):
    kind: str
    tier: int | str  # MILD, STRONG, EXTREME, BY_VALUE or RAISING


class Verdict(NamedTuple):
    level: int
    deciding: tuple[str, ...]  # the features that set the level, strongest first (its evidence)


def add_markers(markers: dict[str, Marker], table: Any) -> list[str]:
    """[marker.<feature>] kind = "...", tier = "mild" (strong, extreme, level, raise) into `markers`, a later
    file's entry replacing an earlier one's; what is wrong with an entry, in words (it is left out)."""
    if not isinstance(table, dict):
        return [_("[marker] must be a table of [marker.<feature>] tables")]
    wrong: list[str] = []
    for feature, entry in table.items():
        kind = entry.get("kind") if isinstance(entry, dict) else None
        tier = entry.get("tier") if isinstance(entry, dict) else None
        where = f"[marker.{feature}]"
        if not isinstance(kind, str) or not kind.strip():
            wrong.append(_('{where} needs a kind (a few words: "demand", "threat")').format(where=where))
        elif feature not in FEATURES:
            said = _("{where}: no such feature; use {known}")
            wrong.append(said.format(where=where, known=", ".join(FEATURES)))
        elif tier in TIERS:
            markers[feature] = Marker(kind.strip(), TIERS[tier])
        elif tier in (BY_VALUE, RAISING):
            markers[feature] = Marker(kind.strip(), tier)
        else:
            said = _("{where} tier {tier}: use one of {known}")
            wrong.append(
                said.format(where=where, tier=repr(tier), known=", ".join([*TIERS, BY_VALUE, RAISING]))
            )
    return wrong


def kinds_of(
    features: Mapping[str, float], markers: Mapping[str, Marker]
) -> dict[str, list[tuple[int, str]]]:
    """Each kind of marker `features` holds: its markers' (tier, feature), strongest first."""
    by_kind: dict[str, list[tuple[int, str]]] = {}
    raised: list[tuple[str, str]] = []
    for feature, marker in markers.items():
        value = features.get(feature, 0.0)
        if not value:
            continue
        if marker.tier == RAISING:
            raised.append((marker.kind, feature))
            continue
        tier = min(int(value), EXTREME) if marker.tier == BY_VALUE else int(marker.tier)
        by_kind.setdefault(marker.kind, []).append((tier, feature))
    for kind, feature in raised:  # "so fed up": a raise lifts a marker of its kind that is there
        if kind in by_kind:
            by_kind[kind].append((min(max(by_kind[kind])[0] + 1, EXTREME), feature))
    return {kind: sorted(found, reverse=True) for kind, found in by_kind.items()}


def tier_features(features: Mapping[str, float], markers: Mapping[str, Marker]) -> dict[str, float]:
    """The rubric's steps as features of the anger score: any marker (none where the message is calmed), a
    strong one, strong markers of two kinds, an extreme one. tests/benchmarks/fit_anger.py weighs them
    beside the counted features: cross-validated, the two together read better than either alone."""
    tiers = [found[0][0] for found in kinds_of(features, markers).values()]
    strong = sum(tier >= STRONG for tier in tiers)
    calmed = not strong and any(features.get(name, 0.0) for name in CALMING)
    return {
        "tier_mild": float(bool(tiers) and not calmed),
        "tier_strong": float(strong >= 1),
        "tier_two": float(strong >= 2),
        "tier_extreme": float(any(tier >= EXTREME for tier in tiers)),
    }


def rubric_level(features: Mapping[str, float], markers: Mapping[str, Marker]) -> Verdict:
    """The level the markers in `features` reach by the rubric alone, and the features that decided it."""
    by_kind = kinds_of(features, markers)
    top = {kind: found[0][0] for kind, found in by_kind.items()}
    strong = sorted((k for k, tier in top.items() if tier >= STRONG), key=lambda k: -top[k])
    if strong and top[strong[0]] >= EXTREME:
        level, deciding = EXTREME, strong[:1]
    elif len(strong) >= 2:
        level, deciding = EXTREME, strong[:2]
    elif strong:
        level, deciding = STRONG, strong
    elif top:
        level, deciding = MILD, sorted(top)[:1]
    else:
        return Verdict(0, ())
    if level <= MILD and any(features.get(name, 0.0) for name in CALMING):
        return Verdict(0, ())
    return Verdict(level, tuple(dict.fromkeys(f for k in deciding for _, f in by_kind[k])))
