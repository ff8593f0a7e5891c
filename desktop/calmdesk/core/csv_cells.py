"""CSV cells that never run as formulas in a spreadsheet, for every CSV CalmDesk writes, and read back."""

from __future__ import annotations

# A cell starting with one of these runs as a formula in a spreadsheet ("CSV injection"): written as text,
# behind an apostrophe, which spreadsheets show as nothing and CalmDesk's own CSV import takes off again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """`value` as a CSV cell that cannot run as a formula (numbers stay numbers)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def read_cell(text: str) -> str:
    """A cell as safe_cell wrote it, back to what it was ("'=1+1" -> "=1+1"); other cells unchanged."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text
