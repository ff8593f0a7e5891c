"""A new complaint's fields, the working hours and days, and the global shortcut: their problems in the
person's language (core.messages)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from calmdesk.core import messages
from calmdesk.core.complaint import check_fields
from calmdesk.core.complaint_time import parse_when
from calmdesk.core.human_time import parse_working_days, parse_working_hours
from calmdesk.core.shortcut import shortcut_problem

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    messages.use(None)  # the next test starts from English, whatever this one spoke


def test_complaint_fields_in_german() -> None:
    messages.use("de")
    assert check_fields(channel="fax", anger=9, topic="a\nb") == [
        "der Kanal muss einer von chat, email, phone, social sein, nicht 'fax'",
        "der Ärger muss zwischen 1 und 5 liegen, nicht 9",
        "das Thema enthält einen Zeilenumbruch oder ein Steuerzeichen (\\n)",
    ]


def test_complaint_fields_stay_english_without_a_catalogue() -> None:
    assert check_fields(ticket="x" * 5000)[0].startswith("ticket is longer than ")


def test_working_hours_and_days_in_portuguese() -> None:
    messages.use("pt")
    assert parse_working_hours("17:00-09:00") == "deve terminar depois de começar"
    assert parse_working_days(["Lun"]) == (
        'contém "Lun", que não é um dia; escreva Mon, Tue, Wed, Thu, Fri, Sat ou Sun'
    )


def test_a_taken_shortcut_in_french() -> None:
    messages.use("fr")
    assert shortcut_problem("Ctrl+V") == (
        "'Ctrl+V' est déjà pris : l'outil de chat en a besoin (copier, coller, annuler, ...). "
        "Essayez par ex. Ctrl+Alt+Space."
    )
    assert shortcut_problem("Hyper+K") == (
        "'Hyper+K' n'est pas un raccourci : 'Hyper' n'est pas un modificateur (Ctrl, Alt, Shift, Super)"
    )


def test_a_time_that_cannot_be_read_in_spanish() -> None:
    messages.use("es")
    with pytest.raises(ValueError, match=r"^no se puede leer 'someday' como una hora: escríbala como 4h"):
        parse_when("someday", NOW)
    with pytest.raises(ValueError, match=r"^25:00 no es una hora del día"):
        parse_when("friday 25:00", NOW)
