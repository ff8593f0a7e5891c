"""The offline tone check: the words that make an upset customer angrier, found before the reply is sent."""

from __future__ import annotations

from calmdesk.core.tone.checker import MAX_CHECK_CHARS, Finding, ToneChecker, ToneContext
from calmdesk.core.tone.context import ANGRY_FROM, context_for
from calmdesk.core.tone.fixes import Fix, apply_replacement, changed_span, fixes_for, insert_phrase
from calmdesk.core.tone.rule import Rule, RuleSet
from calmdesk.core.tone.rules import KINDS, TONE_FOLDER, load_rules, parse_rules

__all__ = [
    "ANGRY_FROM",
    "KINDS",
    "MAX_CHECK_CHARS",
    "TONE_FOLDER",
    "Finding",
    "Fix",
    "Rule",
    "RuleSet",
    "ToneChecker",
    "ToneContext",
    "apply_replacement",
    "changed_span",
    "context_for",
    "fixes_for",
    "insert_phrase",
    "load_rules",
    "parse_rules",
]
