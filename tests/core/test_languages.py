"""Choosing a content language: a --lang, else the settings, else the locale as gettext reads it."""

from __future__ import annotations

import pytest

from calmdesk.core.languages import base, from_locale, resolve, supported


@pytest.mark.parametrize(
    ("code", "expected"),
    [("pt-BR", "pt"), ("pt_BR.UTF-8", "pt"), ("ES", "es"), ("de_AT@euro", "de"), ("fr", "fr")],
)
def test_base_language_of_a_code_or_locale(code: str, expected: str) -> None:
    assert base(code) == expected
    assert supported(code) == expected


def test_unsupported_languages_are_none() -> None:
    assert supported("it_IT.UTF-8") is None
    assert supported("") is None


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "es_ES.UTF-8"}, "es"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "de_DE.UTF-8"}, "de"),
        ({"LC_ALL": "fr_FR.UTF-8", "LANG": "de_DE.UTF-8"}, "fr"),
        ({"LANGUAGE": "it:pt_BR:en", "LANG": "it_IT.UTF-8"}, "pt"),  # the first supported preference
        ({"LANGUAGE": "es", "LANG": "C.UTF-8"}, None),  # gettext ignores LANGUAGE under the C locale
        ({"LANG": "C"}, None),
        ({"LANG": "it_IT.UTF-8"}, None),
        ({}, None),
    ],
)
def test_the_locale_language(environ: dict[str, str], expected: str | None) -> None:
    assert from_locale(environ) == expected


def test_resolve_order_asked_then_settings_then_locale_then_english() -> None:
    spanish = {"LANG": "es_ES.UTF-8"}
    assert resolve("de", "fr", spanish) == "de"
    assert resolve(None, "fr", spanish) == "fr"
    assert resolve(None, "", spanish) == "es"
    assert resolve(None, "", {"LANG": "C.UTF-8"}) == "en"
    assert resolve(None, "pt-BR", {}) == "pt"
    # A configured language without content stays what it is: the library says it falls back to English.
    assert resolve(None, "it", spanish) == "it"
