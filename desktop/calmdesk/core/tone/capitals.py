"""Shouting: runs of words in capitals, told apart from the codes, names and labels written in capitals."""

from __future__ import annotations

from calmdesk.core.tone.patterns import SENTENCE_ENDS
from calmdesk.core.tone.rule import Rule
from calmdesk.core.tone.scan import Finding, Scan, with_replacement


def shouting(rule: Rule, scan: Scan) -> list[Finding]:
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


def _name_or_code(rule: Rule, scan: Scan, index: int) -> bool:
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


def _capitals_run(rule: Rule, scan: Scan, run: list[int]) -> list[Finding]:
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
    return [with_replacement(scan.finding(rule, run[0], run[-1] + 1, None), quiet)]


def _names_a_product(scan: Scan, index: int, nouns_capitalised: bool = False) -> bool:
    """One word in capitals followed by a model name or number ("ASUS Zenbook", "XPS 13") is a brand. In a
    language that capitalises its nouns only a number says so: "das LETZTE Angebot" is a shout."""
    if index + 1 >= len(scan.tokens) or not scan.tokens[index + 1].is_word:
        return False
    nxt = scan.tokens[index + 1]
    raw = scan.text[nxt.start : nxt.end]
    model = len(raw) > 1 and raw[0].isupper() and raw[1:].islower() and not nouns_capitalised
    return raw[:1].isdigit() or model
