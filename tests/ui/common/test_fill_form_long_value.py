"""A long prefilled value (a customer's full name) shows from its start in a narrow fill-in field."""

from __future__ import annotations

from calmdesk.core.placeholders import blanks
from calmdesk.ui.common.fill_form import FillForm

NAME = "Maximiliana Esperanza de la Cruz-Worthington"


def test_a_long_prefilled_name_shows_its_beginning(qtbot) -> None:
    form = FillForm()
    qtbot.addWidget(form)
    form.resize(220, 80)
    form.show()
    form.set_blanks(blanks("Hi {{customer_name}}, thanks for waiting."), {"customer_name": NAME})
    edit = form._edits["customer_name"]
    assert edit.text() == NAME
    # The view follows the cursor: at 0 the field reads "Maximiliana Esp…", not "…la Cruz-Worthington".
    assert edit.cursorPosition() == 0
