"""The clock placeholders of a phrase as fill-in fields: the computed promise, shown and editable."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from calmdesk.core.human_time import WorkingTime, clock_text
from calmdesk.core.placeholders import Placeholder, parse

__all__ = ["clock_fields"]


def clock_fields(
    text: str, now: datetime, work: WorkingTime, lang: str = "en"
) -> tuple[tuple[Placeholder, ...], dict[str, str]]:
    """One field per clock placeholder of `text` ("time+2h", "date+1d", ...) and the value computed now.

    The form keys them by `Placeholder.key`, which is what `render` looks up for a clock placeholder: the
    agent sees "10:30 tomorrow" before copying and can make it "11:00" for this customer. `lang`: the
    phrase's language, which writes the time its own way ("mañana antes de las 10:30").
    """
    fields: list[Placeholder] = []
    values: dict[str, str] = {}
    for placeholder in parse(text):
        if not placeholder.is_clock:
            continue
        try:
            computed = clock_text(placeholder.name, placeholder.offset, now, work, lang)
        except OverflowError:  # only near year 9999: the field stays empty and render says what it can
            continue
        fields.append(dataclasses.replace(placeholder, default=computed))
        values[placeholder.key] = computed
    return tuple(fields), values
