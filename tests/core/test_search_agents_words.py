"""The built-in vocabularies and content as agents use them (stop 18): each language's chat shorthand and
synonyms, the words a query only describes, and data requests, found in the built-in library."""

from __future__ import annotations

from functools import cache

import pytest

from calmdesk.core.library import load_library
from calmdesk.core.search import SearchIndex, terms_of


@cache
def _index(lang: str) -> SearchIndex:
    return SearchIndex.for_library(load_library(language=lang))


def top_ids(lang: str, query: str, k: int = 3) -> list[str]:
    return [hit.phrase.id for hit in _index(lang).search(query, limit=k)]


@pytest.mark.parametrize(
    ("lang", "query"),
    [
        ("en", "gdpr request"),
        ("es", "protección de datos"),
        ("de", "dsgvo auskunft"),
        ("fr", "droit d'accès"),
        ("pt", "lgpd"),
        ("fr", "personal data"),  # English typed into the French library
        ("pt", "personal data"),
    ],
)
def test_a_request_about_personal_data_has_its_reply(lang: str, query: str) -> None:
    assert "escalation.data-request" in top_ids(lang, query)


@pytest.mark.parametrize(
    ("lang", "query", "wanted"),
    [
        ("pt", "perdão", "apology."),  # asking forgiveness is an apology
        ("es", "reembolso parcial", "compensation.partial-refund"),  # the library says "devolución parcial"
        ("pt", "reembolso parcial", "compensation.partial-refund"),  # ... and "parte do valor"
        ("de", "reklamation", "escalation.formal-complaint"),  # another word for a complaint
        ("en", "our bad", "apology.our-mistake"),  # owning a mistake, not any "sorry" (they all tied)
    ],
)
def test_a_synonym_finds_the_reply_first(lang: str, query: str, wanted: str) -> None:
    assert top_ids(lang, query, 1)[0].startswith(wanted)


@pytest.mark.parametrize(
    ("lang", "query", "wanted"),
    [
        ("de", "noch was", "closing.anything-else"),
        ("de", "an kollegen weiterleiten", "ownership.warm-transfer"),
        ("de", "hat das geklappt", "follow_up.did-the-fix-hold"),
        ("fr", "ça a marché", "follow_up.did-the-fix-hold"),
        # "for patience" without its article, as chat drops it: a thanks for waiting, not any thanks
        ("en", "ty for patience", "empathy.thanks-for-patience"),
        # English typed into French: a temporary fix is the workaround, not any "fix" of an English title
        ("fr", "a temporary fix", "solution.workaround"),
        # English words for things the library names in its own language
        ("es", "outage", "public_reply.outage-acknowledged"),
        ("fr", "technician", "commitment.technician-booked"),
    ],
)
def test_everyday_words_for_a_need_find_its_reply(lang: str, query: str, wanted: str) -> None:
    assert wanted in top_ids(lang, query)


@pytest.mark.parametrize(
    ("lang", "query", "word"),
    [
        ("pt", "pq demora", "pq"),  # "why": it describes the question, the reply is about the wait
        ("pt", "pode aguardar", "pode"),  # "can you ...": every request says it
        ("fr", "ça a marché", "ca"),  # "it"
    ],
)
def test_function_words_and_their_shorthand_only_lift(lang: str, query: str, word: str) -> None:
    vocabulary = load_library(language=lang).vocabulary
    term = next(t for t in terms_of(query, vocabulary) if t.word == word)
    assert term.optional
