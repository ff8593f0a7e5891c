"""English typed into a library shown in another language finds the phrase through its English version."""

from __future__ import annotations

import pytest

from calmdesk.core.model import Phrase
from calmdesk.core.search import SearchIndex


def spanish(pid: str, title: str, text: str) -> Phrase:
    return Phrase(pid, "compensation", title, text, "test", (), lang="es")


# Library order puts the phrase only tagged "voucher" in English first: a tie would go to it.
LIBRARY = (
    spanish("discount", "Descuento en el próximo pedido", "Le aplico un descuento en su próximo pedido."),
    spanish("voucher", "Cupón de cortesía por correo", "Le envío un cupón de cortesía por correo."),
)
ENGLISH = {
    "discount": ("Discount on next order", "discount voucher code"),
    "voucher": ("Goodwill voucher by email", "voucher goodwill"),
}


@pytest.mark.parametrize("vectorised", [False, True], ids=["plain", "arrays"])
def test_the_english_title_outranks_an_english_tag_as_in_english(vectorised: bool) -> None:
    index = SearchIndex(LIBRARY, languages=("es", "en"), also=ENGLISH, vectorised=vectorised)
    assert [hit.phrase.id for hit in index.search("voucher")] == ["voucher", "discount"]
    assert index.search("discount")[0].phrase.id == "discount"
