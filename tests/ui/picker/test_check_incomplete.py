"""The tone check says plainly when it read only part of a draft (its work budget ran out, issue 15)."""

from __future__ import annotations

import pytest

from calmdesk.core.library import load_library
from calmdesk.core.tone import ToneContext, load_rules
from calmdesk.core.tone import checker as checker_module
from calmdesk.core.tone.checker import ToneChecker
from calmdesk.ui.picker.check_pane import CheckPane

LIBRARY = load_library()
PARTLY = "Only the start of the reply was checked"


def _pane(qtbot, checker: ToneChecker) -> CheckPane:
    pane = CheckPane(lambda: checker, LIBRARY, ToneContext, dict)
    qtbot.addWidget(pane)
    return pane


def test_a_check_cut_short_says_so_and_a_whole_one_does_not(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    # Before: a check stopped by its budget (team rules whose variants multiply) showed "reads calmly".
    checker = ToneChecker(load_rules())
    pane = _pane(qtbot, checker)
    pane.set_draft("Thanks for your patience, I have sent the new parcel today.")
    assert not checker.incomplete
    assert PARTLY not in pane.heading()
    monkeypatch.setattr(checker_module, "MAX_MATCH_ATTEMPTS", 0)  # a budget any rule match runs past
    pane.set_draft("Thanks for your patience, I have sent the new parcel today!")
    assert checker.incomplete
    assert pane.heading().startswith("Tone check:")
    assert PARTLY in pane.heading()
    pane.set_draft("")
    assert PARTLY not in pane.heading()
