"""A customer's message cleaned for reading: bounded, binary data refused, control characters blanked."""

from __future__ import annotations

import re

# A message is read from its first characters only: a 10 MB clipboard costs no more than a long e-mail, and
# what a customer wants is said near the top. 5,000 characters is a long e-mail; four times that is plenty.
MAX_READ_CHARS = 20_000
# More control characters than this share of the text: it is binary data (an image, a file), not a message.
_BINARY_SHARE = 0.05
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# Where a reply quotes the conversation before it: everything from here on was written by someone else.
_HISTORY = re.compile(
    r"^(?:On .{1,200}wrote:|-{2,} ?Original Message ?-{2,}|From: .{1,200}\n(?:Sent|Date): )", re.M
)

_QUOTED_LINE = re.compile(r"(?m)^>.*$")


def clean(raw: str | bytes) -> str | None:
    """The message's readable text, or None when it is not text at all (binary data, nothing but spaces)."""
    if isinstance(raw, bytes):
        head = raw[: MAX_READ_CHARS * 4]
        if b"\x00" in head:
            return None
        raw = head.decode("utf-8", errors="replace")
    text = raw[:MAX_READ_CHARS]
    if "\x00" in text:
        return None
    controls = len(_CONTROLS.findall(text))
    if controls > max(4, len(text) * _BINARY_SHARE):
        return None
    # Every change keeps each character in its place, so evidence spans point into the text as given.
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    if controls:  # most messages have none: no second scan
        text = _CONTROLS.sub(" ", text)
    history = _HISTORY.search(text)
    if history is not None and history.start() > 0:
        text = text[: history.start()]
    # A line quoted from an earlier message ("> ...") is blanked, not removed: spans keep their places.
    if ">" in text:  # one C scan tells whether any line can be a quoted one
        text = _QUOTED_LINE.sub(lambda m: " " * len(m.group()), text)
    return text if text.strip() else None
