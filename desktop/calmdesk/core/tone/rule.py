"""One tone rule and a set of them, as values: what the rule files say (`rules` reads and checks them)."""

from __future__ import annotations

from dataclasses import dataclass, field

from calmdesk.core.model import Problem


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule. `patterns[i]` is reported with `replacements[i]` (None: no replacement wording)."""

    id: str
    kind: str
    why: str
    patterns: tuple[str, ...]
    replacements: tuple[str | None, ...]
    exceptions: tuple[str, ...] = ()
    # Any of these anywhere in the reply (outside quotes) and the rule says nothing: a refusal that goes on
    # to offer something else ("but what I can do is ...") is not a flat no.
    unless: tuple[str, ...] = ()
    # A match in a sentence that also grants the customer something (`favours`) and holds no word that
    # takes it back (`denials`) is no finding: "under our terms the return is free for you" is good news.
    favours: tuple[str, ...] = ()
    denials: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    drafts_only: bool = False
    angry_only: bool = False
    in_quotes: bool = False
    negatable: bool = True
    min_words: int = 0
    insert: str = "end"
    min_letters: int = 3
    # Words shorter than min_letters that still raise the voice in capitals: "thanks SO much", "NO refund".
    short_shouts: frozenset[str] = frozenset()
    allow: frozenset[str] = frozenset()
    # Words after which a word in capitals is a name, a code or a label, not a raised voice ("code SPRING").
    names_after: frozenset[str] = frozenset()
    names_before: frozenset[str] = frozenset()  # ... and before which it is one ("the NOTE field")
    not_names: frozenset[str] = frozenset()
    # Titles that open a salutation with no greeting word before them ("Madame Dupont,"): at a line's start.
    salutations: frozenset[str] = frozenset()
    # Names that are one person though neither starts the other ("Nacho" is Ignacio, "Bob" is Robert).
    same_names: tuple[frozenset[str], ...] = ()
    # German writes every noun with a capital: "das LETZTE Angebot" is a shout, not a brand and its model.
    nouns_capitalised: bool = False
    bad: tuple[str, ...] = ()
    good: tuple[str, ...] = ()
    source: str = ""

    @property
    def group(self) -> str:
        return self.id.split(".", 1)[0]


@dataclass(frozen=True, slots=True)
class RuleSet:
    rules: tuple[Rule, ...]
    negation_cues: tuple[str, ...] = ()
    negation_reach: int = 6
    problems: tuple[Problem, ...] = field(default=())
    # Words where a negation cue stops reaching: "I'm not saying it's your fault, but you should have ...".
    negation_breaks: tuple[str, ...] = ()
