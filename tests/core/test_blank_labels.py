"""Blank labels in the agent's interface language: the built-in blank names are all in the catalogue."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from calmdesk.core import blank_labels, messages
from calmdesk.core.placeholder_types import Placeholder

PACKS = Path(__file__).resolve().parents[2] / "resources" / "packs"


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    messages.use(None)


@pytest.mark.parametrize(
    ("lang", "order", "promised"),
    [
        ("de", "Bestellnummer", "Zugesagte Uhrzeit"),
        ("es", "Número de pedido", "Hora prometida"),
        ("fr", "Numéro de commande", "Heure promise"),
        ("pt", "Número do pedido", "Horário prometido"),
        ("en", "Order number", "Promised time"),
    ],
)
def test_labels_follow_the_interface_language(lang: str, order: str, promised: str) -> None:
    assert messages.use(lang) == (None if lang == "en" else lang), "the catalogues are built"
    assert Placeholder("order_number").label == order
    assert Placeholder("time", offset="+2h").label == promised
    assert Placeholder("tracking_link").label == "Tracking link", "a team's own name reads as written"


def test_every_blank_of_the_built_in_phrases_has_a_label() -> None:
    names = {
        match.group(1)
        for path in PACKS.glob("*/*.toml")
        for match in re.finditer(r"\{\{\s*([a-z_]+)", path.read_text(encoding="utf-8"))
    }
    assert len(names) > 50
    unlabelled = {name for name in names if blank_labels.label(name) == name.replace("_", " ").capitalize()}
    # A name whose label is the name itself, capitalised, is fine only when it is listed ("Status", "Team").
    assert not {name for name in unlabelled if not blank_labels.is_known(name)}
