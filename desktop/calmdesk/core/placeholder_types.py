"""What placeholders are made of: a blank, a problem found in a text, the blanks left empty; their limits."""

from __future__ import annotations

from dataclasses import dataclass

from calmdesk.core import blank_labels

# Filled from the clock, never asked for; they alone take an offset ("{{weekday+1d}}").
CLOCK_NAMES: frozenset[str] = frozenset({"date", "time", "weekday"})
# Caps the offset so date arithmetic can never overflow, and a typo such as "+2000d" is caught.
MAX_OFFSET = 999
MAX_NAME_CHARS = 64
# One text with thousands of stray braces would otherwise flood the pack check with identical lines.
MAX_PROBLEMS = 20


@dataclass(frozen=True, slots=True)
class Placeholder:
    """One blank. `offset` ("+2d") is only ever set for a clock name; `default` None means required."""

    name: str
    default: str | None = None
    offset: str | None = None
    # A choice lists its options (the default is the first); a section switch has default "on" or "off".
    options: tuple[str, ...] = ()
    section: bool = False

    @property
    def key(self) -> str:
        """The placeholder as written between the braces, without its default: "date+2d"."""
        return self.name + (self.offset or "")

    @property
    def is_clock(self) -> bool:
        return self.name in CLOCK_NAMES

    @property
    def is_choice(self) -> bool:
        return bool(self.options)

    @property
    def label(self) -> str:
        """A label a person would write, in the interface language: "order_number" -> "Order number",
        "agent_name" -> "Your name", "time+2h" -> "Promised time", a team's "tracking_link" as written."""
        return blank_labels.label(self.name, promised=bool(self.offset))


@dataclass(frozen=True, slots=True)
class PlaceholderProblem:
    """Something malformed in a phrase's text, in words, and where: `text[start:end]` (the placeholder as
    written, or the stray brace). `start` and `end` are None for the closing "... and N more"."""

    message: str
    start: int | None = None
    end: int | None = None


class MissingValues(ValueError):
    """Blanks without a default were left empty; `names` lists them in order of first use."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        super().__init__("fill in: " + ", ".join(names))
