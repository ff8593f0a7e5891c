"""The statistics window over a seeded store: figures reach the charts, painting works, empty is said."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from calmdesk.app.stats_control import StatsControl
from calmdesk.core.library import load_library
from calmdesk.ui.stats.stats_window import StatsWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")
LIBRARY = load_library()


def _seed(store) -> None:
    book = store.complaints
    now = datetime.now(UTC)
    for n, channel in enumerate(("chat", "chat", "email", "phone")):
        start = now - timedelta(days=n, hours=1)
        book.new(customer=f"C{n}", channel=channel, at=start)
        book.tick("listen", at=start + timedelta(minutes=1))
        book.record_copy("apology.sorry-for-the-wait", at=start + timedelta(seconds=30))
        book.close(at=start + timedelta(minutes=10 + n))
    for _ in range(4):
        store.record_use("apology.sorry-for-the-wait")
    store.record_use("closing.warm-goodbye")
    store.mark_worked("empathy.sounds-frustrating", "late parcel")


def test_the_window_shows_the_seeded_figures(qtbot, store) -> None:
    _seed(store)
    control = StatsControl(lambda: LIBRARY, store)
    window = control.open()
    qtbot.addWidget(window)
    charts = window.charts()
    assert charts["phrases"].bars()[0] == ("Sorry for the wait", 4)
    assert dict(charts["channels"].bars())["Chat"] == 2  # named as the complaint form names it
    assert sum(v for _, v in charts["per_day"].bars()) == 4
    assert len(charts["per_day"].bars()) == 14
    skipped = dict(charts["skipped"].bars())
    assert skipped["Get ready"] == 4  # nobody ticked "prepare"
    assert "Listen" not in skipped
    assert "4 complaints (4 closed)" in window._summary.text()
    assert "median time to close: 11.5 min" in window._summary.text()
    assert "That sounds frustrating" in window._unused.text()
    assert "Sorry for the wait: 4" in charts["phrases"].accessibleDescription()
    for chart in charts.values():
        assert not chart.grab().isNull()  # paints without error
    window.resize(820, 600)
    window.show()
    qtbot.waitExposed(window)
    assert charts["skipped"].cut_labels() == [], "every step's name is shown whole"
    assert "Used least" not in window._unused.text(), "two phrases used: both are the most used"


def test_figures_are_written_the_interface_languages_way(qtbot, store) -> None:
    from PySide6.QtCore import QLocale

    _seed(store)
    before = QLocale()
    QLocale.setDefault(QLocale("de"))  # what translation.install sets for German windows
    try:
        window = StatsControl(lambda: LIBRARY, store).open()
        qtbot.addWidget(window)
        assert "11,5 min" in window._summary.text()  # not "11.5"
    finally:
        QLocale.setDefault(before)


def test_an_empty_store_says_so_in_each_chart(qtbot, store) -> None:
    window = StatsControl(lambda: LIBRARY, store).open()
    qtbot.addWidget(window)
    assert window.charts()["phrases"].bars() == []
    assert "No phrase copied yet." in window.charts()["phrases"].accessibleDescription()
    assert "none closed yet" in window._summary.text()
    assert not window.grab().isNull()


def test_without_a_store_the_window_still_opens(qtbot) -> None:
    window = StatsControl(lambda: LIBRARY, None).open()
    qtbot.addWidget(window)
    assert window.isVisible()
    assert isinstance(window, StatsWindow)
