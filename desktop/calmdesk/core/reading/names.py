"""The customer's name: how they sign, how they introduce themselves, or how an agent's note names them.

Never the agent's ("Hi Sam,", "your agent Priya") or a courier's ("the driver, Steve"): a name counts only
where the writer gives their own, or where a note written about a call names the caller.
"""

from __future__ import annotations

import bisect
import re

from calmdesk.core.reading.cues import Found
from calmdesk.core.reading.knowledge import Knowledge
from calmdesk.core.reading.model import Evidence
from calmdesk.core.reading.prepared import Prepared, is_note
from calmdesk.core.reading.signals import Cues
from calmdesk.core.tone.patterns import SENTENCE_ENDS

MAX_NAME_WORDS = 4
INLINE_REACH = 80  # "Kind regards, Dr. Marc-André Tremblay-Okafor" fits in this many characters
MIN_WORDS_BEFORE_NAME = 4  # a name closing a line of text ("... about this? Sandra Bell") needs a sentence
LOWERCASE_INTRO_REACH = 3  # "hi its mo": a name written in lower case counts only in the first words
SIGNATURE_LINES = 7  # how far up from the end a signature is looked for
MAX_SIGNATURE_LINE = 45  # a longer line is text, not a signature
# Between two words of one name: a space, a hyphen ("Armstrong-Price"), " & " or " and " (a couple).
_JOINS = frozenset({" ", "-", " & ", ". "})
# A line that belongs to a signature but is not the name: a phone, an e-mail, an address, a company.
_SIGNATURE_NOISE = re.compile(r"@|\d{4,}|\||^sent from|^(?:tel|mob|mobile|phone|t|m|e|fax|web)\b", re.I)
_NAME_BEFORE = re.compile(r"([^|,\u2013\u2014]{2,40}?)\s*(?:\||,|\s[\u2013\u2014-]\s)")
_DASH_NAME = re.compile(r"[.!?]\s+[-\u2013\u2014~]\s*(\w[^\n]{0,40})$", re.MULTILINE)
_LAST_NAME = re.compile(r"[.!?]\s+([A-Z][^\n.!?]{2,40})$", re.MULTILINE)
_SKIP_BEFORE_NAME = frozenset({"(", ":", ",", "-", "is", "named", "name", "name:"})


def customer_name(message: Prepared, cues: Cues, knowledge: Knowledge) -> tuple[str | None, list[Evidence]]:
    for finder in (_from_note, _from_signature, _from_intro):
        span = finder(message, cues, knowledge)
        if span is not None:
            start, end = span
            value = message.text[start:end]
            return value, [Evidence("customer_name", value, start, end, value)]
    return None, []


def _from_note(message: Prepared, cues: Cues, knowledge: Knowledge) -> tuple[int, int] | None:
    """An agent's note about a call: "Customer Maria Lopez called", "Caller: Mr Whitaker", "Name: Gemma"."""
    if not is_note(message):
        return None
    for found in sorted(cues.group("name_caller"), key=lambda f: f.first):
        if _after_other_person(message, found.first, knowledge):
            continue
        at = found.last + 1
        while message.word_at(at) in _SKIP_BEFORE_NAME:
            at += 1
        span = _name_at(message, at, knowledge)
        if span is not None:
            return span
    for index, norm in enumerate(message.norms):  # "Mrs Okafor called to cancel ...", "... Mr. Khan, acct"
        if norm in knowledge.titles and not _after_other_person(message, index, knowledge):
            span = _name_at(message, index, knowledge)
            if span is not None:
                return span
    return None


def _from_intro(message: Prepared, cues: Cues, knowledge: Knowledge) -> tuple[int, int] | None:
    """The writer names themselves: "I'm Daniel", "my name is Olu Adeyemi", "hey its jess"."""
    for found in sorted(cues.group("name_intro"), key=lambda f: f.first):
        if _after_other_person(message, found.first, knowledge) or _line_is_agents(message, found.first):
            continue
        opening = found.first <= LOWERCASE_INTRO_REACH  # "hey its jess": a lower-case name only up front
        span = _name_at(message, found.last + 1, knowledge, lowercase=opening)
        if span is not None and (message.text[span[0]].isupper() or _ends_here(message, span[1])):
            return span
    return None


def _ends_here(message: Prepared, end: int) -> bool:
    """A name written in lower case is taken only where it ends a phrase: "its jess, ...", "mo here"."""
    index = bisect.bisect_left(message.starts, end)
    following = message.word_at(index)
    return following in ("", ",", "_,", "here") or following in SENTENCE_ENDS


def _from_signature(message: Prepared, cues: Cues, knowledge: Knowledge) -> tuple[int, int] | None:
    """The name under a closing ("Kind regards,\\nHelen Marsh"), or alone on the message's last lines."""
    closings = cues.group("name_closings")
    lines = _lines(message.text)
    seen = 0
    for number in range(len(lines) - 1, -1, -1):
        start, line = lines[number]
        if not line.strip():
            continue
        seen += 1
        if seen > SIGNATURE_LINES:
            break
        inline = _after_inline_closing(message, closings, start, start + len(line), knowledge)
        if inline is None:
            inline = _after_dash(message, start, start + len(line), knowledge)
        if inline is not None:
            return inline
        # "Siobhan Kelly | Accounts", "Tom Hughes, Director": the name is the part before the separator.
        head = _NAME_BEFORE.match(line)
        end = start + (len(head.group(1)) if head else len(line))
        if _SIGNATURE_NOISE.search(message.text[start:end].strip()):
            continue
        span = _whole_line_name(message, start, end, knowledge)
        dashed = line.lstrip().startswith(("-", "\u2013", "\u2014", "~"))  # "- Kev", "— Sarah"
        if span is not None and (dashed or _signed_here(lines, number, message, closings)):
            return span
        if len(line.strip()) > MAX_SIGNATURE_LINE or line.rstrip().endswith(("?", ".", "!")):
            break
    return None


def _lines(text: str) -> list[tuple[int, str]]:
    lines: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    return lines


def _signed_here(lines: list[tuple[int, str]], number: int, message: Prepared, closings: list[Found]) -> bool:
    """The line above is a closing ("Regards,"), a "--" separator, or blank: this line starts a signature."""
    for above in range(number - 1, -1, -1):
        start, line = lines[above]
        text = line.strip()
        if not text:
            return True
        if text.strip("-_ ") == "":
            return True
        return _is_closing_line(message, closings, start, start + len(line))
    return False


def _is_closing_line(message: Prepared, closings: list[Found], start: int, end: int) -> bool:
    first = bisect.bisect_left(message.starts, start)
    last = bisect.bisect_left(message.starts, end)
    words = [i for i in range(first, last) if message.is_word(i)]
    if not words:
        return False
    return any(f.first == words[0] and f.last >= words[-1] for f in closings)


def _after_inline_closing(
    message: Prepared, closings: list[Found], start: int, end: int, knowledge: Knowledge
) -> tuple[int, int] | None:
    """ "... Many thanks, Peter" / "Kind regards, Jamal Hussain" at the very end of a line."""
    for found in closings:
        token_start = message.starts[found.first]
        # A closing and a name end the line: one further back than this is part of the text.
        if not (max(start, end - INLINE_REACH) <= token_start < end) or not message.starts_sentence(
            found.first
        ):
            continue
        if message.word_at(found.last + 1) not in (",", ".", "!"):  # "Kind regards, Jamal", "Thanks! Lee"
            continue
        span = _name_at(message, found.last + 2, knowledge)
        if span is not None and _signature_tail(message.text[span[1] : end]):
            return span
    return None


def _after_dash(message: Prepared, start: int, end: int, knowledge: Knowledge) -> tuple[int, int] | None:
    """ "... I want every cent back. - Jason": a name after a dash ends the line; at the very end of the
    message, a full name needs no dash ("... about this? Sandra Bell")."""
    found = _DASH_NAME.search(message.text, start, end)
    full_name = False
    if found is None and message.text[end:].strip() == "":
        found = _LAST_NAME.search(message.text, start, end)
        # Only after a sentence on the same line: "Dr. Alan Whitcombe" alone is a signature line.
        if found is not None and len(message.text[start : found.start()].split()) < MIN_WORDS_BEFORE_NAME:
            found = None
        full_name = True
    if found is None:
        return None
    first = bisect.bisect_left(message.starts, found.start(1))
    span = _name_at(message, first, knowledge)
    if span is None or message.text[span[1] : end].strip(" .!") != "":
        return None
    if full_name and len(message.text[span[0] : span[1]].split()) < 2:
        return None
    return span


def _signature_tail(rest: str) -> bool:
    """What may follow a signed name on its line: nothing, or details after a comma or bar ("Oliver Grant,
    order no. 00912874", "Siobhan Kelly | Accounts")."""
    rest = rest.strip(" .!")
    return rest == "" or rest.startswith((",", "|"))


def _whole_line_name(message: Prepared, start: int, end: int, knowledge: Knowledge) -> tuple[int, int] | None:
    first = bisect.bisect_left(message.starts, start)
    if first >= len(message.starts) or message.starts[first] >= end:
        return None
    line = message.text[start:end].strip()
    shouted = line.isupper()
    single = len(line.split()) == 1
    span = _name_at(message, first, knowledge, capitals=shouted, lowercase=single and line.isalpha())
    if span is None or message.text[span[1] : end].strip(" ,") != "":
        return None
    return span


def _name_at(
    message: Prepared, at: int, knowledge: Knowledge, *, capitals: bool = False, lowercase: bool = False
) -> tuple[int, int] | None:
    """The span of a name starting at token `at` (a title, initials and up to four words), or None."""
    starts, ends, text = message.starts, message.ends, message.text
    index = at
    if message.word_at(index) in knowledge.titles:
        index += 2 if message.word_at(index + 1) == "." else 1
    words = 0
    end = -1
    while index < len(starts) and words < MAX_NAME_WORDS:
        start = starts[index]
        raw = text[start : ends[index]]
        if words and text[end:start] not in _JOINS and text[end:start].strip() not in ("&", "and"):
            break
        is_word = message.is_word(index)
        if is_word and raw.casefold() in ("and",) and words:
            index += 1
            continue
        if not is_word or not _name_word(raw, knowledge, capitals, lowercase and words == 0):
            break
        words += 1
        end = ends[index]
        index += 1
        if len(raw) == 1 and message.word_at(index) == ".":  # an initial: "M. Okonkwo"
            end = ends[index]
            index += 1
    if words == 0:
        return None
    if lowercase and text[starts[at]].islower() and words > 1:
        return None
    return starts[at], end


def _name_word(raw: str, knowledge: Knowledge, capitals: bool, lowercase: bool) -> bool:
    folded = raw.casefold()
    if folded in knowledge.not_names or folded in knowledge.titles or not raw[0].isalpha():
        return False
    if any(ch.isdigit() for ch in raw):
        return False
    if raw[0].isupper():
        if len(raw) > 1 and raw.isupper() and not capitals:
            return False
        return len(raw) == 1 or not knowledge.cues.knows(folded)
    return lowercase and raw.isalpha() and len(raw) <= 12 and not knowledge.cues.knows(folded)


def _after_other_person(message: Prepared, index: int, knowledge: Knowledge) -> bool:
    """ "Dear Customer ...", "your agent ...": what follows names someone else."""
    before = message.word_at(index - 1)
    return before in ("dear", "your", "the", "our", "a")


def _line_is_agents(message: Prepared, index: int) -> bool:
    """A chat transcript's line that the agent wrote ("Agent: Hi, I'm Rob")."""
    line_start = message.text.rfind("\n", 0, message.starts[index]) + 1
    return message.text[line_start : line_start + 6].casefold().startswith(("agent", "rep:", "staff"))
