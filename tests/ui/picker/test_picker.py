"""PickerWindow driven through the keyboard, as an agent uses it."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from ui_helpers import RecordingClipboard

from calmdesk.core.library import Library
from calmdesk.core.placeholders import MissingValues
from calmdesk.store.settings import Settings
from calmdesk.ui.common.phrase_actions import CopyError, PhraseActions
from calmdesk.ui.common.phrase_flow import NoComplaints, PhraseFlow
from calmdesk.ui.common.results_model import ResultRole

# The offscreen platform has no window masks or stacking order; these are notices about it, not bugs.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (setting window masks|raise\(\))")


def _summoned(qtbot, picker):
    QGuiApplication.clipboard().clear()
    picker.summon()
    qtbot.waitUntil(picker.isActiveWindow)
    return picker.search.field


def _summoned_again(qtbot, picker):
    """Summon after the agent has worked in another window (offscreen only re-activates after a change)."""
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    return _summoned(qtbot, picker)


def _current_id(picker) -> str | None:
    return picker.search.list.currentIndex().data(ResultRole.PhraseId)


def test_typing_filters_and_selects_best_match(qtbot, make_picker) -> None:
    picker = make_picker()
    search = _summoned(qtbot, picker)
    assert picker.search.list.results.rowCount() == 5
    QTest.keyClicks(search, "refund")
    assert picker.search.list.results.rowCount() == 1
    assert _current_id(picker) == "t.refund"
    assert "order" in picker.search.preview.toPlainText()


def test_arrow_keys_move_selection_while_search_keeps_focus(qtbot, make_picker) -> None:
    picker = make_picker()
    search = _summoned(qtbot, picker)
    first = _current_id(picker)
    QTest.keyClick(search, Qt.Key.Key_Down)
    assert picker.search.list.currentIndex().row() == 1
    QTest.keyClick(search, Qt.Key.Key_End)
    assert picker.search.list.currentIndex().row() == 4
    QTest.keyClick(search, Qt.Key.Key_Home)
    assert _current_id(picker) == first
    assert QApplication.focusWidget() is search


def test_enter_copies_and_hides(qtbot, make_picker) -> None:
    picker = make_picker()
    search = _summoned(qtbot, picker)
    QTest.keyClicks(search, "thanks")
    with qtbot.waitSignal(picker.phraseCopied) as copied:
        QTest.keyClick(search, Qt.Key.Key_Return)
    assert copied.args == ["t.thanks", "Thank you for your patience today!"]
    assert QGuiApplication.clipboard().text() == "Thank you for your patience today!"
    qtbot.waitUntil(lambda: not picker.isVisible())


def test_ctrl_enter_copies_and_stays_open(qtbot, make_picker) -> None:
    picker = make_picker()
    search = _summoned(qtbot, picker)
    QTest.keyClicks(search, "thanks")
    QTest.keyClick(search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Thank you for your patience today!"
    assert not picker.phrase_actions.is_hiding()  # a plain Enter would have started the hide by now
    assert picker.isVisible()
    assert "Copied" in picker.status.text()


def test_alt_digit_picks_nth_result(qtbot, make_picker, store) -> None:
    picker = make_picker()
    search = _summoned(qtbot, picker)
    QTest.keyClicks(search, "thank")  # one hit; Alt+2 is then out of range and does nothing
    with qtbot.assertNotEmitted(picker.phraseCopied):
        QTest.keyClick(search, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    search.clear()
    QTest.keyClicks(search, "refund")
    QTest.keyClick(search, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert _current_id(picker) == "t.refund"
    # The order number is empty: the pick lands in its form rather than copying half a reply.
    assert picker.search.form.owns_focus()


def test_ctrl_d_toggles_favourite_persisted_and_starred(qtbot, make_picker, store) -> None:
    picker = make_picker()
    search = _summoned(qtbot, picker)
    QTest.keyClicks(search, "refund")
    QTest.keyClick(search, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert store.is_favourite("t.refund")
    assert picker.search.list.currentIndex().data(ResultRole.Favourite) is True
    # Empty query: favourites first.
    search.clear()
    assert _current_id(picker) == "t.refund"
    QTest.keyClick(search, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert not store.is_favourite("t.refund")


def test_recently_used_phrase_comes_first_on_empty_query(qtbot, make_picker) -> None:
    picker = make_picker()
    search = _summoned(qtbot, picker)
    QTest.keyClicks(search, "thanks")
    QTest.keyClick(search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    search.clear()
    assert _current_id(picker) == "t.thanks"


def test_blanks_form_prefilled_and_blocks_empty_required(qtbot, make_picker) -> None:
    picker = make_picker(Settings(agent_name="Sam", company="ACME"))
    search = _summoned(qtbot, picker)
    QTest.keyClicks(search, "signed")
    edits = picker.search.form.findChildren(QLineEdit)
    assert [e.text() for e in edits if e.isVisible()] == ["Sam", "ACME"]
    QTest.keyClick(search, Qt.Key.Key_Return)  # every blank filled by the settings: the first Enter copies
    assert QGuiApplication.clipboard().text() == "Kind regards,\nSam, ACME"

    search = _summoned(qtbot, picker)
    search.setText("refund")
    with qtbot.assertNotEmitted(picker.phraseCopied):
        QTest.keyClick(search, Qt.Key.Key_Return)  # a required blank is empty: into the form, no copy
    assert picker.search.form.owns_focus()
    with qtbot.assertNotEmitted(picker.phraseCopied):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert picker.search.form.hint() == "Please fill in: Order number"
    assert picker.isVisible()
    QTest.keyClicks(QApplication.focusWidget(), "A-17")
    assert picker.search.form.hint() == ""
    assert "A-17" in picker.search.preview.toPlainText()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "Your refund for order A-17 is on its way."


def test_tab_moves_between_search_and_form(qtbot, make_picker) -> None:
    picker = make_picker()
    picker.show()
    search = _summoned(qtbot, picker)
    QTest.keyClicks(search, "hold on")
    QTest.keyClick(search, Qt.Key.Key_Tab)
    assert picker.search.form.owns_focus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # default fills {{minutes|2}}
    assert QGuiApplication.clipboard().text() == "Please hold on for 2 minutes while I check."


def test_escape_hides(qtbot, make_picker) -> None:
    picker = make_picker()
    search = _summoned(qtbot, picker)
    QTest.keyClick(search, Qt.Key.Key_Escape)
    assert not picker.isVisible()


def test_focus_loss_hides(qtbot, make_picker) -> None:
    picker = make_picker()
    _summoned(qtbot, picker)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not picker.isVisible())
    assert other.isActiveWindow()


def test_category_chips_filter(qtbot, make_picker) -> None:
    picker = make_picker()
    search = _summoned(qtbot, picker)
    QTest.keyClick(search, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # All -> Apology
    assert picker.search.categories.current() == "apology"
    assert {p.category for p in picker.search.list.phrases()} == {"apology"}
    QTest.keyClick(search, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert picker.search.categories.current() is None
    picker.search.categories.set_current("closing")
    assert picker.search.list.results.rowCount() == 2


def test_no_match_and_huge_odd_unicode_query_do_not_crash(qtbot, make_picker) -> None:
    picker = make_picker()
    search = _summoned(qtbot, picker)
    search.setText("zzqx")
    assert picker.search.list.results.rowCount() == 0
    assert "Nothing in the library relates to" in picker.search.preview.toPlainText()
    assert "Browse a category" in picker.search.preview.toPlainText()
    QTest.keyClick(search, Qt.Key.Key_Return)  # nothing selected: nothing copied, no error
    search.setText("\u202e\U0001f620\u0301\x00" * 5000 + "ﷺ" * 100)
    QTest.keyClick(search, Qt.Key.Key_Down)
    assert picker.isVisible()


def test_auto_paste_returns_to_previous_window(qtbot, make_picker, fake_paster) -> None:
    paster = fake_paster
    picker = make_picker(Settings(auto_paste=True), paster=paster)
    search = _summoned(qtbot, picker)
    QTest.keyClicks(search, "thanks")
    QTest.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: paster.pasted == [4242])


def test_dark_palette_is_followed(qtbot, make_picker) -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
    dark.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.black)
    dark.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.white)
    picker = make_picker()
    picker.setPalette(dark)
    _summoned(qtbot, picker)
    image = picker.grab().toImage()
    centre = image.pixelColor(image.width() // 2, 6)  # the panel background just inside the border
    assert centre.lightness() < 60


def test_settings_can_keep_the_picker_open_and_hide_the_preview(qtbot, make_picker) -> None:
    picker = make_picker(Settings(close_after_copy=False, show_preview=False))
    search = _summoned(qtbot, picker)
    search.setText("refund")
    assert picker.search.side.isVisible()  # the form needs the column even without the preview
    assert not picker.search.preview.isVisible()
    search.setText("thanks")
    assert not picker.search.side.isVisible()  # no blanks, no preview: the list takes the whole width
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "Thank you for your patience today!"
    assert not picker.phrase_actions.is_hiding()
    assert picker.isVisible()


def test_failed_auto_paste_is_reported(qtbot, make_picker, fake_paster) -> None:
    def refuse(_window: int) -> None:
        raise RuntimeError("Auto-paste works on X11 only; press Ctrl+V to paste")

    fake_paster.paste_into = refuse
    picker = make_picker(Settings(auto_paste=True), paster=fake_paster)
    search = _summoned(qtbot, picker)
    QTest.keyClicks(search, "thanks")
    with qtbot.waitSignal(picker.pasteFailed) as failed:
        QTest.keyClick(search, Qt.Key.Key_Return)
    assert "Ctrl+V" in failed.args[0]
    assert QGuiApplication.clipboard().text() == "Thank you for your patience today!"


def test_next_summon_does_not_carry_the_previous_customers_values(qtbot, make_picker) -> None:
    picker = make_picker()
    search = _summoned(qtbot, picker)
    QTest.keyClicks(search, "refund")
    QTest.keyClick(search, Qt.Key.Key_Return)
    QTest.keyClicks(QApplication.focusWidget(), "A-17")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "Your refund for order A-17 is on its way."
    qtbot.waitUntil(lambda: not picker.isVisible())

    search = _summoned_again(qtbot, picker)
    QTest.keyClicks(search, "refund")  # overtypes the selected query, as after any summon
    assert picker.search.form.values() == {}
    QTest.keyClick(search, Qt.Key.Key_Return)
    with qtbot.assertNotEmitted(picker.phraseCopied):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert picker.search.form.hint() == "Please fill in: Order number"


def test_a_summon_while_shown_keeps_what_the_agent_typed(qtbot, make_picker) -> None:
    # The tray's "Open" or a desktop key bound to `calmdesk show` while the popup is up: same customer.
    picker = make_picker()
    search = _summoned(qtbot, picker)
    QTest.keyClicks(search, "refund")
    QTest.keyClick(search, Qt.Key.Key_Return)
    QTest.keyClicks(QApplication.focusWidget(), "A-17")
    picker.summon()
    assert picker.isVisible()
    assert picker.search.form.values() == {"order_number": "A-17"}


def test_next_summon_keeps_the_settings_prefill(qtbot, make_picker) -> None:
    picker = make_picker(Settings(agent_name="Sam", company="ACME"))
    search = _summoned(qtbot, picker)
    QTest.keyClicks(search, "signed")
    QTest.keyClick(search, Qt.Key.Key_Tab)
    QTest.keyClicks(QApplication.focusWidget(), "Kim")  # overtypes "Sam" for this one reply
    QTest.keyClick(search, Qt.Key.Key_Escape)
    _summoned_again(qtbot, picker)
    assert picker.search.form.values() == {"agent_name": "Sam", "company": "ACME"}


@pytest.mark.parametrize("hide", ["escape", "hotkey"])
def test_hiding_during_the_pause_after_a_copy_cancels_auto_paste(
    qtbot, make_picker, fake_paster, hide
) -> None:
    picker = make_picker(Settings(auto_paste=True), paster=fake_paster)
    search = _summoned(qtbot, picker)
    QTest.keyClicks(search, "thanks")
    QTest.keyClick(search, Qt.Key.Key_Return)
    if hide == "escape":
        QTest.keyClick(search, Qt.Key.Key_Escape)
    else:
        picker.toggle()  # what the global hotkey calls
    assert not picker.isVisible()
    assert not picker.phrase_actions.is_hiding()  # nothing left to fire: no Ctrl+V into the agent's window
    assert fake_paster.pasted == []
    assert QGuiApplication.clipboard().text() == "Thank you for your patience today!"


# PhraseActions: the copy flow without a widget.


@pytest.fixture
def make_actions(qtbot, store, fake_paster):
    def make(settings: Settings, clipboard=None) -> PhraseActions:
        flow = PhraseFlow(settings, clipboard or RecordingClipboard(), Library(), store, NoComplaints())
        return PhraseActions(flow, fake_paster)

    return make


def _phrase(phrases, phrase_id: str):
    return next(p for p in phrases if p.id == phrase_id)


def test_actions_copy_records_the_use_then_hide_and_paste_back(
    qtbot, make_actions, phrases, fake_paster, store
):
    actions = make_actions(Settings(auto_paste=True))
    actions.summoned(was_visible=False)
    # The popup's hide runs first and cancels (as the picker's hideEvent does); the paste must survive it.
    actions.hideRequested.connect(actions.cancel)
    with qtbot.waitSignal(actions.hideRequested):
        text = actions.copy(_phrase(phrases, "t.refund"), {"order_number": "B-2"}, stay=False)
        assert text == "Your refund for order B-2 is on its way."
        assert actions.is_hiding()
    assert fake_paster.pasted == [4242]
    assert store.recent() == ["t.refund"]
    assert actions.flow.boosts.recent.keys() == {"t.refund"}


def test_actions_cancel_in_the_pause_means_no_hide_and_no_paste(qtbot, make_actions, phrases, fake_paster):
    actions = make_actions(Settings(auto_paste=True))
    actions.summoned(was_visible=False)
    actions.copy(_phrase(phrases, "t.thanks"), {}, stay=False)
    with qtbot.assertNotEmitted(actions.hideRequested):
        actions.cancel()
    assert not actions.is_hiding()
    assert fake_paster.pasted == []


def test_actions_missing_value_or_broken_clipboard_copy_nothing(qtbot, make_actions, phrases, store) -> None:
    class BrokenClipboard:
        def copy(self, text: str, html: str | None = None) -> None:
            raise RuntimeError("no xclip")

    refund = _phrase(phrases, "t.refund")
    with pytest.raises(MissingValues) as missing:
        make_actions(Settings()).copy(refund, {"order_number": "  "}, stay=False)
    assert missing.value.names == ("order_number",)
    with pytest.raises(CopyError, match="no xclip"):
        make_actions(Settings(), BrokenClipboard()).copy(refund, {"order_number": "A-1"}, stay=False)
    assert store.recent() == []


def test_actions_prefill_is_the_settings_only(qtbot, make_actions) -> None:
    assert make_actions(Settings(agent_name="Sam", company="")).flow.prefill() == {"agent_name": "Sam"}


def test_partial_matches_are_marked_after_full_ones(qtbot, make_picker) -> None:
    from calmdesk.ui.common.results_model import ResultRole

    picker = make_picker()
    search = _summoned(qtbot, picker)
    search.setText("thanks zzqx")
    model = picker.search.list.results
    assert model.rowCount() > 0
    flags = [model.index(row, 0).data(ResultRole.Partial) for row in range(model.rowCount())]
    assert all(flags)
    assert model.index(0, 0).data(ResultRole.FirstPartial)
    assert "partial match" in model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    search.setText("thanks")
    assert not model.index(0, 0).data(ResultRole.Partial)


def test_a_symbols_only_query_browses_plainly(qtbot, make_picker) -> None:
    picker = make_picker()
    search = _summoned(qtbot, picker)
    search.setText("")
    browsing = picker.search.list.phrases()
    search.setText("😀🔥")
    assert picker.search.list.phrases() == browsing
    assert "Nothing to search for" in picker.status.text()


def test_enter_copies_at_once_when_only_defaults_are_left(qtbot, make_picker) -> None:
    picker = make_picker()
    search = _summoned(qtbot, picker)
    QTest.keyClicks(search, "hold on")
    assert "2 minutes" in picker.search.preview.toPlainText()
    with qtbot.waitSignal(picker.phraseCopied):
        QTest.keyClick(search, Qt.Key.Key_Return)  # what the preview shows is what Enter copies
    assert QGuiApplication.clipboard().text() == "Please hold on for 2 minutes while I check."


def test_a_new_summon_starts_on_all_categories(qtbot, make_picker) -> None:
    picker = make_picker()
    _summoned(qtbot, picker)
    picker.search.categories.set_current("closing")
    picker.hide()
    search = _summoned_again(qtbot, picker)
    assert picker.search.categories.current() is None
    QTest.keyClicks(search, "refund")
    assert _current_id(picker) == "t.refund"


def test_an_empty_filtered_result_names_the_filter_and_one_key_shows_all(qtbot, make_picker) -> None:
    picker = make_picker()
    search = _summoned(qtbot, picker)
    picker.search.categories.set_current("closing")
    QTest.keyClicks(search, "refund")
    assert picker.search.list.results.rowCount() == 0
    message = picker.search.preview.toPlainText()
    assert "Closing" in message
    assert "Ctrl+0" in message
    QTest.keyClick(search, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert picker.search.categories.current() is None
    assert _current_id(picker) == "t.refund"


def test_every_phrase_is_reachable_from_the_empty_query(qtbot, make_picker, phrases) -> None:
    from dataclasses import replace

    many = [
        replace(phrases[i % len(phrases)], id=f"t.many-{i}", title=f"Phrase number {i}") for i in range(230)
    ]
    picker = make_picker(items=many)
    search = _summoned(qtbot, picker)
    assert picker.search.list.results.rowCount() == 230
    QTest.keyClick(search, Qt.Key.Key_End)
    assert picker.search.list.currentIndex().row() == 229
    picker.search.categories.set_current("closing")
    assert picker.search.list.results.rowCount() == len([p for p in many if p.category == "closing"])


def test_the_phrase_copied_after_a_query_comes_first_for_it_next_time(qtbot, make_picker, store) -> None:
    picker = make_picker()
    search = _summoned(qtbot, picker)
    search.setText("wait")
    rows = picker.search.list.results.rowCount()
    assert rows >= 2
    second = picker.search.list.results.phrase(1)
    assert second is not None
    picker.search.list.setCurrentIndex(picker.search.list.results.index(1, 0))
    picker.phrase_actions.copy(second, {}, stay=True, query="wait")
    search.setText("")
    search.setText("wait")
    assert picker.search.list.results.phrase(0) == second
    assert store.query_memory.learned("wait") == {second.id: 1.0}


def test_a_promised_time_is_an_editable_field_and_the_copy_uses_it(qtbot, make_picker, phrases) -> None:
    from calmdesk.core.model import Phrase

    promise = Phrase("t.promise", "wait", "Update soon", "You'll hear from me by {{time+2h}}.", "test")
    picker = make_picker(items=[*phrases, promise])
    search = _summoned(qtbot, picker)
    QTest.keyClicks(search, "update soon")
    assert _current_id(picker) == "t.promise"
    [field] = [e for e in picker.search.form.findChildren(QLineEdit) if e.isVisible()]
    assert field.accessibleName() == "Promised time"
    assert field.text(), "the computed promise is shown, not hidden in the copy"
    assert field.text() in picker.search.preview.toPlainText()
    QTest.keyClick(search, Qt.Key.Key_Tab)
    field.selectAll()
    QTest.keyClicks(field, "11:00 tomorrow")
    assert "by 11:00 tomorrow." in picker.search.preview.toPlainText()
    with qtbot.waitSignal(picker.phraseCopied):
        QTest.keyClick(field, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "You'll hear from me by 11:00 tomorrow."


def test_the_badge_of_the_selected_row_does_not_blend_into_it(qtbot, make_picker) -> None:
    from calmdesk.ui.common.contrast import MIN_MARK_CONTRAST, contrast_ratio

    picker = make_picker()
    search = _summoned(qtbot, picker)
    QTest.keyClicks(search, "thanks")  # a "Closing" row: its blue badge sits on the blue selection
    view = picker.search.list
    row = view.visualRect(picker.search.list.results.index(0, 0))
    image = view.viewport().grab().toImage()
    highlight = view.palette().color(QPalette.ColorRole.Highlight).name()
    best = 0.0
    for y in range(row.top() + 8, row.top() + row.height() // 2):
        # From the row's right edge inwards: the first pixels that are not the highlight are the badge edge.
        edge = [
            image.pixelColor(x, y).name()
            for x in range(row.right() - 2, row.right() - 40, -1)
            if contrast_ratio(image.pixelColor(x, y).name(), highlight) > 1.15
        ][:3]
        best = max([best, *(contrast_ratio(colour, highlight) for colour in edge)])
    assert best >= MIN_MARK_CONTRAST


def test_the_support_email_setting_fills_public_replies(qtbot, make_picker, phrases) -> None:
    from calmdesk.core.model import Phrase

    reply = Phrase("t.review", "solution", "Contact us", "Please write to {{support_email}}.", "test")
    picker = make_picker(Settings(support_email="help@acme.example"), items=[*phrases, reply])
    search = _summoned(qtbot, picker)
    QTest.keyClicks(search, "contact us")
    with qtbot.waitSignal(picker.phraseCopied):
        QTest.keyClick(search, Qt.Key.Key_Return)  # filled by the settings: copies at once
    assert QGuiApplication.clipboard().text() == "Please write to help@acme.example."


def test_a_hidden_picker_lists_new_phrases_when_summoned_not_before(
    qtbot, make_picker, phrases, categories
) -> None:
    """Team phrases join at start while the popup is hidden: listing them all then (10,000 rows) held the
    GUI thread for nobody. The summon searches anew, so the agent sees every one of them."""
    from calmdesk.core.search import SearchIndex

    picker = make_picker()
    more = (*phrases, dataclasses.replace(phrases[0], id="t.okapi", title="Okapi answer"))
    labels = {key: c.label for key, c in categories.items()}
    picker.set_library(SearchIndex(more, labels), Library(phrases=more, categories=categories))
    assert picker.search.list.results.rowCount() == 0
    _summoned(qtbot, picker)
    assert picker.search.list.results.rowCount() == len(more)
    picker.search.field.setText("okapi")
    assert _current_id(picker) == "t.okapi"
    picker.search.field.setText("")
    picker.set_library(SearchIndex(phrases, labels), Library(phrases=tuple(phrases), categories=categories))
    assert picker.search.list.results.rowCount() == len(phrases), "shown: listed at once"
