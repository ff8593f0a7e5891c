"""Clock placeholders become editable fields; render uses what the agent leaves in them."""

from __future__ import annotations

from datetime import datetime

from calmdesk.core.clock_fields import clock_fields
from calmdesk.core.human_time import WorkingTime
from calmdesk.core.placeholders import render

TEXT = "They'll contact you by {{time+2h}}; the parcel comes by {{date+2d}}. Ref {{ticket|none}}."
WEDNESDAY_EVENING = datetime(2026, 12, 2, 16, 30)


def test_each_clock_placeholder_is_a_field_with_the_computed_promise() -> None:
    fields, values = clock_fields(TEXT, WEDNESDAY_EVENING, WorkingTime())
    assert [f.key for f in fields] == ["time+2h", "date+2d"]
    assert values == {"time+2h": "10:30 tomorrow", "date+2d": "Friday"}
    assert [f.label for f in fields] == ["Promised time", "Promised date"]
    assert all(f.default for f in fields), "never required: the computed value is the default"


def test_render_takes_the_edited_value_and_computes_the_rest() -> None:
    text = render(TEXT, {"time+2h": "11:00 tomorrow"}, now=WEDNESDAY_EVENING)
    assert text == "They'll contact you by 11:00 tomorrow; the parcel comes by Friday. Ref none."


def test_render_without_values_reads_like_a_person() -> None:
    # The day the issue was found: minutes from the clock, the year in a chat message, a Saturday promise.
    assert render("by {{time+2h}}", {}, now=datetime(2026, 12, 2, 12, 19)) == "by 14:30"
    assert render("by {{date+1d}}", {}, now=datetime(2026, 12, 2, 12, 19)) == "by tomorrow"
    assert render("by {{weekday+2d}}", {}, now=datetime(2026, 12, 3, 12, 0)) == "by Monday"
    assert "2026" not in render("on {{date+1w}}", {}, now=datetime(2026, 12, 2, 12, 0))
