"""Text from files and sockets made safe to print for a person: no control character reaches a terminal.

A team pack's title or a file name may hold escape sequences (OSC 52 writes the terminal's clipboard, cursor
movement rewrites lines already printed) or a newline that forges an "ok" line. JSON output needs none of
this: json.dumps escapes control characters itself.
"""

from __future__ import annotations

import re

# C0 and C1 controls (ESC, BEL, CR, NL...), DEL, the line/paragraph separators, and the bidirectional
# embedding, override and isolate marks that make text read in another order than it runs ("Trojan source").
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# The same, minus newline and tab: allowed inside a phrase's text, which is many lines long.
_UNSAFE_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\x1b": "\\e"}

# A quoted value in a message: enough to recognise it, never a megabyte echoed back.
MAX_QUOTED_CHARS = 60


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def printable(text: str, *, multiline: bool = False) -> str:
    """`text` with every control character written as a visible escape (ESC as \\e, newline as \\n).

    `multiline` keeps newline and tab as they are, for a phrase's text or a message of several lines.
    """
    return (_UNSAFE_IN_TEXT if multiline else _UNSAFE).sub(_escape, text)


def control_chars(text: str, *, multiline: bool = False) -> list[str]:
    """The control characters in `text`, escaped and de-duplicated; `multiline` allows newline and tab."""
    pattern = _UNSAFE_IN_TEXT if multiline else _UNSAFE
    return list(dict.fromkeys(_escape(m) for m in pattern.finditer(text)))


def without_controls(text: str) -> str:
    """`text` with every character the pack rules refuse taken out (newline and tab stay).

    For what goes onto the clipboard from a field typed or stored elsewhere (a complaint's customer name,
    a blank's value): a bidi override or a NEL must never reach the customer's screen.
    """
    return _UNSAFE_IN_TEXT.sub("", text)


def shorten(text: str, limit: int = MAX_QUOTED_CHARS) -> str:
    """At most `limit` characters, with the length of the rest said when cut ("abc... (2,000 more)")."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... ({len(text) - limit:,} more characters)"


def quoted(value: object, limit: int = MAX_QUOTED_CHARS) -> str:
    """`value` as a message quotes it: in double quotes, cut to `limit` characters, controls escaped."""
    return f'"{printable(shorten(str(value), limit))}"'
