"""The offline tone check: the words that make an upset customer angrier, found before the reply is sent."""

from __future__ import annotations

from calmdesk.core.tone.checker import MAX_CHECK_CHARS, Finding, ToneChecker, ToneContext
from calmdesk.core.tone.context import ANGRY_FROM, context_for
from calmdesk.core.tone.fixes import apply_phrase, apply_replacement
from calmdesk.core.tone.rules import KINDS, TONE_FOLDER, Rule, RuleSet, load_rules, parse_rules

__all__ = [
    "ANGRY_FROM",
    "KINDS",
    "MAX_CHECK_CHARS",
    "TONE_FOLDER",
    "Finding",
    "Rule",
    "RuleSet",
    "ToneChecker",
    "ToneContext",
    "apply_phrase",
    "apply_replacement",
    "context_for",
    "load_rules",
    "parse_rules",
]
