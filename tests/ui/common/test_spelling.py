"""One spelling in what people read: the British one the content uses ("customise", "empathise")."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[3] / "desktop" / "calmdesk"
# A translatable string: tr("...") or self.tr("..."), the text people see.
_TR = re.compile(r"""\btr\(\s*(["'])(.*?)\1""")
_AMERICAN = re.compile(
    r"\b(?:\w+iz(?:e|ed|es|ing|ation)|colors?|behaviors?|favorites?|honors?|e-mails?)\b", re.IGNORECASE
)
_FINE = {"size", "sizes", "resize", "resized", "seize", "prize"}


def test_no_american_spelling_in_the_texts_people_read() -> None:
    found = []
    for source in sorted(UI.rglob("*.py")):
        for _quote, text in _TR.findall(source.read_text(encoding="utf-8")):
            for word in _AMERICAN.findall(text):
                if word.casefold() not in _FINE:
                    found.append(f"{source.relative_to(UI)}: {word!r} in {text!r}")
    assert found == []
