"""Reading an import file safely: a regular file under the size cap, as text in whatever encoding it is."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from calmdesk.core.importers.common import ImportFailed
from calmdesk.core.messages import gettext as _
from calmdesk.core.safefile import FileRefused, read_regular_file

# An import file is a snippet collection: 10,000 snippets take a few MB. Past this it is a mistake (or an
# attack), refused before it is read into memory.
MAX_IMPORT_BYTES = 50 * 1024 * 1024


def read_limited(path: Path) -> bytes:
    """The bytes of `path`; ImportFailed (never OSError) for a missing, unreadable or oversized file."""
    source = str(path)
    try:
        # Only a regular file, opened non-blocking: a named pipe in a shared folder would wait forever.
        return read_regular_file(path, MAX_IMPORT_BYTES)
    except FileRefused as exc:
        raise ImportFailed(f"{exc}", source) from None
    except OSError as exc:
        raise ImportFailed(_("cannot read it: {error}").format(error=exc.strerror or exc), source) from None


def decode_text(data: bytes, source: str, hint: str = "") -> str:
    """UTF-8 (a BOM is dropped), UTF-32 with its BOM, or UTF-16 with its BOM (Excel's "Unicode Text") or
    without one (told by its zero bytes); ImportFailed naming the line of the first bad byte, with `hint`
    saying how to save it right. Any other NUL byte means it is not text at all: refused, never imported
    as "t\x00i\x00..."."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE starts both
        try:
            return data.decode("utf-32")
        except UnicodeDecodeError:
            raise ImportFailed(_("not valid UTF-32 text: save it as UTF-8"), source) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFailed(_("not valid UTF-16 text: save it as UTF-8"), source) from None
    if b"\x00" in data:
        return _without_bom(data, source, hint)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportFailed(
            _("not UTF-8 text (byte {byte}): save it as UTF-8").format(byte=f"0x{data[exc.start]:02x}")
            + hint,
            source,
            line,
        ) from None


def decode_any_text(data: bytes, source: str, hint: str = "") -> tuple[str, str | None]:
    """decode_text, or, for a file that is not UTF-8, the Windows code page of Western Europe and the
    Americas (Windows-1252: Excel's plain "CSV", Notepad before 2019), which the five content languages are
    written in. Returns the text and a note to show when it was read that way; a file that does not read as
    such text either (another code page, UTF-8 with one stray byte) keeps decode_text's clear refusal."""
    try:
        return decode_text(data, source, hint), None
    except ImportFailed:
        text = _as_windows_1252(data)
        if text is None:
            raise
    words = _("not UTF-8; read as Windows-1252, the code page of Excel's plain CSV and older Notepad")
    note = f"{source}: {words}"
    return text, note


# "é" and "ü" in UTF-8 are 0xC3 and one byte of 0x80-0xBF; in Windows-1252 that pair is "Ã©", "Ã¼", which no
# Western text holds. Seen next to a byte that is not UTF-8, it means a mixed file: read either way, part of
# it would come out garbled, so it is refused.
_UTF8_LATIN = re.compile(rb"[\xc2\xc3][\x80-\xbf]")
_WORD = re.compile(r"[^\W\d_]{3,}")


def _as_windows_1252(data: bytes) -> str | None:
    if b"\x00" in data or _UTF8_LATIN.search(data):
        return None
    try:
        text = data.decode("cp1252")  # strict: its five undefined bytes mean another code page
    except UnicodeDecodeError:
        return None
    # Western languages accent a letter or two in a word ("Rückerstattung", "reclamação"); another code
    # page read this way (Cyrillic, Greek) turns whole words into accented letters ("Ïðèâåò").
    words = _WORD.findall(text)
    foreign = sum(1 for word in words if all(ord(c) > 0x7F for c in word))
    if foreign > 0.1 * len(words):
        return None
    # Japanese, Chinese or Korean read this way is mostly signs no Western text uses (low quotes, currency
    # and broken-bar signs), not letters, so the words above miss it; a few of those among the letters tell.
    high = sum(1 for c in text if ord(c) > 0x7F)
    odd = sum(1 for c in text if c in _NOT_WESTERN)
    return None if odd >= 2 and odd * 10 >= high else text


# Windows-1252 signs that French, German, Spanish, Portuguese and English texts do not use, and that East
# Asian code pages read this way are full of: the single low quote, florin, circumflex, per mille, single
# angle quotes, daggers, small tilde, currency sign, broken bar, diaeresis, not sign, macron, pilcrow,
# cedilla, superscript one, division sign. Left out: their quotes and dashes, the euro, inverted marks,
# ordinals, one half, cent, the soft hyphen and the acute accent (typed for an apostrophe on many Spanish
# and Brazilian keyboards).
_NOT_WESTERN = frozenset(
    "\u201a\u0192\u02c6\u2030\u2039\u203a\u2020\u2021\u02dc\u00a4\u00a6\u00a8\u00ac\u00af\u00b6\u00b8\u00b9\u00f7"
)


def _without_bom(data: bytes, source: str, hint: str) -> str:
    """Text in UTF-16 without a byte order mark, told by where its zero bytes fall; else ImportFailed."""
    sample = data[:4096]
    for codec, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        # Latin text in UTF-16 has a zero in every other byte; most of them is a safe sign, and the decode
        # below must then hold no NUL at all.
        if len(data) % 2 == 0 and zeros.count(0) >= 0.4 * len(zeros):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text:
                return text
    line = data.count(b"\n", 0, data.index(b"\x00")) + 1
    words = _("it holds NUL bytes, so it is not a text file: save it as UTF-8")
    raise ImportFailed(words + hint, source, line)
