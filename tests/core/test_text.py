"""The shared normaliser: case, accents and spacing never decide a match, and no input makes it raise."""

from __future__ import annotations

import pytest

from calmdesk.core.text import normalize, words


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Hello World", "hello world"),
        ("  many   spaces\t\nand\u00a0tabs  ", "many spaces and tabs"),
        ("Café Crème", "cafe creme"),
        ("İstanbul", "istanbul"),
        ("Straße", "strasse"),
        ("ﬁnance", "finance"),
        ("\uff26\uff55\uff4c\uff4c width", "full width"),  # fullwidth letters
        ("ÅNGSTRÖM", "angstrom"),
        ("", ""),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_never_raises_on_any_code_point() -> None:
    # Every plane's worth of odd characters: surrogates, controls, combining marks, unassigned points.
    sample = "".join(chr(c) for c in range(0, 0x110000, 97))
    result = normalize(sample)
    assert isinstance(result, str)
    assert normalize("\ud800 lone") == "\ud800 lone"
    assert normalize("\u0301\u0301") == ""  # combining marks alone vanish


def test_normalize_is_idempotent() -> None:
    for raw in ("Café  Crème", "İI \u0131", "ǰ", "Ǆ", "ẞ"):
        once = normalize(raw)
        assert normalize(once) == once


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Sorry, I'm on it!", ["sorry", "im", "on", "it"]),
        ("don\u2019t panic", ["dont", "panic"]),
        ("follow_up public-reply", ["follow", "up", "public", "reply"]),
        ("Order #12345", ["order", "12345"]),
        ("Rückerstattung", ["ruckerstattung"]),
        ("...  !!", []),
    ],
)
def test_words(raw: str, expected: list[str]) -> None:
    assert words(raw) == expected


def test_french_elision_splits_the_particle_off() -> None:
    from calmdesk.core.text import words

    assert words("le client m'insulte") == ["le", "client", "insulte"]
    assert words("L\u2019erreur vient de chez nous") == ["erreur", "vient", "de", "chez", "nous"]
    assert words("qu'il") == ["il"]
    # English contractions keep their one word.
    assert words("don't") == ["dont"]
    assert words("I'm sorry, we'll") == ["im", "sorry", "well"]


def test_the_accent_table_stays_small_whatever_is_pasted() -> None:
    """normalize() remembers what each non-ASCII character becomes (its loop then stays in C), but never
    more than a few thousand of them: a paste of all of Unicode must not grow memory without end."""
    from calmdesk.core import text

    sample = "".join(chr(code) for code in range(0x100, 0x100 + 3 * text._STRIPPED_KEPT))
    assert text.normalize(sample + "e\u0301").endswith("e")
    assert len(text._STRIP) <= text._STRIPPED_KEPT
    assert text.normalize("Ca\u0301ma\u200bra") == "camara"  # marks and format characters still go
