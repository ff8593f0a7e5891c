"""Applying a fix to the draft: the finding's replacement wording, or a library phrase for its sentence."""

from __future__ import annotations

from calmdesk.core.tone.checker import Finding


def apply_replacement(text: str, finding: Finding) -> str:
    """The draft with the finding's span replaced by its wording ("" deletes the span and one space)."""
    if finding.replacement is None:
        return text
    start, end = finding.start, finding.end
    if finding.replacement:
        return text[:start] + finding.replacement + text[end:]
    if end < len(text) and text[end] == " ":
        end += 1
    elif start > 0 and text[start - 1] == " ":
        start -= 1
    after = text[end:]
    if finding.text[:1].isupper() and after[:1].islower():
        after = after[:1].upper() + after[1:]  # "Just restart it" -> "Restart it"
    return text[:start] + after


def apply_phrase(text: str, finding: Finding, phrase_text: str) -> str:
    """The draft with `phrase_text` in place of the sentence that holds the finding (or inserted where a
    missing piece goes, with a space or a line break to keep it apart)."""
    start, end = finding.sentence
    phrase_text = phrase_text.strip()
    if start == end:
        before, after = text[:start], text[start:]
        left = "" if not before or before[-1].isspace() else " "
        right = "" if not after or after[0].isspace() else " "
        return before + left + phrase_text + right + after
    return text[:start] + phrase_text + text[end:]
