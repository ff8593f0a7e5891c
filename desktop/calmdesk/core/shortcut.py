"""Global shortcut text ("Ctrl+Alt+Space"): parsed and checked without Qt, for settings, CLI and backends."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["DEFAULT_SHORTCUT", "Shortcut", "ShortcutError", "parse_shortcut", "shortcut_problem"]

DEFAULT_SHORTCUT = "Ctrl+Alt+Space"

# Modifier spellings people (and QKeySequence.toString) use, mapped to one canonical name.
MODIFIERS = {
    "ctrl": "ctrl",
    "control": "ctrl",
    "alt": "alt",
    "shift": "shift",
    "meta": "super",  # Qt's portable text calls the Super/Windows key "Meta"
    "super": "super",
    "win": "super",
    "logo": "super",
}
# A global grab swallows the key in every window: without one of these, a letter, Space or F5 would never
# reach the chat tool again ("banana" arrives as "bn"). Shift alone is not enough: Shift+A types "A".
_GUARDING = frozenset({"ctrl", "alt", "super"})
# Keys that type nothing and mean nothing to other programs, so they may stand alone: F13-F35 (many
# keyboards lack them; desktops map spare keys there), Pause, Scroll Lock and the vendor Launch keys.
_ALONE = re.compile(r"f(1[3-9]|2[0-9]|3[0-5])|pause|scroll ?lock|launch ?\(?[0-9a-f]\)?", re.IGNORECASE)


class ShortcutError(ValueError):
    """The shortcut cannot be used; the message is meant for the person and says what to do."""


@dataclass(frozen=True)
class Shortcut:
    """A parsed shortcut: canonical modifier names and one key name as the user wrote it ("Space", "F8")."""

    modifiers: frozenset[str]
    key: str
    text: str  # the original spelling, for messages


def parse_shortcut(sequence: str) -> Shortcut:
    """Split "Ctrl+Alt+Space" into modifiers and key ("Ctrl++" is the plus key). Raises ShortcutError.

    Refuses a key that would be taken from every window: it needs Ctrl, Alt or Super unless it types
    nothing (F13-F24 and the like).
    """
    text = sequence.strip()
    if not text:
        raise ShortcutError(f"No shortcut given; choose one in Settings, e.g. {DEFAULT_SHORTCUT}")
    if text == "+":
        mods, key = [], "+"
    elif text.endswith("++"):  # the plus key itself after modifiers
        mods, key = text[:-2].split("+"), "+"
    else:
        *mods, key = text.split("+")
    key = key.strip()
    modifiers: set[str] = set()
    for mod in (m.strip() for m in mods):
        name = MODIFIERS.get(mod.lower())
        if name is None:
            raise ShortcutError(
                f"{sequence!r} is not a shortcut: {mod!r} is not a modifier (Ctrl, Alt, Shift, Super)"
            )
        modifiers.add(name)
    if not key or key.lower() in MODIFIERS:
        raise ShortcutError(f"{sequence!r} has no key after the modifiers, e.g. {DEFAULT_SHORTCUT}")
    if not modifiers & _GUARDING and not _ALONE.fullmatch(key):
        raise ShortcutError(
            f"{text!r} needs Ctrl, Alt or Super: alone it would be taken from every window you type in. "
            f"Try e.g. {DEFAULT_SHORTCUT} or Ctrl+Alt+{key}."
        )
    return Shortcut(frozenset(modifiers), key, text)


def shortcut_problem(sequence: str) -> str | None:
    """Why `sequence` cannot be the global shortcut, or None when it can."""
    try:
        parse_shortcut(sequence)
    except ShortcutError as exc:
        return str(exc)
    return None
