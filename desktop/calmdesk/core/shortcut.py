"""Global shortcut text ("Ctrl+Alt+Space"): parsed and checked without Qt, for settings, CLI and backends."""

from __future__ import annotations

import re
from dataclasses import dataclass

from calmdesk.core.messages import N_
from calmdesk.core.messages import gettext as _

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


# Why a chord is taken: N_ marks them for the catalogue; they are translated when a message says them.
_DESKTOP = N_("the desktop uses it")
_EDITING = N_("the chat tool needs it to edit or send text")


@dataclass(frozen=True)
class _Taken:
    """Chords the desktop or the chat tool already mean something by: a global grab would take them from
    the agent (Ctrl+Tab no longer changes the browser tab, Ctrl+V no longer pastes)."""

    modifiers: frozenset[str]
    keys: frozenset[str]  # lower case, as QKeySequence's portable text names them
    why: str
    with_shift: bool = True  # the same chord with Shift added means the same (Ctrl+Shift+Tab)


def _taken(modifiers: str, keys: str, why: str, *, with_shift: bool = True) -> _Taken:
    return _Taken(frozenset(modifiers.split()), frozenset(keys.split()), why, with_shift)


_RESERVED = (
    _taken("ctrl", "tab backtab", N_("it switches tabs in the browser and the chat tool")),
    _taken("ctrl", "a b c f n p q r s t v w x y z", N_("the chat tool needs it (copy, paste, undo, ...)")),
    _taken("ctrl", "return enter backspace del delete left right up down home end pgup pgdown esc", _EDITING),
    _taken("alt", "tab backtab f4 space esc escape", _DESKTOP),
    _taken("super", "tab backtab l d space", _DESKTOP),
    _taken("ctrl alt", "del delete backspace left right up down " + " ".join(f"f{n}" for n in range(1, 13)),
           _DESKTOP, with_shift=False),
)  # fmt: skip


def _reserved_why(modifiers: frozenset[str], key: str) -> str | None:
    lowered = key.lower()
    for taken in _RESERVED:
        plain = modifiers - {"shift"} if taken.with_shift else modifiers
        if plain == taken.modifiers and lowered in taken.keys:
            return taken.why
    return None


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
        words = _("No shortcut given; choose one in Settings, e.g. {example}")
        raise ShortcutError(words.format(example=DEFAULT_SHORTCUT))
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
            words = _("{sequence} is not a shortcut: {modifier} is not a modifier (Ctrl, Alt, Shift, Super)")
            raise ShortcutError(words.format(sequence=repr(sequence), modifier=repr(mod)))
        modifiers.add(name)
    if not key or key.lower() in MODIFIERS:
        words = _("{sequence} has no key after the modifiers, e.g. {example}")
        raise ShortcutError(words.format(sequence=repr(sequence), example=DEFAULT_SHORTCUT))
    if not modifiers & _GUARDING and not _ALONE.fullmatch(key):
        words = _(
            "{sequence} needs Ctrl, Alt or Super: alone it would be taken from every window you type in. "
            "Try e.g. {example} or Ctrl+Alt+{key}."
        )
        raise ShortcutError(words.format(sequence=repr(text), example=DEFAULT_SHORTCUT, key=key))
    why = _reserved_why(frozenset(modifiers), key)
    if why is not None:
        words = _("{sequence} is taken: {why}. Try e.g. {example}.")
        raise ShortcutError(words.format(sequence=repr(text), why=_(why), example=DEFAULT_SHORTCUT))
    return Shortcut(frozenset(modifiers), key, text)


def shortcut_problem(sequence: str) -> str | None:
    """Why `sequence` cannot be the global shortcut, or None when it can."""
    try:
        parse_shortcut(sequence)
    except ShortcutError as exc:
        return str(exc)
    return None
