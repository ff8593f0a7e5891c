"""The global hotkey's backend interface: what every platform backend implements, and the errors it raises.

Its own module so that the backends (hotkey_x11, hotkey_windows, hotkey_portal) import only this, and
hotkey.py, which picks one of them at run time, imports them: every import points one way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal

from calmdesk.core.shortcut import DEFAULT_SHORTCUT, Shortcut, ShortcutError, parse_shortcut

DEFAULT_SEQUENCE = DEFAULT_SHORTCUT
KeySequence = Shortcut  # the backends' name for a parsed shortcut


class HotkeyError(Exception):
    """The shortcut cannot be used; the message is meant for the person and says what to do."""


def parse_sequence(sequence: str) -> KeySequence:
    """Split "Ctrl+Alt+Space" into modifiers and key (see parse_shortcut). Raises HotkeyError."""
    try:
        return parse_shortcut(sequence)
    except ShortcutError as exc:
        raise HotkeyError(str(exc)) from None


class HotkeyBackend(QObject):
    """One way of getting a system-wide shortcut; subclasses do the platform work.

    Signals:
        activated(): the shortcut was pressed (always delivered in the thread that owns this object).
        failed(str): a shortcut that `register` accepted stopped working later (e.g. the Wayland portal
            refused it after asking the person); the plain reason, delivered like `activated`.
        bound(str): the desktop bound the shortcut, to the key named here in its own words (the Wayland
            portal may choose another key than the one asked for); "" when it did not say.
    """

    activated = Signal()
    failed = Signal(str)
    bound = Signal(str)

    name = "none"

    def register(self, sequence: str) -> None:
        """Start listening for `sequence`; raises HotkeyError with a plain message when that is impossible."""
        raise NotImplementedError

    def unregister(self) -> None:
        """Stop listening; safe to call when nothing is registered."""
        raise NotImplementedError

    def can_configure(self) -> bool:
        """True when the desktop offers its own dialog to change the shortcut (`configure`)."""
        return False

    def configure(self) -> None:
        """Open the desktop's dialog to change the shortcut; only called when `can_configure`."""

    def take_activation_token(self) -> str:
        """The activation token that came with the last press ("" when none); each is given out once."""
        return ""

    def running_thread(self) -> QThread | None:
        """The reader thread unregister() had to keep because it would not stop, or None.

        Whoever ends the process must keep it referenced: Qt aborts when a running QThread is destroyed.
        """
        return None
