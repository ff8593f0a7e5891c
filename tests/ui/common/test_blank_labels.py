"""The fill-in form and the preview name a blank in the interface's language ("Customer name:" showed in the
German picker under German phrases: the label was built from the placeholder's name, never translated)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from calmdesk.core.placeholders import blanks, parse
from calmdesk.ui.common import translation
from calmdesk.ui.common.blank_labels import blank_label
from calmdesk.ui.common.fill_form import FillForm
from calmdesk.ui.common.preview import preview_html

TEXT = "Hallo {{customer_name}}, Ihre Bestellung {{order_number}} kommt {{time+2h}}. {{agent_name}}"
# What each language calls the customer's name field.
CUSTOMER = {
    "de": "Name des Kunden",
    "es": "Nombre del cliente",
    "fr": "Nom du client",
    "pt": "Nome do cliente",
}
# Spelt as in English in that language: any other label equal to the English one is untranslated.
_SAME = {"Team", "Ticket", "Date"}


@pytest.fixture
def language(qapp):  # type: ignore[no-untyped-def]
    def use(lang: str) -> None:
        assert translation.install(qapp, lang), f"no catalogue for {lang}: run scripts/build-translations"

    yield use
    translation.install(qapp, "en")


def _labels(form: FillForm) -> list[str]:
    return [label.text() for label in form.findChildren(QLabel) if label.text().endswith(":")]


@pytest.mark.parametrize("lang", sorted(CUSTOMER))
def test_the_form_and_the_preview_name_the_blanks_in_the_interface_language(qtbot, language, lang) -> None:
    language(lang)
    form = FillForm()
    qtbot.addWidget(form)
    form.set_blanks(blanks(TEXT), {})
    labels = _labels(form)
    assert any(label.startswith(CUSTOMER[lang]) for label in labels), labels
    english = ("Customer name", "Your name", "Order number", "Promised time")
    assert not any(label.startswith(english) for label in labels), labels
    html = preview_html(TEXT, {}, filled_bg="#eee", empty_bg="#fee")
    assert f"[{CUSTOMER[lang]}]" in html
    assert "[Customer name]" not in html


@pytest.mark.parametrize("lang", sorted(CUSTOMER))
def test_every_translated_blank_has_its_words_in_every_language(qapp, language, lang) -> None:
    names = ["customer_name", "agent_name", "company", "team", "ticket", "support_email", "issue", "date"]
    names += ["time", "weekday", "order_number", "tracking_number", "refund_amount", "deadline", "colleague"]
    names += ["callback_time", "time+2h", "date+1d", "weekday+1d"]
    english = {name: blank_label(parse("{{" + name + "}}")[0]) for name in names}
    language(lang)
    untranslated = [
        name
        for name in names
        if blank_label(parse("{{" + name + "}}")[0]) == english[name] and english[name] not in _SAME
    ]
    assert untranslated == []


def test_a_packs_own_blank_keeps_the_label_its_name_gives(qapp, language) -> None:
    language("de")
    assert blank_label(blanks("{{lieferadresse}}")[0]) == "Lieferadresse"
