"""The built-in tone rules: each rule's own examples, its phrase ids, and the rules file format."""

from __future__ import annotations

from pathlib import Path

import pytest

from calmdesk.core.content import builtin_packs
from calmdesk.core.tone import ToneChecker, ToneContext, load_rules, parse_rules
from calmdesk.core.tone.rules import TONE_FOLDER

RULES = load_rules()
CHECKER = ToneChecker(RULES)
# The examples of the name rule assume this customer; every other rule ignores it.
CONTEXT = ToneContext(angry=True, customer_name="Ana Souza")


def test_the_builtin_rules_load_without_problems() -> None:
    assert RULES.problems == ()
    assert len(RULES.rules) >= 15
    groups = {rule.group for rule in RULES.rules}
    assert {"blame", "refusal", "dismissal", "sarcasm", "shouting", "missing", "leftover"} <= groups


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: r.id)
def test_each_rule_has_five_examples_each_way(rule) -> None:  # type: ignore[no-untyped-def]
    assert len(rule.bad) >= 5
    assert len(rule.good) >= 5


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: r.id)
def test_each_rule_flags_its_bad_examples(rule) -> None:  # type: ignore[no-untyped-def]
    missed = [text for text in rule.bad if rule.id not in {f.rule for f in CHECKER.check(text, CONTEXT)}]
    assert missed == []


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: r.id)
def test_each_rule_leaves_its_good_examples_alone(rule) -> None:  # type: ignore[no-untyped-def]
    flagged = {
        text: [f.text for f in CHECKER.check(text, CONTEXT) if f.rule == rule.id] for text in rule.good
    }
    assert {text: spans for text, spans in flagged.items() if spans} == {}


def test_every_phrase_a_rule_offers_exists_in_the_builtin_library() -> None:
    packs, _ = builtin_packs()
    ids = {phrase.id for pack in packs for phrase in pack.phrases}
    offered = {phrase_id for rule in RULES.rules for phrase_id in rule.phrases}
    assert offered - ids == set()


def test_every_rule_that_can_say_it_better_offers_a_wording_or_a_phrase() -> None:
    silent = [
        r.id
        for r in RULES.rules
        if r.kind not in ("capitals", "name")
        and not r.phrases
        and all(w is None for w in r.replacements)
        and r.id not in ("leftover.blank", "leftover.filler")  # nothing can fill these but the agent
    ]
    assert silent == []


def test_a_bad_rule_is_reported_with_its_line_and_the_others_still_load() -> None:
    text = """
[[rule]]
id = "team.ok"
kind = "existence"
why = "fine"
match = ["synergy"]

[[rule]]
id = "team.broken"
kind = "existence"
why = "a pattern that starts with a wildcard"
match = ["* fault"]

[[rule]]
id = "team.typo"
kind = "existense"
why = "unknown kind"
match = ["x"]
colour = "red"
"""
    rules = parse_rules(text, "team.toml")
    assert [r.id for r in rules.rules] == ["team.ok"]
    messages = [str(p) for p in rules.problems]
    assert any("team.toml:12: [team.broken]" in m and "may start with `*`" in m for m in messages)
    assert any("[team.typo]" in m and 'unknown kind "existense"' in m for m in messages)
    assert any('unknown field "colour"' in m for m in messages)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[rule]\nid=", "TOML syntax error"),
        ('[[rule]]\nid = "nodot"\nkind = "existence"\nwhy = "w"\nmatch = ["x"]', "group before a dot"),
        ('[[rule]]\nid = "a.b"\nkind = "substitution"\nwhy = "w"', "needs a [rule.swap] table"),
        ('[[rule]]\nid = "a.b"\nkind = "existence"\nwhy = "w"\nmatch = ["(x) (y) (z) (v) (w) q"]', "optio"),
        ('[[rule]]\nid = "a.b"\nkind = "existence"\nwhy = "w"\nmatch = ["a {b|}"]', "empty choice"),
        ('[[rule]]\nid = "a.b"\nkind = "existence"\nwhy = "w"\nmatch = ["a$b"]', "neither a word"),
        ('[negation]\ncues = ["never say"]\nreach = 99', '"reach" must be'),
    ],
)
def test_format_problems_are_named(text: str, message: str) -> None:
    problems = parse_rules(text, "t.toml").problems
    assert any(message in str(p) for p in problems), [str(p) for p in problems]


def test_a_team_folder_adds_rules_and_replaces_a_builtin_one(tmp_path: Path) -> None:
    tone = tmp_path / TONE_FOLDER
    tone.mkdir()
    (tone / "ours.toml").write_text(
        """
[[rule]]
id = "team.jargon"
kind = "substitution"
why = "Customers do not know our ticket states."
[rule.swap]
"{pending l2|pending level two}" = "with our specialist team"

[[rule]]
id = "dismissal.just"
kind = "existence"
why = "We keep only this one."
match = ["just kidding"]
""",
        encoding="utf-8",
    )
    (tone / "broken.toml").write_bytes(b"\xff\xfe not utf-8")
    rules = load_rules([tmp_path])
    checker = ToneChecker(rules)
    found = checker.check("Your case is Pending L2. Just restart it.", ToneContext(angry=False))
    assert [(f.rule, f.text, f.replacement) for f in found] == [
        ("team.jargon", "Pending L2", "With our specialist team")
    ]
    assert any("not UTF-8" in str(p) for p in rules.problems)
    assert len(rules.rules) == len(RULES.rules) + 1
