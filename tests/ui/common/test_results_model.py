"""ResultsModel: a well-behaved Qt model exposing exactly what core search returned."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from calmdesk.ui.common.results_model import ResultRole, ResultsModel, one_line


def test_model_passes_qt_model_tester(qtmodeltester, categories, phrases, make_hits) -> None:
    model = ResultsModel(categories)
    model.set_hits(make_hits(phrases))
    qtmodeltester.check(model, force_py=True)
    model.set_hits([])
    qtmodeltester.check(model, force_py=True)


def test_rows_follow_hits_in_order(qtbot, categories, phrases, make_hits) -> None:
    model = ResultsModel(categories)
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_hits(make_hits([phrases[2], phrases[0]]))
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "Refund on its way"
    assert model.index(1, 0).data(ResultRole.PhraseId) == "t.sorry-wait"
    assert model.phrase(5) is None
    assert model.rowCount(model.index(0, 0)) == 0  # a list: no children


def test_roles_expose_category_preview_and_favourite(categories, phrases, make_hits) -> None:
    favourites = {"t.signed"}
    model = ResultsModel(categories, favourites.__contains__)
    model.set_hits(make_hits([phrases[4]]))
    index = model.index(0, 0)
    assert index.data(ResultRole.CategoryKey) == "closing"
    assert index.data(ResultRole.CategoryLabel) == "Closing"
    assert index.data(ResultRole.CategoryColor) == "#2980b9"
    assert index.data(ResultRole.Preview) == "Kind regards, [Your name], [Company]"
    assert "\n" not in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(ResultRole.Favourite) is True
    assert model.data(QModelIndex(), Qt.ItemDataRole.DisplayRole) is None


def test_unknown_category_gets_readable_label_and_grey(phrases, make_hits) -> None:
    model = ResultsModel({})
    model.set_hits(make_hits([phrases[0]]))
    assert model.index(0, 0).data(ResultRole.CategoryLabel) == "Apology"
    assert model.index(0, 0).data(ResultRole.CategoryColor) == "#808080"


def test_refresh_favourite_signals_only_that_row(qtbot, categories, phrases, make_hits) -> None:
    model = ResultsModel(categories)
    model.set_hits(make_hits(phrases))
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.refresh_favourite("t.refund")
    assert blocker.args[0].row() == 2
    with qtbot.assertNotEmitted(model.dataChanged):
        model.refresh_favourite("not.shown")


def test_one_line_folds_whitespace_and_cuts() -> None:
    assert one_line("a\n\n  b\tc") == "a b c"
    cut = one_line("word " * 100, limit=20)
    assert len(cut) <= 20
    assert cut.endswith("…")
