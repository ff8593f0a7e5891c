"""FillForm on its own: which typed values it keeps, and for how long."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from calmdesk.core.placeholders import blanks
from calmdesk.ui.common.fill_form import FillForm

REFUND = blanks("Your refund for order {{order_number}} is on its way, {{agent_name}}.")
LATE = blanks("Order {{order_number}} is late.")
PREFILL = {"agent_name": "Sam"}


def _form(qtbot) -> FillForm:
    form = FillForm()
    qtbot.addWidget(form)
    form.show()
    form.set_blanks(REFUND, PREFILL)
    return form


def _type(form: FillForm, name: str, text: str) -> None:
    edit = form._edits[name]
    edit.clear()
    QTest.keyClicks(edit, text)  # typed, as an agent does: marks the field as edited


def test_typed_value_carries_to_another_phrase_with_the_same_blank(qtbot) -> None:
    form = _form(qtbot)
    _type(form, "order_number", "A-17")
    form.set_blanks(LATE, PREFILL)
    assert form.values() == {"order_number": "A-17"}


def test_forget_leaves_only_the_prefill_even_for_the_blanks_on_show(qtbot) -> None:
    # The next summon is the next customer: their reply must not carry the previous order number.
    form = _form(qtbot)
    _type(form, "order_number", "A-17")
    form.forget()
    form.set_blanks(REFUND, PREFILL)
    assert form.values() == {"agent_name": "Sam"}
    form.set_blanks(LATE, PREFILL)
    assert form.values() == {}


def test_forget_drops_typed_values_of_earlier_phrases(qtbot) -> None:
    form = _form(qtbot)
    _type(form, "order_number", "A-17")
    form.set_blanks(blanks("Thanks, {{agent_name}}"), PREFILL)
    form.forget()
    form.set_blanks(LATE, PREFILL)
    assert form.values() == {}


def test_an_edited_prefill_is_forgotten_too(qtbot) -> None:
    form = _form(qtbot)
    _type(form, "agent_name", "Kim")
    form.forget()
    form.set_blanks(REFUND, PREFILL)
    assert form.values() == {"agent_name": "Sam"}


FILLINS = blanks(
    "Ships in {{delivery: 1-2 days | 3-5 days}}.{{#voucher}} Voucher added.{{/voucher}}"
    "{{#bye|on}} Bye{{/bye}}"
)


def test_a_choice_is_a_dropdown_and_a_section_a_checkbox(qtbot) -> None:
    form = FillForm()
    qtbot.addWidget(form)
    form.show()
    form.set_blanks(FILLINS, {})
    assert form.values() == {"delivery": "1-2 days", "voucher": "off", "bye": "on"}
    combo, box = form._choices["delivery"], form._switches["voucher"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["1-2 days", "3-5 days"]
    assert combo.accessibleName() == "Delivery"
    with qtbot.waitSignal(form.valuesChanged):
        combo.setCurrentIndex(1)
    with qtbot.waitSignal(form.valuesChanged):
        QTest.mouseClick(box, Qt.MouseButton.LeftButton)
    assert form.values() == {"delivery": "3-5 days", "voucher": "on", "bye": "on"}
    form.activateWindow()
    form.focus_first()
    qtbot.waitUntil(form.owns_focus)
    assert form.focusWidget() is combo  # the first field, a dropdown


def test_changed_choices_carry_over_until_forget(qtbot) -> None:
    form = FillForm()
    qtbot.addWidget(form)
    form.show()
    form.set_blanks(FILLINS, {})
    form._choices["delivery"].setCurrentIndex(1)
    form._switches["voucher"].click()
    form.set_blanks(LATE, PREFILL)
    form.set_blanks(FILLINS, {})
    assert form.values() == {"delivery": "3-5 days", "voucher": "on", "bye": "on"}
    form.forget()
    assert form.values() == {"delivery": "1-2 days", "voucher": "off", "bye": "on"}
