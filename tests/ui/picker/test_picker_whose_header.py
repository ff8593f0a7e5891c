"""The picker's "Filling for" line fits the popup: a long summary is elided, the switch hint stays."""

from __future__ import annotations

import pytest

from calmdesk.core.content import load_checklist
from calmdesk.store.settings import Settings
from calmdesk.ui.complaint.complaint_watch import ComplaintWatch

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise\(\)|propagateSizeHints|setting window masks)"
)

CHECKLIST, _ = load_checklist()
TOPIC = "double charge on the annual subscription renewal after cancelling it twice by phone"


def test_a_long_complaint_summary_is_elided_and_the_switch_hint_kept(qtbot, make_picker, store) -> None:
    watch = ComplaintWatch(store.complaints, CHECKLIST, Settings(agent_name="Sam"))
    try:
        watch.new(customer="Ben")
        watch.new(customer="Maximiliana Esperanza de la Cruz-Worthington", channel="social", topic=TOPIC)
        picker = make_picker(complaints=watch)
        picker.summon()
        header = picker.whose
        text = header.text()
        assert text.startswith("Filling for: Maximiliana Esperanza de la Cruz-Worthington"), text
        assert text.endswith("(1 more open: Ctrl+PgUp/PgDn)"), text
        assert header.fontMetrics().horizontalAdvance(text) <= header.contentsRect().width(), text
        assert TOPIC in header.toolTip(), "the whole summary is one hover away"
        # Changed while hidden (the CLI started another one), shown again at the same size: still fitted.
        picker.hide()
        watch.new(customer="Zed", topic=TOPIC)
        picker.summon()
        text = header.text()
        assert text.endswith("(2 more open: Ctrl+PgUp/PgDn)"), text
        assert header.fontMetrics().horizontalAdvance(text) <= header.contentsRect().width(), text
    finally:
        watch.stop()
