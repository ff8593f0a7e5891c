"""The tone check: every rule over one draft in one pass over its tokens, fast enough for each keystroke."""

from __future__ import annotations

import bisect
import itertools
import logging
import re
import time
from collections import defaultdict
from dataclasses import dataclass

from calmdesk.core.tone.patterns import (
    SENTENCE_ENDS,
    Step,
    Token,
    compile_pattern,
    first_forms,
    fold,
    match_at,
    tokenize,
)
from calmdesk.core.tone.rules import Rule, RuleSet

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
# Quoted text is the customer's words or words we promise never to use: rules do not judge it.
# Lines starting with ">" are the quoted message of an e-mail reply. German quotes „like this“ and
# »like this« too.
# Straight single quotes count too ("I won't tell you to 'calm down'"): one opens after a space or a mark,
# never inside a word ("don't", "customers'"), and closes where no letter follows.
_QUOTED = re.compile(
    r'"[^"\n]*"|\u201c[^\u201d\n]*\u201d|\u00ab[^\u00bb\n]*\u00bb'
    r"|\u201e[^\u201c\u201d\n]*[\u201c\u201d]|\u00bb[^\u00ab\n]*\u00ab"
    r"|\u2018[^\n]*?\u2019(?![^\W_])|(?<![\w'])'(?=\S)[^\n]*?(?<=\S)'(?![\w])|^[ \t]*>[^\n]*",
    re.MULTILINE,
)
_GREETINGS = frozenset({"hi", "hello", "hey", "dear", "good", "morning", "afternoon", "evening"})


@dataclass(frozen=True, slots=True)
class ToneContext:
    """What the check knows about the reply. `template`: a phrase with {{blanks}}, not a draft to send."""

    angry: bool = True
    customer_name: str | None = None
    template: bool = False


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to change: `text[start:end]` (empty for something missing: then where it would go).

    `replacement`: wording that can take the span's place (None: none fits; "" means delete it).
    `phrases`: library phrase ids that say it better; one chosen takes the place of `sentence`.
    """

    rule: str
    group: str
    start: int
    end: int
    text: str
    why: str
    replacement: str | None
    phrases: tuple[str, ...]
    sentence: tuple[int, int]


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
    role: str  # "match", "except", "cue" or "break"
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
        scan = _Scan(text, tokenize(text))
        hits: dict[int, list[_Hit]] = defaultdict(list)
        excepted: dict[int, list[tuple[int, int]]] = defaultdict(list)
        answered: set[int] = set()  # rules whose `unless` is in the reply: they say nothing
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
                findings += self._absent(rule, scan, hits.get(number, []))
            elif rule.kind == "capitals":
                findings += _capitals(rule, scan)
            elif rule.kind == "name":
                findings += _names(rule, scan, hits.get(number, []), context.customer_name)
            else:
                rule_hits = hits.get(number, [])
                findings += self._present(rule, scan, rule_hits, excepted[number], (cues, breaks), context)
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        return findings

    def _present(
        self,
        rule: Rule,
        scan: _Scan,
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

    def _negated(self, scan: _Scan, at: int, cues: list[int], breaks: list[int]) -> bool:
        sentence = scan.sentence_of(at)
        reach = self._reach
        return any(
            end <= at
            and at - end <= reach
            and scan.sentence_of(end) == sentence
            and not any(end <= b < at for b in breaks)
            for end in cues
        )

    def _absent(self, rule: Rule, scan: _Scan, hits: list[_Hit]) -> list[Finding]:
        if scan.word_count() < rule.min_words:
            return []
        if any(not scan.quoted(scan.tokens[hit.first].start) for hit in hits):
            return []
        where = scan.opening_end() if rule.insert == "start" else len(scan.text.rstrip())
        return [Finding(rule.id, rule.group, where, where, "", rule.why, None, rule.phrases, (where, where))]


class _Scan:
    """One draft's tokens with the lookups the rules share: sentences, quotation, positions."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text, self.tokens = text, tokens
        self._sentence: list[int] = []
        number = 0
        for token in tokens:
            self._sentence.append(number)
            if token.norm in SENTENCE_ENDS:
                number += 1
        self._quoted = [m.span() for m in _QUOTED.finditer(text)]
        self._quote_starts = [start for start, _ in self._quoted]

    def sentence_of(self, index: int) -> int:
        return self._sentence[index] if index < len(self._sentence) else len(self._sentence)

    def quoted(self, position: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, position) - 1
        return i >= 0 and position < self._quoted[i][1]

    def word_count(self) -> int:
        return sum(token.is_word for token in self.tokens)

    def sentence_span(self, first: int, end: int) -> tuple[int, int]:
        begin = first
        while begin > 0 and self.tokens[begin - 1].norm not in SENTENCE_ENDS:
            begin -= 1
        stop = end - 1
        while stop + 1 < len(self.tokens) and self.tokens[stop].norm not in SENTENCE_ENDS:
            stop += 1
        last = self.tokens[stop]
        return self.tokens[begin].start, last.start if last.norm == "\u00b6" else last.end

    def opening_end(self) -> int:
        """Where an opening line goes: after a greeting such as "Hi Ana," or at the very start."""
        if not self.tokens or self.tokens[0].norm not in _GREETINGS:
            return 0
        for token in self.tokens[:8]:
            if token.norm in SENTENCE_ENDS or token.norm in (",", "_,"):
                position = token.end
                while position < len(self.text) and self.text[position] in " \t\n":
                    position += 1
                return position
        return 0

    def finding(self, rule: Rule, first: int, end: int, replacement: str | None) -> Finding:
        start, stop = self.tokens[first].start, self.tokens[end - 1].end
        matched = self.text[start:stop]
        if replacement and matched[:1].isupper():
            replacement = replacement[:1].upper() + replacement[1:]
        return Finding(
            rule.id,
            rule.group,
            start,
            stop,
            matched,
            rule.why,
            replacement,
            rule.phrases,
            self.sentence_span(first, end),
        )


def _wording(template: str | None, name: str | None) -> str | None:
    if template is None or "{name}" not in template:
        return template
    return template.replace("{name}", name.strip()) if name and name.strip() else None


def _capitals(rule: Rule, scan: _Scan) -> list[Finding]:
    """Runs of words in capitals (acronyms, codes and names allowed): each run is reported once, with it in
    ordinary case."""
    findings: list[Finding] = []
    run: list[int] = []
    named = False  # the word before was a name or a code in capitals: "IKEA KALLAX", "ROYAL MAIL"
    for index, token in enumerate(scan.tokens):
        raw = scan.text[token.start : token.end]
        capitals = token.is_word and raw.isalpha() and raw.isupper()
        if capitals and (token.norm in rule.allow or named or _name_or_code(rule, scan, index)):
            named = True
        elif capitals:
            run.append(index)
            continue
        else:
            named = False
        findings += _capitals_run(rule, scan, run)
        run = []
    return findings + _capitals_run(rule, scan, run)


_VOWELS = frozenset("aeiouy")
_CODE_JOINS = frozenset("-/_#.")
# Between a word that introduces a name and the name: "status: DELIVERED", "your code is SPRING".
_LINKS = frozenset({":", "_:", "is", "was", "are", "reads", "says"})


def _name_or_code(rule: Rule, scan: _Scan, index: int) -> bool:
    """A word in capitals that names something rather than raising the voice: a piece of a code joined to
    others ("TBL-OAK-180"), a word with no vowel ("XPS", "DPD"), one after a word that introduces a code, a
    name or a label ("code SPRING", "model XR", "the tracking says DELIVERED"), or before a word that says
    what it names ("the NOTE field", "the PRO plan")."""
    token, text = scan.tokens[index], scan.text
    before = text[token.start - 1] if token.start else ""
    after = text[token.end : token.end + 2]
    if before in _CODE_JOINS and token.start > 1 and text[token.start - 2].isalnum():
        return True
    if after[:1] in _CODE_JOINS and after[1:].isalnum():
        return True
    if not _VOWELS & set(token.norm):
        return True
    following = index + 1
    if following < len(scan.tokens) and scan.tokens[following].norm in rule.names_before:
        return True
    previous = index - 1
    while previous >= 0:
        norm = scan.tokens[previous].norm
        if norm in rule.names_after:
            return True
        if norm not in _LINKS:
            return False
        previous -= 1
    return False


def _capitals_run(rule: Rule, scan: _Scan, run: list[int]) -> list[Finding]:
    tokens = scan.tokens
    # A one-letter word ("I", "A") is in capitals by nature: it never starts or ends a shouted run.
    while run and len(tokens[run[0]].norm) < 2:
        run = run[1:]
    while run and len(tokens[run[-1]].norm) < 2:
        run = run[:-1]
    loud = any(len(tokens[i].norm) >= rule.min_letters or tokens[i].norm in rule.short_shouts for i in run)
    if not loud or scan.quoted(tokens[run[0]].start):
        return []
    if len(run) == 1 and _names_a_product(scan, run[0], rule.nouns_capitalised):
        return []
    pieces: list[str] = []
    position = tokens[run[0]].start
    for i in run:
        raw = scan.text[tokens[i].start : tokens[i].end]
        pieces += [scan.text[position : tokens[i].start], raw if raw == "I" else raw.lower()]
        position = tokens[i].end
    quiet = "".join(pieces)
    if run[0] == 0 or tokens[run[0] - 1].norm in SENTENCE_ENDS:
        quiet = quiet[:1].upper() + quiet[1:]
    return [_with_replacement(scan.finding(rule, run[0], run[-1] + 1, None), quiet)]


def _names_a_product(scan: _Scan, index: int, nouns_capitalised: bool = False) -> bool:
    """One word in capitals followed by a model name or number ("ASUS Zenbook", "XPS 13") is a brand. In a
    language that capitalises its nouns only a number says so: "das LETZTE Angebot" is a shout."""
    if index + 1 >= len(scan.tokens) or not scan.tokens[index + 1].is_word:
        return False
    nxt = scan.tokens[index + 1]
    raw = scan.text[nxt.start : nxt.end]
    model = len(raw) > 1 and raw[0].isupper() and raw[1:].islower() and not nouns_capitalised
    return raw[:1].isdigit() or model


def _with_replacement(finding: Finding, replacement: str | None) -> Finding:
    return Finding(
        finding.rule,
        finding.group,
        finding.start,
        finding.end,
        finding.text,
        finding.why,
        replacement,
        finding.phrases,
        finding.sentence,
    )


def _names(rule: Rule, scan: _Scan, hits: list[_Hit], name: str | None) -> list[Finding]:
    """A greeting followed by a capitalised name that is not the customer's."""
    expected = {fold(part) for part in re.findall(r"[^\W\d_]+", name or "")}
    if not expected:
        return []
    findings: list[Finding] = []
    for hit in hits:
        named: list[int] = []
        index = hit.whole_end
        while index < len(scan.tokens):
            token = scan.tokens[index]
            if not token.is_word or not scan.text[token.start].isupper():
                break
            if token.norm not in rule.not_names:
                named.append(index)
            index += 1
        if named and any(scan.tokens[i].norm not in expected for i in named):
            finding = scan.finding(rule, named[0], named[-1] + 1, None)
            findings.append(_with_replacement(finding, (name or "").strip()))
    return findings
