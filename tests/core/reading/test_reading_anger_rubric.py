"""The anger rubric: each feature a mild, strong or extreme marker of a kind, the level from its tiers."""

from __future__ import annotations

from pathlib import Path

import pytest

from calmdesk.core.reading import builtin_knowledge, load_knowledge, read_message
from calmdesk.core.reading.anger import features_of
from calmdesk.core.reading.anger_rubric import (
    EXTREME,
    FEATURES,
    MILD,
    STRONG,
    Marker,
    add_markers,
    rubric_level,
    tier_features,
)
from calmdesk.core.reading.knowledge import READING_FOLDER, Knowledge
from calmdesk.core.reading.prepared import prepare
from calmdesk.core.reading.signals import sort_cues

# A small table of its own, so the tests say what the rubric does whatever the built-in tiers become.
MARKERS = {
    "word": Marker("strong word", "level"),
    "intensified": Marker("strong word", "raise"),
    "blaming": Marker("blame", MILD),
    "demanding": Marker("demand", STRONG),
    "public": Marker("threat", STRONG),
    "leave": Marker("threat", STRONG),
    "legal": Marker("legal threat", EXTREME),
}


@pytest.mark.parametrize(
    ("features", "level"),
    [
        ({}, 0),
        ({"blaming": 1}, 1),  # mild only: annoyed
        ({"word": 1, "blaming": 2}, 1),
        ({"demanding": 1}, 2),  # one strong marker: angry
        ({"demanding": 1, "blaming": 1, "word": 1}, 2),  # mild ones beside it change nothing
        ({"demanding": 2}, 2),  # two demands are one kind
        ({"public": 1, "leave": 1}, 2),  # two threats of one kind likewise
        ({"demanding": 1, "public": 1}, 3),  # strong markers of two kinds: furious
        ({"legal": 1}, 3),  # one extreme marker is enough
        ({"word": 3}, 3),  # a furious word is extreme
        ({"word": 1, "intensified": 1}, 2),  # "so annoyed": the word one tier up
        ({"word": 2, "intensified": 1}, 3),  # "absolutely useless"
        ({"intensified": 1}, 0),  # an intensifier alone raises nothing
    ],
)
def test_the_level_follows_the_tiers(features: dict[str, float], level: int) -> None:
    assert rubric_level(features, MARKERS).level == level


@pytest.mark.parametrize("calming", ["asking", "requesting", "calm"])
def test_a_polite_request_or_no_rush_calms_mild_markers_but_not_strong_ones(calming: str) -> None:
    assert rubric_level({"blaming": 1, calming: 1}, MARKERS).level == 0
    assert rubric_level({"demanding": 1, calming: 1}, MARKERS).level == 2
    assert tier_features({"blaming": 1, calming: 1}, MARKERS)["tier_mild"] == 0
    assert tier_features({"blaming": 1}, MARKERS)["tier_mild"] == 1


def test_the_tier_features_are_the_rubrics_steps() -> None:
    assert tier_features({}, MARKERS) == dict.fromkeys(
        ("tier_mild", "tier_strong", "tier_two", "tier_extreme"), 0.0
    )
    two = tier_features({"demanding": 1, "public": 1}, MARKERS)
    assert (two["tier_strong"], two["tier_two"], two["tier_extreme"]) == (1, 1, 0)
    one_kind = tier_features({"public": 1, "leave": 1}, MARKERS)
    assert (one_kind["tier_strong"], one_kind["tier_two"]) == (1, 0)
    assert tier_features({"legal": 1}, MARKERS)["tier_extreme"] == 1


def test_what_decided_the_level_is_named_strongest_first() -> None:
    assert rubric_level({"legal": 1, "demanding": 1, "blaming": 1}, MARKERS).deciding == ("legal",)
    assert set(rubric_level({"demanding": 1, "public": 1}, MARKERS).deciding) == {"demanding", "public"}
    assert rubric_level({"blaming": 1, "asking": 1}, MARKERS).deciding == ()


def test_a_marker_table_entry_is_checked() -> None:
    markers: dict[str, Marker] = {}
    wrong = add_markers(
        markers,
        {
            "demanding": {"kind": "demand", "tier": "extreme"},
            "irony": {"kind": "sarcasm", "tier": "very"},
            "shouting": {"tier": "strong"},
            "nonsense": {"kind": "x", "tier": "mild"},
        },
    )
    assert markers == {"demanding": Marker("demand", EXTREME)}
    assert len(wrong) == 3
    assert any("irony" in w and "mild" in w for w in wrong)  # names the tiers it takes
    assert any("shouting" in w and "kind" in w for w in wrong)
    assert any("nonsense" in w and "no such feature" in w for w in wrong)
    assert add_markers(markers, ["not a table"]) != []


def test_the_built_in_markers_name_every_feature_in_every_language() -> None:
    knowledge = builtin_knowledge()
    assert knowledge.problems == ()
    assert set(knowledge.markers) == set(FEATURES)
    assert load_knowledge((), "de").markers == knowledge.markers


def _tiers(text: str, knowledge: Knowledge) -> dict[str, float]:
    message = prepare(text)
    assert message is not None
    message = knowledge.cues.normalise(message)
    cues = sort_cues(message, knowledge.cues.find(message), knowledge.negation_reach)
    features = features_of(message, cues, (), False, True, [], knowledge.markers)
    return {name: value for name, value in features.items() if name.startswith("tier_")}


def test_a_team_changes_a_markers_tier(tmp_path: Path) -> None:
    text = "My parcel is LATE."
    assert _tiers(text, builtin_knowledge())["tier_extreme"] == 0
    folder = tmp_path / "pack" / READING_FOLDER
    folder.mkdir(parents=True)
    (folder / "team.toml").write_text('[marker.capitals]\nkind = "shouting"\ntier = "extreme"\n', "utf-8")
    team = load_knowledge([tmp_path / "pack"])
    assert team.problems == ()
    assert _tiers(text, team)["tier_extreme"] == 1
    (folder / "team.toml").write_text('[marker.capitals]\nkind = "shouting"\ntier = "loud"\n', "utf-8")
    problems = load_knowledge([tmp_path / "pack"]).problems
    assert [p.file for p in problems] == [str(folder / "team.toml")]


@pytest.mark.parametrize(
    ("text", "ultimatum"),
    [
        ("Refund me by Friday or I will take this to court.", True),
        ("If it isn't here by tomorrow I'm cancelling and going elsewhere.", True),
        ("I will take this to court. I ordered it on Friday.", False),  # the time is another sentence's
        ("I will take this to court.", False),
        ("I need it by Friday.", False),  # a time with no threat
    ],
)
def test_an_ultimatum_is_a_threat_with_a_time(text: str, ultimatum: bool) -> None:
    knowledge = builtin_knowledge()
    message = prepare(text)
    assert message is not None
    message = knowledge.cues.normalise(message)
    cues = sort_cues(message, knowledge.cues.find(message), knowledge.negation_reach)
    features = features_of(message, cues, (), False, True, [], knowledge.markers)
    assert features["ultimatum"] == float(ultimatum)


@pytest.mark.parametrize(
    ("text", "exclaimed"), [("Where is my parcel!!!", 1.0), ("Where is my parcel!!", 0.0)]
)
def test_three_exclamation_marks_are_the_rubrics_extreme_marks(text: str, exclaimed: float) -> None:
    knowledge = builtin_knowledge()
    message = prepare(text)
    assert message is not None
    cues = sort_cues(message, knowledge.cues.find(message), knowledge.negation_reach)
    features = features_of(message, cues, (), False, True, [], knowledge.markers)
    assert features["exclaimed"] == exclaimed
    assert features["tier_extreme"] == exclaimed


def test_the_evidence_shows_the_marker_that_decided() -> None:
    reading = read_message("I want my money back now, and I want it today.")
    shown = [e.text.lower() for e in reading.evidence if e.field == "anger"]
    assert reading.anger >= 2
    assert shown[0] == "i want"
    calm = read_message("Could you tell me when the sale starts?")
    assert [e for e in calm.evidence if e.field == "anger"] == []
