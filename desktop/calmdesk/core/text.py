"""The one text normaliser every matcher uses: case, accents and spacing never decide a match."""

from __future__ import annotations

import re
import unicodedata

# Apostrophes vanish inside words so "don't", "don\u2019t" and "dont" all give the word "dont".
_APOSTROPHES = str.maketrans("", "", "'\u2019\u02bc")
# A word is a run of letters and digits; "_" splits too, so the key "follow_up" gives "follow" and "up".
_WORD = re.compile(r"[^\W_]+")
# French elision: "l'erreur", "d'achat", "m'insulte", "qu'il" are the words "erreur", "achat", "insulte",
# "il". The particle goes before the apostrophes vanish; no English word starts so ("don't" is untouched).
_ELISION = re.compile(r"(?<![^\W_])(?:[ldmtsnjc]|qu|jusqu|lorsqu|puisqu)['\u2019\u02bc](?=[^\W\d_])")
# How many characters _Stripped remembers: every character of a language's texts, never all of Unicode.
_STRIPPED_KEPT = 4096


class _Stripped(dict[int, str]):
    """A str.translate table that drops combining marks and format characters, worked out per character on
    first sight: the loop over every character stays in C (an accented Spanish or German text indexes at
    several times the speed of a Python generator over its characters)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        kept = "" if unicodedata.combining(char) or unicodedata.category(char) == "Cf" else char
        if len(self) < _STRIPPED_KEPT:
            self[code] = kept
        return kept


_STRIP = _Stripped()


def normalize(s: str) -> str:
    """Casefolded, accents stripped (NFKD), format characters dropped, whitespace runs folded, ends trimmed.

    Format characters (Unicode category Cf: zero-width space and joiners, soft hyphen, BOM, direction
    marks) are invisible: pasted from a web page or a chat tool inside a word ("sor\u200bry"), they must
    not split it. Accepts any Unicode (lone surrogates and control characters included) and never raises.
    """
    if s.isascii():
        # The common case, about ten times faster: for ASCII, lower() is casefold() and NFKD changes nothing.
        return " ".join(s.lower().split())
    stripped = unicodedata.normalize("NFKD", s).translate(_STRIP)
    # casefold() after stripping: "İ" decomposes to "I" + dot, so it folds to a plain "i". A few casefold
    # results decompose again, so non-ASCII output goes through NFKD once more.
    folded = stripped.casefold()
    if not folded.isascii():
        folded = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return " ".join(folded.split())


def words(s: str) -> list[str]:
    """The normalised words of `s`, in order: runs of letters and digits (punctuation and "_" split)."""
    text = normalize(s)
    if "'" in text or "\u2019" in text or "\u02bc" in text:
        text = _ELISION.sub("", text)
    return _WORD.findall(text.translate(_APOSTROPHES))
