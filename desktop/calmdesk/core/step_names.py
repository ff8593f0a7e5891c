"""A checklist step named as a person names it: its number, its key, or its title as the panel shows it."""

from __future__ import annotations

from collections.abc import Sequence

from calmdesk.core.model import STEP_KEYS, ChecklistStep

__all__ = ["SHOWN_STEP_KEYS", "shown_key", "step_key_for"]

# Keys are American ("empathize"), the panel's titles British ("Empathise"): agents type both.
_SPELLINGS = (("ise", "ize"), ("isation", "ization"), ("our", "or"))
# What people see of a key is spelt like the content (British). The stored keys stay as they are: packs,
# the database and team tools use them, and every spelling reads back through step_key_for.
_BRITISH_KEYS = {"empathize": "empathise", "apologize": "apologise"}


def shown_key(key: str) -> str:
    """A step key as the CLI prints it: British, like the content ("empathise")."""
    return _BRITISH_KEYS.get(key, key)


SHOWN_STEP_KEYS = tuple(shown_key(key) for key in STEP_KEYS)


def _loose(text: str) -> str:
    folded = "".join(ch for ch in text.casefold() if ch.isalnum())
    for british, american in _SPELLINGS:
        folded = folded.replace(british, american)
    return folded


def step_key_for(text: str, steps: Sequence[ChecklistStep] = ()) -> str | None:
    """The step key for `text` ("2", "listen", "Take ownership", "empathise", "3. Empathise"), else None."""
    wanted = text.strip()
    number, _, rest = wanted.partition(".")
    if number.strip().isdigit():
        index = int(number) - 1
        if 0 <= index < len(STEP_KEYS) and (not rest.strip() or _matches(rest, STEP_KEYS[index], steps)):
            return STEP_KEYS[index]
        return None
    return next((key for key in STEP_KEYS if _matches(wanted, key, steps)), None)


def _matches(text: str, key: str, steps: Sequence[ChecklistStep]) -> bool:
    titles = [step.title for step in steps if step.key == key]
    return _loose(text) in {_loose(key), *(_loose(title) for title in titles)}
