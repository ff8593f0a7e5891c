"""The tone check: every rule over one draft in one pass over its tokens, fast enough for each keystroke."""

from __future__ import annotations

import itertools
import logging
import re
import time
from collections import defaultdict
from dataclasses import dataclass

from calmdesk.core.tone.capitals import shouting
from calmdesk.core.tone.patterns import (
    BREAK,
    Step,
    compile_pattern,
    first_forms,
    fold,
    match_at,
    tokenize,
)
from calmdesk.core.tone.rule import Rule, RuleSet
from calmdesk.core.tone.scan import Finding, Scan, with_replacement

__all__ = ["CHECK_BUDGET_S", "MAX_CHECK_CHARS", "MAX_MATCH_ATTEMPTS", "Finding", "ToneChecker", "ToneContext"]

# Beyond this many characters a draft is checked only up to here: no chat reply is longer, and a paste of a
# whole mailbox must not freeze the picker (findings past the cap are simply not reported).
log = logging.getLogger(__name__)

MAX_CHECK_CHARS = 50_000
# The work of one check, bounded whatever the team's rules: at most this many pattern tries (the built-in
# rules make about 2,000 on a 5,000-character draft), and at most this long; past either the check reports
# what it found so far and sets `incomplete`. A team file of multiplying patterns took 47 s on 5,000
# characters.
MAX_MATCH_ATTEMPTS = 200_000
CHECK_BUDGET_S = 0.25


@dataclass(frozen=True, slots=True)
class ToneContext:
    """What the check knows about the reply. `template`: a phrase with {{blanks}}, not a draft to send."""

    angry: bool = True
    customer_name: str | None = None
    template: bool = False


@dataclass(frozen=True, slots=True)
class _Hit:
    first: int  # the reported tokens: first .. end - 1
    end: int
    pattern: int
    at: int  # the whole match, context included: at .. whole_end - 1
    whole_end: int


@dataclass(frozen=True, slots=True)
class _Entry:
    steps: tuple[Step, ...]
    role: str  # "match", "except", "unless", "favour", "denial", "cue" or "break"
    rule: int
    pattern: int


# A pattern is indexed by its first two tokens when they multiply to at most this many pairs: most
# patterns start with a common word ("i", "we", "as"), and trying each of them at every "i" of a draft cost
# more than the rest of the check together.
_PAIR_INDEX_LIMIT = 400


class ToneChecker:
    """Built once from a RuleSet (patterns compiled and indexed by their first one or two tokens); `check`
    is pure."""

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules.rules
        self._reach = rules.negation_reach
        self._index: dict[str, list[_Entry]] = defaultdict(list)
        self._pairs: dict[tuple[str, str], list[_Entry]] = defaultdict(list)
        for number, rule in enumerate(self.rules):
            self._add(rule.patterns, "match", number)
            self._add(rule.exceptions, "except", number)
            self._add(rule.unless, "unless", number)
            self._add(rule.favours, "favour", number)
            self._add(rule.denials, "denial", number)
        self._add(rules.negation_cues, "cue", -1)
        self._add(rules.negation_breaks, "break", -1)
        self.incomplete = False  # the last check ran out of its budget (see MAX_MATCH_ATTEMPTS)

    def _add(self, patterns: tuple[str, ...], role: str, rule: int) -> None:
        for number, pattern in enumerate(patterns):
            for steps in compile_pattern(pattern):
                entry = _Entry(steps, role, rule, number)
                second = steps[1].forms if len(steps) > 1 else None
                firsts = first_forms(steps)
                if second is not None and len(firsts) * len(second) <= _PAIR_INDEX_LIMIT:
                    for pair in itertools.product(firsts, second):
                        self._pairs[pair].append(entry)
                else:
                    for form in firsts:
                        self._index[form].append(entry)

    def check(self, text: str, context: ToneContext | None = None) -> list[Finding]:
        context = context or ToneContext()
        text = text[:MAX_CHECK_CHARS]
        scan = Scan(text, tokenize(text))
        hits: dict[int, list[_Hit]] = defaultdict(list)
        excepted: dict[int, list[tuple[int, int]]] = defaultdict(list)
        answered: set[int] = set()  # rules whose `unless` is in the reply: they say nothing
        # The sentences (by number) where each rule's `favours` and `denials` are found.
        favoured: dict[int, set[int]] = defaultdict(set)
        denied: dict[int, set[int]] = defaultdict(set)
        cues: list[int] = []  # token index where a negation cue ends
        breaks: list[int] = []  # token index where a clause turns ("but"): cues before it stop there
        tokens = scan.tokens
        attempts, deadline = 0, time.monotonic() + CHECK_BUDGET_S
        self.incomplete = False
        pairs = self._pairs
        for at, token in enumerate(tokens):
            candidates = self._index.get(token.norm, ())
            if at + 1 < len(tokens):
                paired = pairs.get((token.norm, tokens[at + 1].norm))
                if paired:
                    candidates = [*candidates, *paired]
            attempts += len(candidates)
            if attempts > MAX_MATCH_ATTEMPTS or (candidates and time.monotonic() > deadline):
                self.incomplete = True
                log.info("tone check stopped at word %d of %d: its work budget ran out", at, len(tokens))
                break
            for entry in candidates:
                found = match_at(entry.steps, tokens, at)
                if found is None:
                    continue
                if entry.role == "match":
                    whole_end = at + len(entry.steps)
                    hits[entry.rule].append(_Hit(found[0], found[1], entry.pattern, at, whole_end))
                elif entry.role == "except":
                    excepted[entry.rule].append((at, at + len(entry.steps)))
                elif entry.role == "unless":
                    if not scan.quoted(token.start):
                        answered.add(entry.rule)
                elif entry.role in ("favour", "denial"):
                    if not scan.quoted(token.start):
                        (favoured if entry.role == "favour" else denied)[entry.rule].add(scan.sentence_of(at))
                elif entry.role == "break":
                    breaks.append(at)
                else:
                    cues.append(at + len(entry.steps))
        findings: list[Finding] = []
        for number, rule in enumerate(self.rules):
            if (rule.drafts_only or rule.angry_only) and context.template:
                continue
            if (rule.angry_only and not context.angry) or number in answered:
                continue
            if rule.kind == "occurrence":
                if not self.incomplete:  # "no apology" is only true of a draft read to its end
                    findings += self._absent(rule, scan, hits.get(number, []), excepted[number])
            elif rule.kind == "capitals":
                findings += shouting(rule, scan)
            elif rule.kind == "name":
                findings += _names(rule, scan, hits.get(number, []), context.customer_name)
            else:
                good_news = favoured[number] - denied[number]
                rule_hits = [h for h in hits.get(number, []) if scan.sentence_of(h.at) not in good_news]
                findings += self._present(rule, scan, rule_hits, excepted[number], (cues, breaks), context)
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        return findings

    def _present(
        self,
        rule: Rule,
        scan: Scan,
        hits: list[_Hit],
        excepted: list[tuple[int, int]],
        negation: tuple[list[int], list[int]],
        context: ToneContext,
    ) -> list[Finding]:
        findings: list[Finding] = []
        taken_until = -1
        # Longest first among matches at one place, so "as I have already said" wins over "as I have said".
        for hit in sorted(hits, key=lambda h: (h.first, -h.end)):
            if hit.first < taken_until:
                continue
            # The whole matched range (context included) decides overlap with an exception.
            if any(a < hit.whole_end and hit.at < b for a, b in excepted):
                continue
            if not rule.in_quotes and scan.quoted(scan.tokens[hit.first].start):
                continue
            if rule.negatable and self._negated(scan, hit.at, *negation):
                continue
            replacement = _wording(rule.replacements[hit.pattern], context.customer_name)
            findings.append(scan.finding(rule, hit.first, hit.end, replacement))
            taken_until = hit.end
        return findings

    def _negated(self, scan: Scan, at: int, cues: list[int], breaks: list[int]) -> bool:
        sentence = scan.sentence_of(at)
        reach = self._reach
        return any(
            end <= at
            and at - end <= reach
            and scan.sentence_of(end) == sentence
            and not any(end <= b < at for b in breaks)
            for end in cues
        )

    def _absent(
        self, rule: Rule, scan: Scan, hits: list[_Hit], excepted: list[tuple[int, int]]
    ) -> list[Finding]:
        if scan.word_count() < rule.min_words:
            return []
        # A hit inside one of the rule's exceptions does not count: "I understand it's annoying, but you
        # should have ..." takes the understanding back in the same breath, so it is no acknowledgement.
        counted = [h for h in hits if not any(a < h.whole_end and h.at < b for a, b in excepted)]
        if any(not scan.quoted(scan.tokens[hit.first].start) for hit in counted):
            return []
        where = scan.opening_end() if rule.insert == "start" else len(scan.text.rstrip())
        return [Finding(rule.id, rule.group, where, where, "", rule.why, None, rule.phrases, (where, where))]


def _wording(template: str | None, name: str | None) -> str | None:
    if template is None or "{name}" not in template:
        return template
    return template.replace("{name}", name.strip()) if name and name.strip() else None


def _names(rule: Rule, scan: Scan, hits: list[_Hit], name: str | None) -> list[Finding]:
    """A greeting (or a title opening a line before a comma) followed by a capitalised name that is not
    the customer's."""
    expected = {fold(part) for part in re.findall(r"[^\W\d_]+", name or "")}
    if not expected:
        return []
    # "Nacho" greets Ignacio: the other forms of the customer's names join them ("José María" is Chema).
    for group in rule.same_names:
        if any(set(form.split()) <= expected for form in group):
            expected |= {word for form in group for word in form.split()}
    runs = [_name_run(rule, scan, hit.whole_end) for hit in hits]
    for index, token in enumerate(scan.tokens):
        # "Madame Dupont," opens a French e-mail with no greeting word; mid-sentence it is someone else.
        opens_line = index == 0 or scan.tokens[index - 1].norm == BREAK
        if opens_line and token.norm in rule.salutations:
            named = _name_run(rule, scan, index)
            after = named[-1] + 1 if named else index
            if after < len(scan.tokens) and scan.tokens[after].norm == ",":
                runs.append(named)
    findings: list[Finding] = []
    for named in runs:
        if named and any(not _same_person(scan.tokens[i].norm, expected) for i in named):
            finding = scan.finding(rule, named[0], named[-1] + 1, None)
            findings.append(with_replacement(finding, (name or "").strip()))
    return findings


# A short form that starts a name is the same person ("Jess" for Jessica, "Carol" for Caroline, "Alexandra"
# on file as "Alex"); below this many letters a shared start says nothing ("Em" is Emma and Emily).
_SHORT_FORM_LETTERS = 3


def _same_person(word: str, expected: set[str]) -> bool:
    if word in expected:
        return True
    if len(word) < _SHORT_FORM_LETTERS:
        return False
    long_enough = (part for part in expected if len(part) >= _SHORT_FORM_LETTERS)
    return any(part.startswith(word) or word.startswith(part) for part in long_enough)


def _name_run(rule: Rule, scan: Scan, start: int) -> list[int]:
    """The capitalised words from `start` on that are not `not_names` (a title's dot skipped: "M. Durand")."""
    named: list[int] = []
    index = start
    while index < len(scan.tokens):
        token = scan.tokens[index]
        if token.norm == "." and index > start and scan.tokens[index - 1].norm in rule.not_names:
            index += 1  # a title's abbreviation dot: "Mr. Smith", "Sra. Pérez"
            continue
        if not token.is_word or not scan.text[token.start].isupper():
            break
        if token.norm not in rule.not_names:
            named.append(index)
        index += 1
    return named
