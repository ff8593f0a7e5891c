"""The results list marks a phrase shown in another language than the customer's (an English fallback)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from calmdesk.core.model import Category, Phrase
from calmdesk.core.search import Hit
from calmdesk.ui.common.results_model import ResultsModel

CATEGORIES = {"wait": Category("wait", "Wait notice", "d", "#808080")}


def model_with(lang: str, *phrases: Phrase) -> ResultsModel:
    model = ResultsModel(CATEGORIES, lambda _pid: False)
    model.set_language(lang)
    model.set_hits([Hit(p, 1.0) for p in phrases])
    return model


def test_an_english_fallback_in_a_spanish_list_is_marked(qtbot) -> None:  # type: ignore[no-untyped-def]
    spanish = Phrase("wait.one", "wait", "Un momento", "Un momento.", "p", lang="es")
    english = Phrase("wait.two", "wait", "Bear with me", "Bear with me.", "p", lang="en")
    model = model_with("es", spanish, english)
    display = [model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole) for row in range(2)]
    assert display == ["Un momento", "Bear with me  [EN]"]
    spoken = model.data(model.index(1, 0), Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.endswith("(in en)")


def test_nothing_is_marked_in_the_agents_own_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    english = Phrase("wait.two", "wait", "Bear with me", "Bear with me.", "p")
    model = model_with("en", english)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) == "Bear with me"
