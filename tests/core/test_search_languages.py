"""Search in each language: its stemmer, accents and umlauts folded, and English typed in another language."""

from __future__ import annotations

import pytest

from calmdesk.core.library import Library
from calmdesk.core.model import Category, Phrase
from calmdesk.core.search import SearchIndex
from calmdesk.core.search.stemming import stemmer, stems_for


def phrase(pid: str, title: str, text: str, lang: str, category: str = "solution") -> Phrase:
    return Phrase(pid, category, title, text, "p", lang=lang)


def index(lang: str, phrases: list[Phrase], versions: tuple[Phrase, ...] = ()) -> SearchIndex:
    categories = {
        key: Category(key, key.capitalize(), "d", "#808080") for key in ("solution", "apology", "wait")
    }
    library = Library(tuple(phrases), categories=categories, language=lang, versions=versions)
    return SearchIndex.for_library(library)


def top(found: SearchIndex, query: str) -> str | None:
    hits = found.search(query, limit=1)
    return hits[0].phrase.id if hits else None


@pytest.mark.parametrize(
    ("lang", "forms"),
    [
        ("es", ["reembolso", "reembolsar", "reembolsaremos"]),
        ("fr", ["remboursement", "rembourser", "rembourse"]),
        ("pt", ["reembolso", "reembolsar", "reembolsado"]),
        ("de", ["entschuldigung", "entschuldigen"]),
    ],
)
def test_each_language_stems_its_own_word_forms(lang: str, forms: list[str]) -> None:
    stem = stemmer(lang)
    assert len({stem(form) for form in forms}) == 1


def test_german_written_without_umlauts_meets_its_umlauts() -> None:
    stem = stemmer("de")
    assert stem("ruckerstattung") == stem("rueckerstattung") == stem("ruckerstattungen")


def test_english_keeps_its_own_light_stemmer_and_others_add_english() -> None:
    assert stems_for(["en"])("apologies") == (stemmer("en")("apologies"),)
    both = stems_for(["es", "en"])("refunds")
    assert stemmer("en")("refunds") in both


@pytest.mark.parametrize(
    ("lang", "title", "query"),
    [
        ("de", "Rückerstattung veranlassen", "ruckerstattung"),
        ("de", "Rückerstattung veranlassen", "rueckerstattung"),
        ("es", "Le devolvemos el reembolso", "reembolsar"),
        ("fr", "Votre remboursement", "rembourser"),
        ("pt", "Seu reembolso", "reembolsado"),
        ("fr", "Désolé pour l'attente", "desole"),
        ("pt", "Devolução do valor", "devolucao"),
    ],
)
def test_accents_and_word_forms_find_the_phrase(lang: str, title: str, query: str) -> None:
    found = index(lang, [phrase("x.other", "Otro texto", "nada", lang), phrase("x.hit", title, "...", lang)])
    assert top(found, query) == "x.hit"


def test_english_typed_in_a_spanish_library_finds_the_spanish_phrase() -> None:
    spanish = phrase("solution.refund", "Reembolso completo", "Le devolvemos el importe.", "es")
    other = phrase("wait.moment", "Un momento", "Un momento, por favor.", "es", "wait")
    english = Phrase("solution.refund", "solution", "Full refund", "We refund you.", "p", ("money back",))
    found = index("es", [spanish, other], versions=(english,))
    hit = found.search("refund", limit=1)[0]
    assert hit.phrase is spanish  # the Spanish version, found through its English words
    assert top(found, "money back") == "solution.refund"
    assert top(found, "reembolso") == "solution.refund"


def test_the_customers_language_comes_before_an_english_fallback() -> None:
    spanish = phrase("solution.refund", "Reembolso completo", "Le devolvemos el importe.", "es")
    english_version = Phrase("solution.refund", "solution", "Full refund", "We refund you.", "p")
    fallback = Phrase("solution.refund-fee", "solution", "Refund the fee", "We refund the fee.", "p")
    found = index("es", [fallback, spanish], versions=(english_version,))
    shown = [h.phrase.id for h in found.search("refund", limit=2)]
    assert shown == ["solution.refund", "solution.refund-fee"]
    english = index("en", [fallback, english_version])
    assert english.search("refund", limit=1)[0].phrase.id == "solution.refund-fee"


# Week-based time words and chat greetings, on each built-in library (each failed before its vocabulary entry:
# "semana"/"Woche"/"semaine" pulled the promises "next week", a greeting found a follow-up or nothing).
# Both ways: a week already spent waiting is a delay, a week ahead is still a promise.
TIME_WORDS = {
    "es": ("lleva toda la semana esperando", "la semana que viene", "ya llamó la semana pasada", "bns dias"),
    "de": ("wartet seit einer Woche", "nächste Woche", "hat letzte Woche schon angerufen", "moin"),
    "fr": ("attend depuis une semaine", "la semaine prochaine", "a déjà appelé la semaine dernière", "bjr"),
    "pt": ("esperando faz uma semana", "semana que vem", "já ligou semana passada", "oi td bem"),
}


@pytest.mark.parametrize("lang", sorted(TIME_WORDS))
def test_a_week_spent_waiting_is_a_delay_and_a_week_ahead_a_promise(lang: str) -> None:
    from calmdesk.core.library import load_library

    found = SearchIndex.for_library(load_library(language=lang))
    waited, ahead, before, greeting = TIME_WORDS[lang]

    def categories(query: str) -> list[str]:
        return [hit.phrase.category for hit in found.search(query, limit=3)]

    assert categories(waited)[0] in ("apology", "wait", "empathy"), categories(waited)
    assert "commitment" not in categories(waited)
    assert categories(ahead)[0] == "commitment"
    assert "questions.spoken-before" in [hit.phrase.id for hit in found.search(before, limit=3)]
    assert [hit.phrase.id for hit in found.search(greeting, limit=1)] == ["listen.neutral-opener"]


def test_a_language_stemmer_loads_no_other_languages_algorithms() -> None:
    """With PyStemmer (a dependency) snowballstemmer hands over to its C stemmers instead of importing its 38
    pure-Python algorithms: 2 MB of a German start-up's memory, for stems that are the same."""
    import subprocess
    import sys

    code = (
        "import sys; from calmdesk.core.search.stemming import stemmer;"
        "assert stemmer('de')('ruckerstattungen') == stemmer('de')('rückerstattung');"
        "print(sorted(m for m in sys.modules if m.startswith('snowballstemmer.')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert loaded.stdout.strip() == "[]"
