"""The first start's question window offers "Start CalmDesk when I log in": one click writes the entry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from calmdesk.store.settings import Settings, load_settings
from calmdesk.system.autostart import AutostartError, AutostartStatus, XdgAutostart
from calmdesk.ui.settings.introduction import IntroductionDialog


class _Refusing:
    """An autostart place whose folder cannot be written."""

    supported = True

    def status(self) -> AutostartStatus:
        return AutostartStatus(False, "/nowhere/calmdesk.desktop")

    def enable(self) -> AutostartStatus:
        raise AutostartError("cannot write /nowhere/calmdesk.desktop: Permission denied")

    def disable(self) -> AutostartStatus:
        return self.status()


def test_one_click_writes_the_autostart_entry_and_says_so(qtbot, tmp_path: Path) -> None:
    place = XdgAutostart(tmp_path / "config", ["/usr/bin/calmdesk"])
    dialog = IntroductionDialog(Settings(), tmp_path / "settings.toml", offer_autostart=place)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog._start_with_session.isVisible()
    dialog._start_with_session.click()
    assert place.status().enabled
    assert not dialog._start_with_session.isVisible()
    assert dialog._started.isVisible()
    assert "log in" in dialog._started.text()
    assert dialog.isVisible(), "the name question is still open"


def test_enter_still_saves_the_name_not_the_offer(qtbot, tmp_path: Path) -> None:
    place = XdgAutostart(tmp_path / "config", ["/usr/bin/calmdesk"])
    dialog = IntroductionDialog(Settings(), tmp_path / "settings.toml", offer_autostart=place)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog._name, "Sam")
    with qtbot.waitSignal(dialog.finished):
        QTest.keyClick(dialog._name, Qt.Key.Key_Return)
    assert load_settings(tmp_path / "settings.toml")[0].agent_name == "Sam"
    assert not place.status().enabled, "nothing written to the session unasked"


def test_a_refused_entry_is_said_in_the_window(qtbot, tmp_path: Path) -> None:
    dialog = IntroductionDialog(Settings(), tmp_path / "settings.toml", offer_autostart=_Refusing())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._start_with_session.click()
    assert dialog._error.isVisible()
    assert "Permission denied" in dialog._error.text()
    assert dialog._start_with_session.isVisible(), "the agent may try again"


def test_no_offer_no_button(qtbot, tmp_path: Path) -> None:
    dialog = IntroductionDialog(Settings(), tmp_path / "settings.toml")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog._start_with_session.isVisible()
