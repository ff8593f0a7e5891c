"""The new-complaint form addresses the customer by a first name, or by the name the agent gives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from calmdesk.core.complaint import fill_values
from calmdesk.core.content import load_checklist
from calmdesk.store.settings import Settings
from calmdesk.ui.complaint.complaint_form import ComplaintForm
from calmdesk.ui.complaint.complaint_watch import ComplaintWatch


def test_the_form_suggests_the_first_name_and_takes_another(qtbot, store) -> None:
    watch = ComplaintWatch(store.complaints, load_checklist()[0], Settings())
    form = ComplaintForm()
    qtbot.addWidget(form)
    form.accepted_fields.connect(lambda fields: watch.new(**fields))
    form.show()
    QTest.keyClicks(form._customer, "Dana Reyes")
    assert form._address.placeholderText() == "Dana"
    QTest.keyClick(form._customer, Qt.Key.Key_Return)
    assert fill_values(watch.current(), {})["customer_name"] == "Dana"

    form = ComplaintForm()
    qtbot.addWidget(form)
    form.accepted_fields.connect(lambda fields: watch.new(**fields))
    form.show()
    QTest.keyClicks(form._customer, "Dana Reyes")
    QTest.keyClicks(form._address, "Ms Reyes")
    QTest.keyClick(form._address, Qt.Key.Key_Return)
    current = watch.current()
    assert current.customer == "Dana Reyes"
    assert fill_values(current, {})["customer_name"] == "Ms Reyes"
    watch.stop()
