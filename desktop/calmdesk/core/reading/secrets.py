"""The secrets guard: what a password manager marks, or looks like a password or a card, is never read."""

from __future__ import annotations

import re
from collections.abc import Collection

# Mime types a password manager (KeePassXC, KDE Wallet, 1Password, Bitwarden ...) sets beside a secret it
# copies, so that clipboard tools leave it alone. Their presence is enough: the value is never looked at.
SECRET_MIME_TYPES = frozenset(
    {
        "x-kde-passwordmanagerhint",
        "application/x-nspasteboard-concealed-type",  # macOS's convention, also used by cross-platform apps
        "excludeclipboardcontentfrommonitorprocessing",  # Windows' convention, likewise
        "clipboardhistory/excluded",
    }
)

# 13-19 digits, optionally in groups split by one space or dash ("4111 1111 1111 1111"), standing alone:
# not the tail of a longer number or code.
_CARD_RUN = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])")
_URL_OR_EMAIL = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)|^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
_SYMBOL = re.compile(r"[^\w\s]|_")
# A lone word this long mixing letters and digits is a key or token, whatever its case: "sk_live_4eC39H..".
TOKEN_CHARS = 20
PASSWORD_MIN_CHARS = 8
PASSWORD_MAX_CHARS = 128


def is_secret_clipboard(text: str, mime_types: Collection[str] = ()) -> bool:
    """Whether clipboard content must not be read: marked secret by its owner, a password-like single
    token, or text holding a card number."""
    if any(kind.strip().lower() in SECRET_MIME_TYPES for kind in mime_types):
        return True
    return looks_like_password(text) or holds_card_number(text)


def looks_like_password(text: str) -> bool:
    """A single token as password managers make them: mixed case with digits, letters with digits and
    symbols, or a long letter-and-digit key. A message has spaces; an order code ("ORD-2024-5531") has
    one case and only joining dashes, so neither is refused."""
    token = text.strip()
    if not PASSWORD_MIN_CHARS <= len(token) <= PASSWORD_MAX_CHARS or any(c.isspace() for c in token):
        return False
    if _URL_OR_EMAIL.search(token):
        return False
    has_lower = any(c.islower() for c in token)
    has_upper = any(c.isupper() for c in token)
    has_digit = any(c.isdigit() for c in token)
    # Dashes, dots and slashes join the parts of codes and dates; any other symbol is a password's.
    has_symbol = bool(_SYMBOL.search(token.replace("-", "").replace(".", "").replace("/", "")))
    letters = has_lower or has_upper
    if has_lower and has_upper and has_digit:
        return True
    if letters and has_digit and has_symbol:
        return True
    return len(token) >= TOKEN_CHARS and letters and has_digit


def holds_card_number(text: str) -> bool:
    """Whether `text` holds a payment card number: 13-19 digits that pass the Luhn check."""
    for match in _CARD_RUN.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if luhn_valid(digits):
            return True
    return False


def luhn_valid(digits: str) -> bool:
    """The Luhn checksum card numbers carry: every second digit from the right doubled, the sum a multiple
    of ten. Nothing but ASCII digits passes."""
    if not digits.isascii() or not digits.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0
