"""Mending a draft: the finding's own wording in place of its words, or a library phrase inserted or in
place of the whole draft; only fixes that leave the draft no worse are offered."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from calmdesk.core.tone.checker import Finding, ToneChecker, ToneContext

# What a fix does, named to the agent as it is: only the flagged words change, a phrase is added, or the
# phrase takes the place of everything written so far.
SAY_INSTEAD = "say-instead"
LEAVE_OUT = "leave-out"
INSERT = "insert"
REPLACE_DRAFT = "replace-draft"


@dataclass(frozen=True, slots=True)
class Fix:
    """One way to mend a finding: its kind, the wording or phrase title it uses, and the draft once done."""

    kind: str
    wording: str
    result: str


def apply_replacement(text: str, finding: Finding) -> str:
    """The draft with the finding's words replaced by its wording, nothing else changed ("" leaves the
    words out, with the space and a comma or colon that only served them: "As I said, it ships" ->
    "It ships")."""
    if finding.replacement is None:
        return text
    start, end = finding.start, finding.end
    if finding.replacement:
        return text[:start] + finding.replacement + text[end:]
    if text[end : end + 1] in (",", ":", ";"):
        end += 1
    if end < len(text) and text[end] == " ":
        end += 1
    elif start > 0 and text[start - 1] == " ":
        start -= 1
    after = text[end:]
    if finding.text[:1].isupper() and after[:1].islower():
        after = after[:1].upper() + after[1:]  # "Just restart it" -> "Restart it"
    return text[:start] + after


def insert_phrase(text: str, finding: Finding, phrase_text: str) -> str:
    """The draft with `phrase_text` added and nothing taken away: where something missing goes (after the
    greeting, or at the end), or just after the sentence that holds the finding."""
    phrase_text = phrase_text.strip()
    at = finding.start if finding.start == finding.end else finding.sentence[1]
    before, after = text[:at], text[at:]
    left = "" if not before or before[-1].isspace() else " "
    right = "" if not after or after[0].isspace() else " "
    return before + left + phrase_text + right + after


def fixes_for(
    checker: ToneChecker,
    text: str,
    finding: Finding,
    context: ToneContext,
    phrases: Iterable[tuple[str, str]] = (),
) -> list[Fix]:
    """The fixes to offer for `finding`, best first: its own wording, then each phrase (title, text ready
    to use) to insert, and for words that hurt also to replace the draft with. A fix that would leave more
    findings than now, or a kind of finding the draft did not have (a blank left in a phrase, a new
    problem), is not offered, unless it takes away words that hurt and adds none: then what it leaves
    missing (an apology in a draft grown long enough to want one) is the agent's next step."""
    candidates: list[Fix] = []
    if finding.replacement is not None:
        kind, wording = (
            (SAY_INSTEAD, finding.replacement) if finding.replacement else (LEAVE_OUT, finding.text)
        )
        candidates.append(Fix(kind, wording, apply_replacement(text, finding)))
    for title, body in phrases:
        candidates.append(Fix(INSERT, title, insert_phrase(text, finding, body)))
        # Something missing is added, never a reason to throw away what is there.
        if finding.start != finding.end and text.strip() != body.strip():
            candidates.append(Fix(REPLACE_DRAFT, title, body.strip()))
    now = checker.check(text, context)
    known = {f.rule for f in now}
    hurting = sum(f.start != f.end for f in now)

    def no_worse(fix: Fix) -> bool:
        after = checker.check(fix.result, context)
        if len(after) <= len(now) and all(f.rule in known for f in after):
            return True
        # Fewer words that hurt, and nothing new that hurts: a gap it opens (a short draft grown long
        # enough to want an apology) is one the agent fills next, not a worse draft.
        words = [f for f in after if f.start != f.end]
        return len(words) < hurting and all(f.rule in known for f in words)

    return [fix for fix in candidates if no_worse(fix)]


def changed_span(before: str, after: str) -> tuple[int, int, str]:
    """The one stretch `before[start:end]` that becomes `text` in `after` (common start and end kept): an
    editor applies only that, so the rest of the draft, its cursor and its undo history stay as they were."""
    start = 0
    limit = min(len(before), len(after))
    while start < limit and before[start] == after[start]:
        start += 1
    end_before, end_after = len(before), len(after)
    while end_before > start and end_after > start and before[end_before - 1] == after[end_after - 1]:
        end_before -= 1
        end_after -= 1
    return start, end_before, after[start:end_after]
