"""The picker's check mode, driven by the keyboard: Ctrl+T, typing a draft, Alt+n fixes, Ctrl+Enter copy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from ui_helpers import QtClipboardWriter

from calmdesk.core.library import load_library
from calmdesk.core.search import SearchIndex
from calmdesk.store.settings import Settings
from calmdesk.ui.picker.picker_window import PickerWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (setting window masks|raise\(\))")

LIBRARY = load_library()


@pytest.fixture
def picker(qtbot, store, watch) -> PickerWindow:
    window = PickerWindow(
        SearchIndex(LIBRARY.phrases),
        LIBRARY,
        Settings(agent_name="Sam"),
        QtClipboardWriter(),
        store,
        complaints=watch,
    )
    qtbot.addWidget(window)
    window.summon()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _enter_check_mode(qtbot, picker: PickerWindow):
    QTest.keyClick(picker.search.field, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert picker.is_checking()
    pane = picker.check_pane()
    qtbot.waitUntil(lambda: pane.editor.hasFocus())
    return pane


def test_ctrl_t_switches_between_search_and_check_and_the_footer_says_so(qtbot, picker) -> None:
    assert "Ctrl+T check tone" in picker.status.text()
    pane = _enter_check_mode(qtbot, picker)
    assert pane.isVisible()
    assert not picker.search.field.isVisible()
    assert not picker.search.list.isVisible()
    assert "Alt+1-9 fix · Ctrl+Z undo" in picker.status.text()
    QTest.keyClick(pane.editor, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not picker.is_checking()
    assert picker.search.field.isVisible()
    assert picker.search.field.hasFocus()


def test_findings_update_as_the_agent_types(qtbot, picker) -> None:
    pane = _enter_check_mode(qtbot, picker)
    assert pane.findings() == []
    QTest.keyClicks(pane.editor, "Please calm down")
    assert [f.rule for f in pane.findings()] == ["dismissal.calm-down"]
    assert pane.findings_list.count() == 1
    assert "calm down" in pane.findings_list.item(0).text()
    assert len(pane.editor.extraSelections()) == 1  # the span is underlined
    selection = pane.editor.extraSelections()[0]
    assert selection.cursor.selectedText() == "calm down"
    QTest.keyClicks(pane.editor, ", it's not our fault!!")
    rules = [f.rule for f in pane.findings()]
    assert rules == ["dismissal.calm-down", "blame.not-our-fault", "shouting.marks"]
    assert "3 things to look at" in pane.heading()


def test_alt_1_applies_the_replacement_and_the_finding_goes(qtbot, picker, watch) -> None:
    watch.new(customer="Ana", anger=1)  # a calm customer: no apology or next step owed
    pane = _enter_check_mode(qtbot, picker)
    QTest.keyClicks(pane.editor, "Calm down, it's on its way.")
    assert "Alt+1 Say instead" in pane.fixes_line()
    QTest.keyClick(pane.editor, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert pane.draft() == "Take your time, I'm listening, it's on its way."
    assert pane.findings() == []
    assert "reads calmly" in pane.heading()


def test_a_library_phrase_is_offered_to_insert_or_to_replace_the_draft(qtbot, picker) -> None:
    pane = _enter_check_mode(qtbot, picker)
    pane.set_draft("Thanks for writing. It's not our fault. I'll call you at 3.")
    (blame,) = [f for f in pane.findings() if f.rule == "blame.not-our-fault"]
    pane.findings_list.setCurrentRow(pane.findings().index(blame))
    labels = [fix.label for fix in pane.fixes()]
    assert labels[0] == "Insert the phrase “Focus on the fix”"
    assert "Replace the draft with “This one is on us”" in labels
    assert "Ctrl+Z" in pane.fixes_line()
    QTest.keyClick(pane.editor, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    fix_not_blame = LIBRARY.get("ownership.fix-not-blame")
    assert fix_not_blame is not None
    # Inserted after the sentence: nothing the agent wrote is lost.
    assert pane.draft() == f"Thanks for writing. It's not our fault. {fix_not_blame.text} I'll call you at 3."


def test_a_fix_replaces_only_the_flagged_words_and_adds_no_blank(qtbot, picker, watch) -> None:
    # Issue 16: Alt+1 on "As I already said" replaced the whole draft with a phrase template, losing
    # "we cannot refund you", and then flagged the blank it had inserted.
    watch.new(customer="Ana", anger=1)
    pane = _enter_check_mode(qtbot, picker)
    QTest.keyClicks(pane.editor, "As I already said, we cannot refund you.")
    (said,) = [f for f in pane.findings() if f.rule == "defensive.as-i-said"]
    pane.findings_list.setCurrentRow(pane.findings().index(said))
    assert pane.fixes()[0].label == "Leave out “As I already said”"
    before = len(pane.findings())
    QTest.keyClick(pane.editor, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert pane.draft() == "We cannot refund you."
    assert len(pane.findings()) < before
    assert all(f.rule != "leftover.blank" for f in pane.findings())


def test_no_offered_fix_leaves_more_findings(qtbot, picker, watch) -> None:
    watch.new(customer="Ana", anger=4)
    pane = _enter_check_mode(qtbot, picker)
    pane.set_draft("Hi Ana, as I already said, it's not our fault. Calm down, we cannot refund you!!")
    checker, context = picker.check_pane()._checker(), picker.check_pane()._context()
    now = len(pane.findings())
    for row in range(len(pane.findings())):
        pane.findings_list.setCurrentRow(row)
        for fix in pane.fixes():
            assert len(checker.check(fix.result, context)) <= now, fix.label


def test_alt_arrows_walk_the_findings_and_move_the_highlight(qtbot, picker) -> None:
    pane = _enter_check_mode(qtbot, picker)
    pane.set_draft("Obviously it's not our fault.")
    assert pane.findings_list.currentRow() == 0
    QTest.keyClick(pane.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert pane.findings_list.currentRow() == 1
    assert "“Focus on the fix”" in pane.fixes_line()
    QTest.keyClick(pane.editor, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert pane.findings_list.currentRow() == 0
    assert "Leave out “Obviously”" in pane.fixes_line()


def test_the_current_complaint_gives_the_customer_name(qtbot, picker, watch) -> None:
    watch.new(customer="Ana Souza", anger=2)
    pane = _enter_check_mode(qtbot, picker)
    QTest.keyClicks(pane.editor, "Hi John, thanks for waiting.")
    (wrong,) = pane.findings()
    assert (wrong.rule, wrong.replacement) == ("leftover.wrong-name", "Ana Souza")
    QTest.keyClick(pane.editor, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert pane.draft() == "Hi Ana Souza, thanks for waiting."


def test_enter_types_a_new_line_and_ctrl_enter_copies_the_draft(qtbot, picker) -> None:
    pane = _enter_check_mode(qtbot, picker)
    QTest.keyClicks(pane.editor, "Hi Ana,")
    QTest.keyClick(pane.editor, Qt.Key.Key_Return)
    QTest.keyClicks(pane.editor, "I'm on it.")
    assert pane.draft() == "Hi Ana,\nI'm on it."
    assert picker.isVisible()
    QTest.keyClick(pane.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Hi Ana,\nI'm on it."
    assert picker.status.text() == "Draft copied."


def test_escape_still_closes_from_the_draft(qtbot, picker) -> None:
    pane = _enter_check_mode(qtbot, picker)
    QTest.keyClick(pane.editor, Qt.Key.Key_Escape)
    assert not picker.isVisible()


def test_an_emoji_before_a_finding_keeps_the_underline_on_it(qtbot, picker) -> None:
    pane = _enter_check_mode(qtbot, picker)
    pane.set_draft("Thanks 🙂 but calm down.")
    (selection,) = pane.editor.extraSelections()
    assert selection.cursor.selectedText() == "calm down"


def test_each_summon_starts_in_search_and_ctrl_t_finds_the_draft_checked_anew(qtbot, picker, watch) -> None:
    # Issue 16: after Ctrl+T and Esc, the next hotkey reopened the tone check with the old draft and no
    # search box. A new summon is a new look-up; the draft waits behind Ctrl+T.
    pane = _enter_check_mode(qtbot, picker)
    QTest.keyClicks(pane.editor, "Hi John, thanks.")
    assert pane.findings() == []  # no complaint: no name to compare with
    QTest.keyClick(pane.editor, Qt.Key.Key_Escape)
    assert not picker.isVisible()
    watch.new(customer="Ana Souza", anger=1)  # meanwhile, from the CLI or the panel
    other = QWidget()  # the agent worked in another window meanwhile
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    picker.summon()
    qtbot.waitUntil(picker.isActiveWindow)
    assert not picker.is_checking()
    assert picker.search.field.isVisible()
    qtbot.waitUntil(picker.search.field.hasFocus)
    QTest.keyClick(picker.search.field, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pane.editor.hasFocus())
    assert pane.draft() == "Hi John, thanks."
    assert [f.rule for f in pane.findings()] == ["leftover.wrong-name"]


def test_ctrl_z_takes_a_fix_back(qtbot, picker, watch) -> None:
    watch.new(customer="Ana", anger=1)
    pane = _enter_check_mode(qtbot, picker)
    QTest.keyClicks(pane.editor, "Obviously it works.")
    QTest.keyClick(pane.editor, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert pane.draft() == "It works."
    QTest.keyClick(pane.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pane.draft() == "Obviously it works."


def test_a_team_folder_given_for_the_run_adds_its_tone_rules(qtbot, picker, tmp_path) -> None:
    (tmp_path / "tone").mkdir()
    (tmp_path / "tone" / "ours.toml").write_text(
        '[[rule]]\nid = "team.jargon"\nkind = "substitution"\nwhy = "Internal words."\n'
        '[rule.swap]\n"pending l2" = "with our specialists"\n',
        encoding="utf-8",
    )
    picker.set_tone_dirs([tmp_path])
    pane = _enter_check_mode(qtbot, picker)
    QTest.keyClicks(pane.editor, "It is pending L2.")
    assert [(f.rule, f.replacement) for f in pane.findings()] == [("team.jargon", "with our specialists")]
