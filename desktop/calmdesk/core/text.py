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


def normalize(s: str) -> str:
    """Casefolded, accents stripped (NFKD), format characters dropped, whitespace runs folded, ends trimmed.

    Format characters (Unicode category Cf: zero-width space and joiners, soft hyphen, BOM, direction
    marks) are invisible: pasted from a web page or a chat tool inside a word ("sor\u200bry"), they must
    not split it. Accepts any Unicode (lone surrogates and control characters included) and never raises.
    """
    if s.isascii():
        # The common case, about ten times faster: for ASCII, lower() is casefold() and NFKD changes nothing.
        return " ".join(s.lower().split())
    decomposed = unicodedata.normalize("NFKD", s)
    stripped = "".join(
        c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Cf"
    )
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
