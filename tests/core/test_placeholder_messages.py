"""A phrase's placeholder mistakes in the person's language (core.messages), English unchanged."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from calmdesk.core import messages
from calmdesk.core.placeholder_scan import scan

TEXT = "Hi {{}}, see you {{date-2d}}. {{#offer|maybe}}x{{/offer}} {{kind}} {{kind: a | b}} }}"


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    messages.use(None)  # the next test starts from English, whatever this one spoke


def _said(text: str) -> list[str]:
    return [problem.message for problem in scan(text)[1]]


def test_placeholder_problems_in_english_and_german() -> None:
    english = _said(TEXT)
    assert 'placeholder "{{}}" is empty' in english
    assert 'placeholder "{{date-2d}}" counts backwards: offsets only go forward (+)' in english
    assert '"kind" is used as a blank and as a choice: give each its own name' in english
    messages.use("de")
    german = _said(TEXT)
    assert german[:2] == [
        'der Platzhalter "{{}}" ist leer',
        'der Platzhalter "{{date-2d}}" zählt rückwärts: Verschiebungen gehen nur vorwärts (+)',
    ]
    assert 'der Platzhalter "{{#offer|maybe}}" beginnt einen Abschnitt, der anfangs nur' in german[2]
    assert '"kind" wird als Lücke und als Auswahl verwendet: geben Sie jedem einen eigenen Namen' in german
    assert any(line.startswith('verirrtes "}}" ohne öffnendes "{{" bei') for line in german)
    assert len(german) == len(english)


def test_offset_units_in_spanish() -> None:
    messages.use("es")
    assert _said("{{time+2}}") == [
        'el marcador "{{time+2}}" no tiene unidad de desplazamiento: time admite h o m (como +2h)'
    ]
