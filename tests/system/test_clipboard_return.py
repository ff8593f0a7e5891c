"""The agent's clipboard comes back after an auto-paste: once the phrase was read, never over a new copy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtGui import QGuiApplication

from calmdesk.system.clipboard import ClipboardWriter
from calmdesk.system.clipboard_return import ClipboardReturn, WatchedMimeData

AGENTS = "order 4471, refund approved"  # what the agent had copied themselves
PHRASE = "Sorry for the wait, and thanks for hanging on."


@pytest.fixture
def giving_back(qtbot):
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(AGENTS)
    returner = ClipboardReturn()
    returner.keep()
    ClipboardWriter().copy(PHRASE)
    return returner


def _paste_reads_the_phrase() -> str:
    """What the window pasted into does: ask the clipboard's owner for the text."""
    return QGuiApplication.clipboard().mimeData().text()


def test_the_agents_clipboard_comes_back_once_the_paste_has_read_the_phrase(qtbot, giving_back) -> None:
    giving_back.after_paste()
    assert QGuiApplication.clipboard().text() == PHRASE  # not before the paste has read it
    with qtbot.waitSignal(giving_back.givenBack):
        assert _paste_reads_the_phrase() == PHRASE
    assert QGuiApplication.clipboard().text() == AGENTS


def test_a_read_while_the_key_was_being_typed_counts(qtbot, giving_back) -> None:
    """Wayland: the app serves the clipboard while wtype runs, so the read can come before after_paste."""
    assert _paste_reads_the_phrase() == PHRASE
    with qtbot.waitSignal(giving_back.givenBack):
        giving_back.after_paste()
    assert QGuiApplication.clipboard().text() == AGENTS


def test_a_paste_that_never_reads_leaves_the_phrase(qtbot, giving_back) -> None:
    giving_back._give_up.setInterval(50)
    with qtbot.assertNotEmitted(giving_back.givenBack, wait=300):
        giving_back.after_paste()
    assert QGuiApplication.clipboard().text() == PHRASE  # a late read must never paste the old text


def test_what_the_agent_copied_since_is_never_overwritten(qtbot, giving_back) -> None:
    giving_back.after_paste()
    assert _paste_reads_the_phrase() == PHRASE
    QGuiApplication.clipboard().setText("the customer's new address")  # copied during the settle time
    with qtbot.assertNotEmitted(giving_back.givenBack, wait=800):
        pass
    assert QGuiApplication.clipboard().text() == "the customer's new address"


def test_every_format_comes_back(qtbot) -> None:
    clipboard = QGuiApplication.clipboard()
    own = QMimeData()
    own.setText("plain")
    own.setHtml("<b>rich</b>")
    clipboard.setMimeData(own)
    returner = ClipboardReturn()
    returner.keep()
    ClipboardWriter().copy(PHRASE)
    returner.after_paste()
    with qtbot.waitSignal(returner.givenBack):
        _paste_reads_the_phrase()
    back = clipboard.mimeData()
    assert (back.text(), back.html()) == ("plain", "<b>rich</b>")


def test_our_own_phrase_is_not_kept_as_the_agents(qtbot) -> None:
    ClipboardWriter().copy("an earlier phrase")
    assert isinstance(QGuiApplication.clipboard().mimeData(), WatchedMimeData)
    returner = ClipboardReturn()
    returner.keep()
    ClipboardWriter().copy(PHRASE)
    with qtbot.assertNotEmitted(returner.givenBack, wait=600):
        returner.after_paste()
        _paste_reads_the_phrase()
    assert QGuiApplication.clipboard().text() == PHRASE


def test_a_reader_that_keeps_reading_does_not_hold_the_clipboard_away(qtbot, giving_back) -> None:
    """A clipboard manager or a polling tool reads again and again: counted from the first read."""
    giving_back.after_paste()
    reads = QTimer()
    reads.timeout.connect(_paste_reads_the_phrase)
    reads.start(20)
    try:
        with qtbot.waitSignal(giving_back.givenBack, timeout=3000):
            _paste_reads_the_phrase()
    finally:
        reads.stop()
    assert QGuiApplication.clipboard().text() == AGENTS


def test_a_read_before_the_paste_key_is_not_the_paste(qtbot, giving_back) -> None:
    """A clipboard manager takes its copy of the phrase at once; only reads after the key are a paste."""
    _paste_reads_the_phrase()
    giving_back.before_paste()
    with qtbot.assertNotEmitted(giving_back.givenBack, wait=800):
        giving_back.after_paste()
    with qtbot.waitSignal(giving_back.givenBack):
        _paste_reads_the_phrase()
