"""The reminder offered after a promise falls at the end of the agent's own working day, not 17:00."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from calmdesk.app.complaint_control import ComplaintControl
from calmdesk.core.library import load_library
from calmdesk.store.settings import Settings
from calmdesk.system.notify import Notifier
from calmdesk.ui.common.notices import Notices
from calmdesk.ui.common.tray import Tray

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise\(\)|propagateSizeHints|setting window masks)"
)


class Clip:
    def copy(self, text: str, html: str | None = None) -> None:
        QGuiApplication.clipboard().setText(text)


@pytest.fixture
def control(qtbot, store):
    settings = Settings(agent_name="Sam", working_hours="08:00-19:30")
    made = ComplaintControl(load_library(), settings, store, Clip(), Tray(), Notices())
    made.notifier = Notifier(lambda t, b: False, lambda t, b: None, dbus=lambda t, b: False)
    yield made
    made.quit()
    made.panel.close()


def test_a_day_promised_is_remembered_at_the_end_of_the_working_day(qtbot, control, store) -> None:
    control.watch.new(customer="Ana")
    promise = next(p for p in control._library.phrases if p.category == "commitment")
    control.after_copy(promise.id, "It will be back in your account by Tuesday.")
    assert "19:30" in control.panel.offer_text(), control.panel.offer_text()
    control.panel.accept_offer()
    assert store.flush_uses(5)  # saved by the store\'s writer thread
    [reminder] = store.complaints.reminders()
    assert reminder.due.astimezone().strftime("%a %H:%M") == "Tue 19:30"
