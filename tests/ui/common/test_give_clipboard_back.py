"""The option to give the agent's clipboard back after an auto-paste: where it is set, when it acts."""

from __future__ import annotations

import pytest
from ui_helpers import FakePaster, RecordingClipboard

from calmdesk.core.library import Library
from calmdesk.store.settings import Settings, load_settings
from calmdesk.ui.common.phrase_actions import PhraseActions
from calmdesk.ui.common.phrase_flow import NoComplaints, PhraseFlow
from calmdesk.ui.settings.settings_dialog import SettingsDialog


@pytest.fixture
def actions(qtbot, store):
    def make(settings: Settings, paster: FakePaster) -> PhraseActions:
        flow = PhraseFlow(settings, RecordingClipboard(), Library(), store, NoComplaints())
        return PhraseActions(flow, paster)

    return make


def _copy_and_paste(qtbot, actions: PhraseActions, phrases, *, stay: bool = False) -> None:
    actions.summoned(was_visible=False)
    thanks = next(p for p in phrases if p.id == "t.thanks")
    if stay:
        actions.copy(thanks, {}, stay=True)
        return
    with qtbot.waitSignal(actions.hideRequested):
        actions.copy(thanks, {}, stay=False)


def test_with_the_option_the_clipboard_is_kept_before_the_copy_and_given_back_after_the_paste(
    qtbot, actions, phrases
) -> None:
    paster = FakePaster()
    made = actions(Settings(auto_paste=True, restore_clipboard=True), paster)
    _copy_and_paste(qtbot, made, phrases)
    assert (paster.kept, paster.pasted, paster.given_back) == (1, [4242], 1)


@pytest.mark.parametrize(
    "settings",
    [Settings(auto_paste=True), Settings(auto_paste=False, restore_clipboard=True)],
    ids=["option off", "no auto-paste"],
)
def test_without_the_option_or_a_paste_the_clipboard_keeps_the_phrase(qtbot, actions, phrases, settings):
    paster = FakePaster()
    _copy_and_paste(qtbot, actions(settings, paster), phrases)
    assert (paster.kept, paster.given_back) == (0, 0)


def test_a_copy_that_stays_in_the_picker_is_not_pasted_so_not_given_back(qtbot, actions, phrases) -> None:
    paster = FakePaster()
    made = actions(Settings(auto_paste=True, restore_clipboard=True), paster)
    _copy_and_paste(qtbot, made, phrases, stay=True)
    assert (paster.kept, paster.given_back) == (0, 0)


def test_settings_offers_it_beside_auto_paste_and_saves_it(qtbot, tmp_path) -> None:
    path = tmp_path / "settings.toml"
    dialog = SettingsDialog(Settings(auto_paste=False), path)
    qtbot.addWidget(dialog)
    assert not dialog._restore_clipboard.isEnabled()  # it follows a paste: only with auto-paste
    dialog._auto_paste.setChecked(True)
    assert dialog._restore_clipboard.isEnabled()
    dialog._restore_clipboard.setChecked(True)
    with qtbot.waitSignal(dialog.settingsSaved):
        dialog._buttons.button(dialog._buttons.StandardButton.Ok).click()
    saved, problems = load_settings(path)
    assert problems == []
    assert (saved.auto_paste, saved.restore_clipboard) == (True, True)
